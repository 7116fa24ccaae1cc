/**
 * The Cypher console's text and JSON result views (as Neo4j Browser's): the result as a plain-text table
 * with aligned columns (CJK characters take two columns, as a monospace font draws them), and as JSON.
 * Pure; the console puts the strings in a <pre> as text.
 */
import { cellText, classify } from "./cells";

/** Longest cell drawn in the text view (longer ones end with …). */
export const MAX_CELL_CHARS = 80;

/** Columns a character takes in a monospace font: East Asian wide and fullwidth forms take two. */
function charWidth(cp: number): number {
  return (cp >= 0x1100 && cp <= 0x115f) ||
    (cp >= 0x2e80 && cp <= 0xa4cf) ||
    (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) ||
    (cp >= 0x20000 && cp <= 0x3fffd)
    ? 2
    : 1;
}

export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += charWidth(ch.codePointAt(0) ?? 0);
  return w;
}

function cellString(v: unknown): string {
  const c = classify(v);
  // In text, a node reads as (name) as in Cypher patterns; the rest as in the CSV.
  const text = (c.kind === "node" ? `(${c.label})` : cellText(c)).replace(/\s+/g, " ");
  const chars = [...text];
  return chars.length > MAX_CELL_CHARS ? `${chars.slice(0, MAX_CELL_CHARS - 1).join("")}…` : text;
}

export function pad(s: string, width: number): string {
  return s + " ".repeat(Math.max(0, width - displayWidth(s)));
}

/** The rows as a text table: a rule, the header, a rule, one line per row, a rule. */
export function resultAsText(columns: readonly string[], rows: readonly Record<string, unknown>[]): string {
  if (!columns.length) return "";
  const cells = rows.map((r) => columns.map((c) => cellString(r[c])));
  const widths = columns.map((c, i) =>
    Math.max(displayWidth(c), ...cells.map((r) => displayWidth(r[i] ?? ""))),
  );
  const rule = `+${widths.map((w) => "-".repeat(w + 2)).join("+")}+`;
  const line = (vals: readonly string[]) => `| ${vals.map((v, i) => pad(v, widths[i] ?? 0)).join(" | ")} |`;
  return [rule, line(columns), rule, ...cells.map(line), rule].join("\n");
}

/** The rows as JSON, two-space indented (the server's serialisation of nodes, relationships and paths). */
export function resultAsJson(rows: readonly Record<string, unknown>[]): string {
  return JSON.stringify(rows, null, 2);
}
