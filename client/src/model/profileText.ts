/**
 * A PROFILE plan as text lines (as Neo4j Browser's profile view, in text): the operator tree by indentation,
 * the planner's estimated rows, the rows and db hits each operator measured, and its details, in aligned
 * columns; the heaviest operator (most db hits) ends with a mark, so it is found without colour. Pure; the
 * console shows the lines in a <pre> as text.
 */
import type { ProfiledOperator } from "../../../contracts/cypherPlan";
import { displayWidth, pad } from "./resultText";

export interface ProfileHeadings {
  operator: string;
  estimated: string;
  rows: string;
  dbHits: string;
  details: string;
  /** Appended to the heaviest operator's line. */
  heaviest: string;
}

function estimate(n: number | null): string {
  if (n === null) return "";
  return n >= 100 ? String(Math.round(n)) : String(Math.round(n * 10) / 10);
}

const right = (s: string, w: number) => `${" ".repeat(Math.max(0, w - displayWidth(s)))}${s}`;

/** Line 0 is the heading; line i + 1 is operator i. */
export function profileAsLines(
  ops: readonly ProfiledOperator[],
  heaviest: number | null,
  head: ProfileHeadings,
): string[] {
  const cols = ops.map((o) => [
    `${"  ".repeat(o.depth)}${o.depth ? "└─ " : ""}${o.operator}`,
    estimate(o.estimatedRows),
    String(o.rows),
    String(o.dbHits),
  ]);
  const heads = [head.operator, head.estimated, head.rows, head.dbHits];
  const widths = heads.map((h, c) => Math.max(displayWidth(h), ...cols.map((r) => displayWidth(r[c] ?? ""))));
  const line = (cells: string[], details: string) =>
    [
      pad(cells[0] ?? "", widths[0] ?? 0),
      ...cells.slice(1).map((c, i) => right(c, widths[i + 1] ?? 0)),
      details,
    ]
      .join("  ")
      .trimEnd();
  return [
    line(heads, head.details),
    ...ops.map((o, i) => {
      const text = line(cols[i] ?? [], o.details.replace(/\s+/g, " "));
      return i === heaviest ? `${text}  ◀ ${head.heaviest}` : text;
    }),
  ];
}
