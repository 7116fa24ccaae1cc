/**
 * An EXPLAIN plan as text (as Neo4j Browser's plan view, in text): one line per operator, the tree drawn by
 * indentation under its parent, then the planner's estimated rows and the operator's details, in aligned
 * columns. Pure; the console shows it in a <pre> as text.
 */
import type { PlanOperator } from "../../../contracts/cypherPlan";
import { displayWidth, pad } from "./resultText";

export interface PlanHeadings {
  operator: string;
  rows: string;
  details: string;
}

function estimate(n: number | null): string {
  if (n === null) return "";
  return n >= 100 ? String(Math.round(n)) : String(Math.round(n * 10) / 10);
}

export function planAsText(ops: readonly PlanOperator[], head: PlanHeadings): string {
  const tree = ops.map((o) => `${"  ".repeat(o.depth)}${o.depth ? "└─ " : ""}${o.operator}`);
  const rows = ops.map((o) => estimate(o.estimatedRows));
  const w0 = Math.max(displayWidth(head.operator), ...tree.map(displayWidth));
  const w1 = Math.max(displayWidth(head.rows), ...rows.map(displayWidth));
  const line = (a: string, b: string, c: string) =>
    `${pad(a, w0)}  ${" ".repeat(Math.max(0, w1 - displayWidth(b)))}${b}  ${c}`.trimEnd();
  return [
    line(head.operator, head.rows, head.details),
    ...ops.map((o, i) => line(tree[i] ?? "", rows[i] ?? "", o.details.replace(/\s+/g, " "))),
  ].join("\n");
}
