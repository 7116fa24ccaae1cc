import { describe, expect, it } from "vitest";
import {
  type PlanBox,
  planFacts,
  planMove,
  planOrder,
  planTree,
} from "../../../../client/src/model/planTree";
import type { PlanOperator, ProfiledOperator } from "../../../../contracts/cypherPlan";

const op = (
  depth: number,
  operator: string,
  estimatedRows: number | null = 10,
  details = "",
): PlanOperator => ({
  depth,
  operator,
  details,
  estimatedRows,
  identifiers: [],
});
const prof = (o: PlanOperator, rows: number, dbHits: number): ProfiledOperator => ({
  ...o,
  rows,
  dbHits,
  pageCacheHits: null,
  pageCacheMisses: null,
  timeMs: null,
});

// An invented plan: a hash join of two scans under a projection.
const flat = [
  op(0, "ProduceResults"),
  op(1, "Projection", 10, "z.name AS name"),
  op(2, "NodeHashJoin", 12.34, "z"),
  op(3, "NodeByLabelScan", 250, "z:FreeTradeZone"),
  op(3, "Expand(All)", 40, "(p)<-[:LOCATED_IN]-(z)"),
  op(4, "NodeIndexSeek", 1, "p:Province(name)"),
];
const head = { estimated: "Est. rows", rows: "Rows", dbHits: "DB hits" };

describe("plan tree", () => {
  it("builds the tree from the flat pre-order list by depth", () => {
    const [root, ...more] = planTree(flat);
    expect(more).toEqual([]);
    expect(root?.operator).toBe("ProduceResults");
    const join = root?.children[0]?.children[0];
    expect(join?.operator).toBe("NodeHashJoin");
    expect(join?.children.map((c) => c.operator)).toEqual(["NodeByLabelScan", "Expand(All)"]);
    expect(join?.children[1]?.children[0]?.parent).toBe(4);
    expect(planOrder(planTree(flat)).map((b) => b.index)).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it("keeps an operator whose depth jumps, under the last operator", () => {
    const roots = planTree([op(0, "A"), op(3, "B"), op(1, "C")]);
    expect(roots[0]?.children.map((c) => c.operator)).toEqual(["B", "C"]);
  });

  it("EXPLAIN boxes list the estimate only; PROFILE boxes add rows and db hits, shares and the heaviest", () => {
    const explain = planOrder(planTree(flat));
    expect(planFacts(explain[2] as PlanBox, head)).toEqual([["Est. rows", "12.3"]]);
    expect(explain.every((b) => b.share === 0 && !b.heaviest)).toBe(true);
    const hits = [0, 10, 0, 1250, 500, 2];
    const ops = flat.map((o, i) => prof(o, i * 3, hits[i] ?? 0));
    const boxes = planOrder(planTree(ops, 3));
    expect(boxes[3]?.heaviest).toBe(true);
    expect(boxes.filter((b) => b.heaviest)).toHaveLength(1);
    expect(boxes[3]?.share).toBe(1);
    expect(boxes[4]?.share).toBeCloseTo(0.4, 6);
    expect(planFacts(boxes[3] as PlanBox, head)).toEqual([
      ["Est. rows", "250"],
      ["Rows", "9"],
      ["DB hits", "1,250"],
    ]);
    expect(planFacts({ ...(boxes[0] as PlanBox), estimatedRows: null }, head)).toEqual([
      ["Rows", "0"],
      ["DB hits", "0"],
    ]);
  });

  it("moves the keyboard through the tree: up/down in order, left to the parent, right to a child", () => {
    const order = planOrder(planTree(flat));
    expect(planMove(order, 2, "ArrowDown")).toBe(3);
    expect(planMove(order, 2, "ArrowUp")).toBe(1);
    expect(planMove(order, 0, "ArrowUp")).toBe(0);
    expect(planMove(order, 5, "ArrowDown")).toBe(5);
    expect(planMove(order, 5, "ArrowLeft")).toBe(4);
    expect(planMove(order, 0, "ArrowLeft")).toBe(0);
    expect(planMove(order, 2, "ArrowRight")).toBe(3);
    expect(planMove(order, 3, "ArrowRight")).toBe(3);
    expect(planMove(order, 4, "Home")).toBe(0);
    expect(planMove(order, 0, "End")).toBe(5);
    expect(planMove(order, 2, "x")).toBe(2);
  });
});
