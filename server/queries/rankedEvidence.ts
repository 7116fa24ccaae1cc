/**
 * Named queries whose rows are evidence (relationship_evidence): the CLI shows them ranked as the API
 * does. The relationships the query found are read back, all at once, as the edge details of
 * GET /api/edges/:id (services/edgeDetail.ts: headings and fragments hidden, duplicates collapsed,
 * sentences naming both ends first), so the CLI and the API rank evidence with one function, and the
 * reads do not grow with the number of relationships.
 */
import type { EdgeDetail } from "../../contracts/api";
import { NotFoundError } from "../errors";
import type { NamedQueryResult } from "./run";

/** Queries listing evidence rows with a `relationshipId` column. */
export const RANKED_EVIDENCE_QUERIES: ReadonlySet<string> = new Set(["relationship_evidence"]);

export interface RankedEvidenceResult extends NamedQueryResult {
  /** Stored quotes left out: headings and fragments (`hidden`), and duplicates collapsed into another. */
  hidden: number;
  collapsed: number;
}

/** The relationships of the rows, in the order they first appear. */
export function relationshipIds(rows: readonly Record<string, unknown>[]): string[] {
  return [...new Set(rows.map((r) => r.relationshipId).filter((id): id is string => typeof id === "string"))];
}

/** One row per shown evidence item, with the query's columns (and `endsNamed`, `alsoIn`). */
export function evidenceRows(d: EdgeDetail): Record<string, unknown>[] {
  return d.evidence.map((e) => ({
    relationship: d.type,
    from: d.source.name,
    to: d.target.name,
    confidence: d.confidence,
    method: e.method,
    quote: e.quote,
    sentence: e.sentence ?? null,
    document: e.docTitle,
    date: e.docDate,
    start: e.start,
    end: e.end,
    relationshipId: d.id,
    endsNamed: e.endsNamed ?? null,
    alsoIn: (e.alsoIn ?? []).map((a) => a.docTitle || a.doc).join(" | "),
  }));
}

/**
 * Replaces the stored quotes of each relationship by its ranked evidence, from `details` (the API's edge
 * details of every relationship of the rows, read at once).
 */
export async function rankEvidenceRows(
  result: NamedQueryResult,
  details: (ids: string[]) => Promise<Map<string, EdgeDetail>>,
): Promise<RankedEvidenceResult> {
  const rows: Record<string, unknown>[] = [];
  let hidden = 0;
  const ids = relationshipIds(result.rows);
  const found = ids.length > 0 ? await details(ids) : new Map<string, EdgeDetail>();
  for (const id of ids) {
    const d = found.get(id);
    if (!d) throw new NotFoundError(`No relationship with id ${JSON.stringify(id)}.`, { id });
    rows.push(...evidenceRows(d));
    hidden += d.hiddenEvidence ?? 0;
  }
  const columns = [...result.columns, ...["endsNamed", "alsoIn"].filter((c) => !result.columns.includes(c))];
  const collapsed = Math.max(0, result.rows.length - rows.length - hidden);
  return { ...result, columns, rows, hidden, collapsed };
}
