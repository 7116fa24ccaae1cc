/**
 * The fast path of the relationship rows of the bulk CSVs: an edge with no free-form property (the
 * usual case, 5/6 of the records of a large graph) is written straight from the record, without the
 * property map, sorted keys and typed cells of the generic path (csvCells.ts typedRow) — the same
 * text, tested against it. An edge this path cannot vouch for (free-form properties, no evidence,
 * an empty string or U+001F in an evidence list, a number that is not finite) returns null: the
 * caller takes the generic path, which writes it or refuses it exactly as before.
 */
import type { GraphEdge } from "../../contracts/graph";
import { ARRAY_DELIMITER } from "./csvCells";

/** The header of every row this path writes (the generic path gives the same for these edges). */
export const PLAIN_EDGE_HEADER =
  ":START_ID(Entity),:END_ID(Entity),:TYPE,confidence:double,evidenceDocs:string[],evidenceEnds:double[],evidenceMethods:string[],evidencePassages:string[],evidenceQuotes:string[],evidenceStarts:double[],id:string,loadId:string";

/** A quoted CSV cell; the replace only when the text holds a quote. */
export function quoted(s: string): string {
  return s.includes('"') ? `"${s.replace(/"/g, '""')}"` : `"${s}"`;
}

const fine = (s: unknown): s is string => typeof s === "string" && s !== "" && !s.includes(ARRAY_DELIMITER);
const finite = (n: unknown): n is number => typeof n === "number" && Number.isFinite(n);

/** The row (without newline) of an edge without free-form properties, or null. */
export function plainEdgeRow(e: GraphEdge, loadIdCell: string): string | null {
  for (const _ in e.properties) return null;
  const ev = e.evidence;
  if (ev.length === 0 || !finite(e.confidence)) return null;
  let docs = "";
  let passages = "";
  let starts = "";
  let ends = "";
  let quotes = "";
  let methods = "";
  for (let i = 0; i < ev.length; i++) {
    const x = ev[i] as GraphEdge["evidence"][number];
    if (!fine(x.doc) || !fine(x.passage) || !fine(x.quote) || !fine(x.method)) return null;
    if (!finite(x.start) || !finite(x.end)) return null;
    const sep = i === 0 ? "" : ARRAY_DELIMITER;
    docs += sep + x.doc;
    passages += sep + x.passage;
    starts += sep + String(x.start);
    ends += sep + String(x.end);
    quotes += sep + x.quote;
    methods += sep + x.method;
  }
  return `${quoted(e.source)},${quoted(e.target)},${e.type},${String(e.confidence)},${quoted(docs)},${ends},${quoted(methods)},${quoted(passages)},${quoted(quotes)},${starts},${quoted(e.id)},${loadIdCell}`;
}
