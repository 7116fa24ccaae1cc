/**
 * The graphical plan (as Neo4j Browser's): the operator tree of an EXPLAIN or PROFILE answer drawn as nested
 * boxes — operator, details, estimated rows, and for PROFILE rows, db hits and a bar of its share of the
 * heaviest operator's hits; the heaviest box is marked in words as well as colour. A WAI-ARIA tree: one box
 * in the tab order, arrow keys move (Up/Down in order, Left to the parent, Right to the first child,
 * Home/End); a box's subtree collapses and opens (Left/Right as a WAI-ARIA tree, Enter or Space, or its
 * ▾/▸), and the drawing zooms (+ − 0, or the zoom bar).
 */
import type { PlanOperator } from "../../../contracts/cypherPlan";
import { t } from "../i18n";
import { type PlanBox, planFacts, planTree } from "../model/planTree";
import {
  hiddenCount,
  type PlanView,
  planKey,
  planKeys,
  toggleCollapsed,
  visibleOrder,
  zoomed,
} from "../model/planView";
import { h } from "./dom";

function boxEl(b: PlanBox, level: number, keys: Map<number, string>, v: PlanView): HTMLElement {
  const facts = planFacts(b, {
    estimated: t("profileEstimated"),
    rows: t("profileRows"),
    dbHits: t("profileDbHits"),
  });
  const collapsed = b.children.length > 0 && v.collapsed.has(keys.get(b.index) ?? "");
  const hidden = collapsed ? t("planCollapsed").replace("{n}", String(hiddenCount(b))) : "";
  const label = [
    b.operator,
    ...facts.map(([k, v]) => `${k} ${v}`),
    b.heaviest ? t("profileHeaviest") : "",
    hidden,
  ]
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
  const head = h("div", { class: "plan-box-head" });
  if (b.children.length)
    head.append(h("span", { class: "plan-toggle", "aria-hidden": "true" }, collapsed ? "▸" : "▾"));
  head.append(h("strong", { class: "plan-op" }, b.operator));
  if (b.heaviest) head.append(h("span", { class: "plan-mark" }, `◀ ${t("profileHeaviest")}`));
  if (collapsed) head.append(h("span", { class: "plan-hidden" }, hidden));
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
    item.setAttribute("aria-expanded", String(!collapsed));
    if (!collapsed)
      item.append(
        h(
          "div",
          { class: "plan-children", role: "group" },
          ...b.children.map((c) => boxEl(c, level + 1, keys, v)),
        ),
      );
  }
  return item;
}

/** The zoom buttons above the tree: out, the scale (back to 100 %), in; `scale` shows the zoom. */
function zoomBar(set: (dir: -1 | 0 | 1) => void): { el: HTMLElement; scale: HTMLButtonElement } {
  const b = (dir: -1 | 0 | 1, text: string, key: "planZoomOut" | "planZoomReset" | "planZoomIn") => {
    const el = h(
      "button",
      { type: "button", class: "btn small", "data-zoom": String(dir), title: t(key) },
      text,
    );
    el.setAttribute("aria-label", t(key));
    el.addEventListener("click", () => set(dir));
    return el;
  };
  const scale = b(0, "100 %", "planZoomReset");
  const el = h(
    "div",
    { class: "plan-zoom", role: "group", "aria-label": t("planZoom") },
    b(-1, "−", "planZoomOut"),
    scale,
    b(1, "+", "planZoomIn"),
  );
  return { el, scale };
}

/**
 * The boxes of the plan in a tree element with its zoom bar; `heaviest` is the PROFILE answer's heaviest
 * operator. `view` (collapsed boxes, zoom) is where to start; each change is drawn and reported to
 * `onView`, so the caller keeps it for the next plan of the same query.
 */
export function planGraph(
  ops: readonly PlanOperator[],
  heaviest: number | null = null,
  view: PlanView = { collapsed: new Set(), zoom: 1 },
  onView: (v: PlanView) => void = () => {},
): HTMLElement {
  const roots = planTree(ops, heaviest);
  const keys = planKeys(roots);
  let v = view;
  let at = roots[0]?.index ?? 0;
  const tree = h("div", { class: "plan-graph", role: "tree", "aria-label": t("planGraph") });
  const scroll = h("div", { class: "plan-graph-scroll" }, tree);
  const bar = zoomBar((dir) => change(zoomed(v, dir), false));
  const wrap = h("div", { class: "plan-graph-wrap" }, bar.el, scroll);
  const draw = (focus: boolean) => {
    const order = visibleOrder(roots, keys, v);
    if (!order.some((b) => b.index === at)) at = order[0]?.index ?? 0;
    tree.replaceChildren(...roots.map((r) => boxEl(r, 1, keys, v)));
    tree.style.zoom = String(v.zoom);
    bar.scale.textContent = `${Math.round(v.zoom * 100)} %`;
    const el = tree.querySelector<HTMLElement>(`.plan-box[data-index="${at}"]`);
    el?.setAttribute("tabindex", "0");
    if (focus) el?.focus();
  };
  const change = (next: PlanView, focus: boolean) => {
    if (next !== v) {
      v = next;
      onView(v);
    }
    draw(focus);
  };
  draw(false);
  tree.addEventListener("keydown", (e) => {
    // The box the key is pressed on (focus may have come by a click or a script, not by the arrows).
    const on = (e.target as HTMLElement).closest<HTMLElement>(".plan-box");
    if (on) at = Number(on.dataset.index);
    const order = visibleOrder(roots, keys, v);
    const r = planKey(order, keys, v, at, e.key);
    if (!r) return;
    e.preventDefault();
    at = r.at;
    change(r.view, true);
  });
  tree.addEventListener("click", (e) => {
    const target = e.target as HTMLElement;
    const el = target.closest<HTMLElement>(".plan-box");
    if (!el) return;
    at = Number(el.dataset.index);
    const key = keys.get(at);
    if (target.closest(".plan-toggle") && key) change(toggleCollapsed(v, key), true);
    else draw(true);
  });
  return wrap;
}
