/**
 * Output of named-query results for the CLI: an aligned text table (CJK characters count two
 * columns), RFC 4180 CSV, or JSON. Rows are plain JSON (server/cypher/convert.ts toJson).
 */
export const OUTPUT_FORMATS = ["table", "json", "csv"] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

export interface ResultTable {
  columns: string[];
  rows: Record<string, unknown>[];
}

/** Display width of a string in a terminal: East Asian wide/fullwidth characters count 2. */
export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) {
    const cp = ch.codePointAt(0) ?? 0;
    if (cp === 0 || cp < 32 || (cp >= 0x7f && cp < 0xa0)) continue;
    if ((cp >= 0x300 && cp <= 0x36f) || cp === 0x200b || (cp >= 0xfe00 && cp <= 0xfe0f)) continue;
    w += isWide(cp) ? 2 : 1;
  }
  return w;
}

function isWide(cp: number): boolean {
  return (
    (cp >= 0x1100 && cp <= 0x115f) ||
    (cp >= 0x2e80 && cp <= 0x303e) ||
    (cp >= 0x3041 && cp <= 0x33ff) ||
    (cp >= 0x3400 && cp <= 0x4dbf) ||
    (cp >= 0x4e00 && cp <= 0x9fff) ||
    (cp >= 0xa000 && cp <= 0xa4cf) ||
    (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) ||
    (cp >= 0x1f300 && cp <= 0x1f64f) ||
    (cp >= 0x1f900 && cp <= 0x1f9ff) ||
    (cp >= 0x20000 && cp <= 0x3fffd)
  );
}

/** One cell as text: strings as is, lists joined with "; ", objects as JSON, null as "". */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (Array.isArray(value) && value.every((v) => v === null || typeof v !== "object")) {
    return value.map((v) => (v === null ? "" : String(v))).join("; ");
  }
  return JSON.stringify(value);
}

/** Cut a string to at most `width` display columns, ending with "…" when cut. */
export function truncateToWidth(s: string, width: number): string {
  if (displayWidth(s) <= width) return s;
  let out = "";
  let w = 0;
  for (const ch of s) {
    const cw = displayWidth(ch);
    if (w + cw > width - 1) break;
    out += ch;
    w += cw;
  }
  return `${out}…`;
}

function pad(s: string, width: number, right: boolean): string {
  const fill = " ".repeat(Math.max(0, width - displayWidth(s)));
  return right ? fill + s : s + fill;
}

/**
 * An aligned text table: header, a rule, one line per row; numbers right-aligned; line breaks
 * in cells shown as "⏎"; cells wider than maxCellWidth cut with "…".
 */
export function formatTable(table: ResultTable, { maxCellWidth = 60 } = {}): string {
  const { columns, rows } = table;
  if (columns.length === 0) return "(no columns)\n";
  const cells = rows.map((row) =>
    columns.map((c) => truncateToWidth(cellText(row[c]).replace(/\r?\n/g, "⏎"), maxCellWidth)),
  );
  const numeric = columns.map(
    (c) =>
      rows.length > 0 && rows.every((r) => r[c] === null || r[c] === undefined || typeof r[c] === "number"),
  );
  const widths = columns.map((c, i) =>
    Math.max(displayWidth(c), ...cells.map((r) => displayWidth(r[i] ?? ""))),
  );
  const line = (values: string[], header = false) =>
    values
      .map((v, i) => pad(v, widths[i] ?? 0, !header && (numeric[i] ?? false)))
      .join("  ")
      .trimEnd();
  const out = [line(columns, true), widths.map((w) => "-".repeat(w)).join("  ")];
  for (const r of cells) out.push(line(r));
  return `${out.join("\n")}\n`;
}

/** RFC 4180: CRLF line ends; fields with comma, quote, CR or LF quoted, quotes doubled. */
export function formatCsv(table: ResultTable): string {
  const field = (s: string) => (/[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  const lines = [table.columns.map(field).join(",")];
  for (const row of table.rows) lines.push(table.columns.map((c) => field(cellText(row[c]))).join(","));
  return `${lines.join("\r\n")}\r\n`;
}

export function formatJson(table: ResultTable, extra: Record<string, unknown> = {}): string {
  return `${JSON.stringify({ ...extra, columns: table.columns, rows: table.rows }, null, 2)}\n`;
}

export function formatResult(
  table: ResultTable,
  format: OutputFormat,
  extra: Record<string, unknown> = {},
): string {
  if (format === "csv") return formatCsv(table);
  if (format === "json") return formatJson(table, extra);
  return formatTable(table);
}
