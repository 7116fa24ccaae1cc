/**
 * An EXPLAIN or PROFILE plan as a tree (as Neo4j Browser's graphical plan): the server sends the operators
 * flat in pre-order with their depth; here they become boxes with their children, each with the facts the
 * box shows (estimated rows; rows and db hits when profiled) and its share of the heaviest operator's db
 * hits (the bar drawn in the box). Pure: the console draws the boxes (ui/planGraph.ts).
 */
import type { PlanOperator, ProfiledOperator } from "../../../contracts/cypherPlan";

export interface PlanBox {
  /** Index of the operator in the flat list. */
  index: number;
  operator: string;
  details: string;
  estimatedRows: number | null;
  /** Measured by PROFILE; null in an EXPLAIN plan. */
  rows: number | null;
  dbHits: number | null;
  /** db hits / the heaviest operator's db hits (0–1); 0 in an EXPLAIN plan. */
  share: number;
  heaviest: boolean;
  parent: number | null;
  children: PlanBox[];
}

const profiled = (o: PlanOperator): o is ProfiledOperator =>
  typeof (o as Partial<ProfiledOperator>).dbHits === "number" &&
  typeof (o as Partial<ProfiledOperator>).rows === "number";

/**
 * The roots of the plan (one for a Neo4j plan: ProduceResults). An operator deeper than one below the last
 * is taken as that operator's child, so a malformed depth never loses an operator.
 */
export function planTree(ops: readonly PlanOperator[], heaviest: number | null = null): PlanBox[] {
  const maxHits = Math.max(0, ...ops.map((o) => (profiled(o) ? o.dbHits : 0)));
  const roots: PlanBox[] = [];
  const stack: PlanBox[] = [];
  for (const [index, o] of ops.entries()) {
    while (stack.length > o.depth) stack.pop();
    const parent = stack[stack.length - 1] ?? null;
    const box: PlanBox = {
      index,
      operator: o.operator,
      details: o.details,
      estimatedRows: o.estimatedRows,
      rows: profiled(o) ? o.rows : null,
      dbHits: profiled(o) ? o.dbHits : null,
      share: profiled(o) && maxHits > 0 ? o.dbHits / maxHits : 0,
      heaviest: index === heaviest,
      parent: parent?.index ?? null,
      children: [],
    };
    if (parent) parent.children.push(box);
    else roots.push(box);
    stack.push(box);
  }
  return roots;
}

/** Every box in pre-order (the keyboard's Up/Down order). */
export function planOrder(roots: readonly PlanBox[]): PlanBox[] {
  const out: PlanBox[] = [];
  const walk = (b: PlanBox) => {
    out.push(b);
    for (const c of b.children) walk(c);
  };
  for (const r of roots) walk(r);
  return out;
}

export interface PlanFactHeadings {
  estimated: string;
  rows: string;
  dbHits: string;
}

function rounded(n: number): string {
  return n >= 100 ? Math.round(n).toLocaleString("en") : String(Math.round(n * 10) / 10);
}

/** The facts a box lists, as [heading, value] pairs: estimated rows, then rows and db hits when profiled. */
export function planFacts(b: PlanBox, head: PlanFactHeadings): [string, string][] {
  const out: [string, string][] = [];
  if (b.estimatedRows !== null) out.push([head.estimated, rounded(b.estimatedRows)]);
  if (b.rows !== null) out.push([head.rows, b.rows.toLocaleString("en")]);
  if (b.dbHits !== null) out.push([head.dbHits, b.dbHits.toLocaleString("en")]);
  return out;
}

/** Where the keyboard goes from box `at` (pre-order list): Up/Down, Left to the parent, Right to a child. */
export function planMove(order: readonly PlanBox[], at: number, key: string): number {
  const i = order.findIndex((b) => b.index === at);
  if (i < 0) return order[0]?.index ?? at;
  const box = order[i] as PlanBox;
  switch (key) {
    case "ArrowDown":
      return order[Math.min(order.length - 1, i + 1)]?.index ?? at;
    case "ArrowUp":
      return order[Math.max(0, i - 1)]?.index ?? at;
    case "ArrowLeft":
      return box.parent ?? at;
    case "ArrowRight":
      return box.children[0]?.index ?? at;
    case "Home":
      return order[0]?.index ?? at;
    case "End":
      return order[order.length - 1]?.index ?? at;
    default:
      return at;
  }
}
