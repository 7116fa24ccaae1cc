import { describe, expect, it } from "vitest";
import { planTree } from "../../../../client/src/model/planTree";
import {
  hiddenCount,
  MAX_ZOOM,
  MIN_ZOOM,
  PLAN_VIEW,
  type PlanView,
  planKey,
  planKeys,
  toggleCollapsed,
  visibleOrder,
  zoomed,
} from "../../../../client/src/model/planView";
import type { PlanOperator } from "../../../../contracts/cypherPlan";

const op = (depth: number, operator: string): PlanOperator => ({
  depth,
  operator,
  details: "",
  estimatedRows: 1,
  identifiers: [],
});
// An invented plan: a join of two branches under a projection.
const flat = [
  op(0, "ProduceResults"),
  op(1, "Projection"),
  op(2, "NodeHashJoin"),
  op(3, "NodeByLabelScan"),
  op(3, "Expand(All)"),
  op(4, "NodeIndexSeek"),
];
const roots = planTree(flat);
const keys = planKeys(roots);
const ids = (v: PlanView) => visibleOrder(roots, keys, v).map((b) => b.index);

describe("planKeys", () => {
  it("keys each box by its path of child positions and operators", () => {
    expect(keys.get(0)).toBe("0:ProduceResults");
    expect(keys.get(4)).toBe("0:ProduceResults/0:Projection/0:NodeHashJoin/1:Expand(All)");
    expect(new Set(keys.values()).size).toBe(flat.length);
  });

  it("gives the same keys to the same plan read again (EXPLAIN, then PROFILE) and others to another shape", () => {
    expect(planKeys(planTree([...flat]))).toEqual(keys);
    const other = planKeys(planTree([op(0, "ProduceResults"), op(1, "AllNodesScan")]));
    expect(other.get(1)).toBe("0:ProduceResults/0:AllNodesScan");
  });
});

describe("collapse", () => {
  it("hides a collapsed box's descendants from the order on screen, and toggling again shows them", () => {
    const k = keys.get(2) as string;
    const v = toggleCollapsed(PLAN_VIEW, k);
    expect(ids(v)).toEqual([0, 1, 2]);
    expect(ids(toggleCollapsed(v, k))).toEqual([0, 1, 2, 3, 4, 5]);
    expect(PLAN_VIEW.collapsed.size).toBe(0);
    const join = visibleOrder(roots, keys, PLAN_VIEW).find((b) => b.index === 2);
    expect(join && hiddenCount(join)).toBe(3);
  });
});

describe("zoomed", () => {
  it("steps by 1.25, stops at the bounds and goes back to 1", () => {
    expect(zoomed(PLAN_VIEW, 1).zoom).toBe(1.25);
    expect(zoomed(PLAN_VIEW, -1).zoom).toBe(0.8);
    let v = PLAN_VIEW;
    for (let i = 0; i < 10; i++) v = zoomed(v, 1);
    expect(v.zoom).toBe(MAX_ZOOM);
    expect(zoomed(v, 1)).toBe(v);
    for (let i = 0; i < 20; i++) v = zoomed(v, -1);
    expect(v.zoom).toBe(MIN_ZOOM);
    expect(zoomed(v, 0).zoom).toBe(1);
  });
});

describe("planKey", () => {
  const press = (v: PlanView, at: number, key: string) =>
    planKey(visibleOrder(roots, keys, v), keys, v, at, key);

  it("Left collapses an open box, then goes to the parent; Right opens, then goes to the first child", () => {
    const closed = press(PLAN_VIEW, 2, "ArrowLeft");
    expect(closed?.at).toBe(2);
    expect(closed?.view.collapsed.has(keys.get(2) as string)).toBe(true);
    expect(press(closed?.view as PlanView, 2, "ArrowLeft")).toEqual({ at: 1, view: closed?.view });
    const opened = press(closed?.view as PlanView, 2, "ArrowRight");
    expect(opened?.view.collapsed.size).toBe(0);
    expect(press(PLAN_VIEW, 2, "ArrowRight")?.at).toBe(3);
    expect(press(PLAN_VIEW, 3, "ArrowLeft")?.at).toBe(2);
  });

  it("Down skips the collapsed subtree; Enter and Space toggle a box with children only; + − 0 zoom", () => {
    const v = toggleCollapsed(PLAN_VIEW, keys.get(1) as string);
    expect(press(v, 1, "ArrowDown")?.at).toBe(1);
    expect(press(v, 1, "End")?.at).toBe(1);
    expect(press(PLAN_VIEW, 2, "Enter")?.view.collapsed.size).toBe(1);
    expect(press(PLAN_VIEW, 2, " ")?.view.collapsed.size).toBe(1);
    expect(press(PLAN_VIEW, 3, "Enter")).toBeNull();
    expect(press(PLAN_VIEW, 0, "+")?.view.zoom).toBe(1.25);
    expect(press(PLAN_VIEW, 0, "-")?.view.zoom).toBe(0.8);
    expect(press({ ...PLAN_VIEW, zoom: 2 }, 0, "0")?.view.zoom).toBe(1);
    expect(press(PLAN_VIEW, 0, "x")).toBeNull();
  });
});
