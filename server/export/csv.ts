/** CSV: one table with a `kind` column (node | edge), RFC 4180 quoting, UTF-8 BOM, CRLF lines. */
import type { GraphWriter } from "./writer";

function propsText(v: unknown): string {
  return Array.isArray(v) ? v.join(" | ") : String(v ?? "");
}

export function csvCell(v: unknown): string {
  const s = propsText(v);
  // Spreadsheet formula injection: prefix cells that a spreadsheet would evaluate.
  const safe = /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export const CSV_COLUMNS = [
  "kind",
  "id",
  "type",
  "name",
  "nameEn",
  "aliases",
  "degree",
  "source",
  "target",
  "confidence",
  "count",
  "evidenceCount",
  "quote",
  "doc",
] as const;

const row = (cells: unknown[]) => `${cells.map(csvCell).join(",")}\r\n`;

export function csvWriter(): GraphWriter {
  return {
    head: () => `\uFEFF${CSV_COLUMNS.join(",")}\r\n`,
    node: (n) =>
      row(["node", n.id, n.type, n.name, n.nameEn ?? "", n.aliases, n.degree, "", "", "", "", "", "", ""]),
    middle: () => "",
    edge: (e) =>
      row([
        "edge",
        e.id,
        e.type,
        "",
        "",
        "",
        "",
        e.source,
        e.target,
        e.confidence ?? "",
        e.count ?? "",
        e.evidenceCount,
        e.quote,
        e.doc,
      ]),
    foot: () => "",
  };
}
