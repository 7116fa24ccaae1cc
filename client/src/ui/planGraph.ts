/**
 * The graphical plan (as Neo4j Browser's): the operator tree of an EXPLAIN or PROFILE answer drawn as nested
 * boxes — operator, details, estimated rows, and for PROFILE rows, db hits and a bar of its share of the
 * heaviest operator's hits; the heaviest box is marked in words as well as colour. A WAI-ARIA tree: one box
 * in the tab order, arrow keys move (Up/Down in order, Left to the parent, Right to the first child,
 * Home/End).
 */
import type { PlanOperator } from "../../../contracts/cypherPlan";
import { t } from "../i18n";
import { type PlanBox, planFacts, planMove, planOrder, planTree } from "../model/planTree";
import { h } from "./dom";

function boxEl(b: PlanBox, level: number): HTMLElement {
  const facts = planFacts(b, {
    estimated: t("profileEstimated"),
    rows: t("profileRows"),
    dbHits: t("profileDbHits"),
  });
  const label = [b.operator, ...facts.map(([k, v]) => `${k} ${v}`), b.heaviest ? t("profileHeaviest") : ""]
    .filter(Boolean)
    .join(" · ");
  const item = h("div", {
    class: b.heaviest ? "plan-box plan-box-heaviest" : "plan-box",
    role: "treeitem",
    tabindex: "-1",
    "aria-level": String(level),
    "aria-label": label,
    "data-index": String(b.index),
  });
  const head = h("div", { class: "plan-box-head" }, h("strong", { class: "plan-op" }, b.operator));
  if (b.heaviest) head.append(h("span", { class: "plan-mark" }, `◀ ${t("profileHeaviest")}`));
  item.append(head);
  if (b.details.trim()) item.append(h("div", { class: "plan-details" }, b.details));
  if (facts.length)
    item.append(
      h("dl", { class: "plan-facts" }, ...facts.flatMap(([k, v]) => [h("dt", {}, k), h("dd", {}, v)])),
    );
  if (b.dbHits !== null) {
    const bar = h("span", { class: "plan-bar", "aria-hidden": "true" });
    bar.style.width = `${Math.round(b.share * 100)}%`;
    item.append(h("div", { class: "plan-bar-track" }, bar));
  }
  if (b.children.length) {
    item.setAttribute("aria-expanded", "true");
    item.append(
      h("div", { class: "plan-children", role: "group" }, ...b.children.map((c) => boxEl(c, level + 1))),
    );
  }
  return item;
}

/** The boxes of the plan in a tree element; `heaviest` is the PROFILE answer's heaviest operator. */
export function planGraph(ops: readonly PlanOperator[], heaviest: number | null = null): HTMLElement {
  const roots = planTree(ops, heaviest);
  const order = planOrder(roots);
  const tree = h("div", { class: "plan-graph", role: "tree", "aria-label": t("planGraph") });
  tree.append(...roots.map((r) => boxEl(r, 1)));
  const boxes = new Map<number, HTMLElement>();
  for (const el of tree.querySelectorAll<HTMLElement>(".plan-box")) boxes.set(Number(el.dataset.index), el);
  let at = order[0]?.index ?? 0;
  const focus = (i: number, move: boolean) => {
    boxes.get(at)?.setAttribute("tabindex", "-1");
    at = i;
    const el = boxes.get(at);
    el?.setAttribute("tabindex", "0");
    if (move) el?.focus();
  };
  focus(at, false);
  tree.addEventListener("keydown", (e) => {
    const next = planMove(order, at, e.key);
    if (next === at && !["ArrowUp", "ArrowDown", "ArrowLeft", "ArrowRight", "Home", "End"].includes(e.key))
      return;
    e.preventDefault();
    focus(next, true);
  });
  tree.addEventListener("click", (e) => {
    const el = (e.target as HTMLElement).closest<HTMLElement>(".plan-box");
    if (el) focus(Number(el.dataset.index), true);
  });
  return tree;
}
