/**
 * The details of a relationship as GET /api/edges/:id gives them, built from its row (edgeDetailQuery
 * or edgeDetailsQuery) and the provenance of its evidence: ranked evidence, hidden count, and the
 * ALIGNS_WITH stage. GraphService.edge and the CLI's ranked evidence (one read for many relationships)
 * build them here, so both show the same evidence.
 */
import type { EdgeDetail } from "../../contracts/api";
import type { Executor } from "../neo4j/executor";
import { edgeDetailsQuery } from "../repositories/edgeDetails";
import {
  cleanProperties,
  type EvidenceArrays,
  type Provenance,
  RESERVED_REL_KEYS,
  rankedEvidence,
} from "../repositories/fragments";
import { GraphRepository } from "../repositories/graph";
import { relationStage } from "./agreementStage";
import { endNames } from "./evidenceRanking";

type End = { id: string; name: string; nameEn: string | null; type: string; aliases?: string[] | null };

/** The entity ids at both ends of an edge row. */
export function edgeEndIds(row: Record<string, unknown>): string[] {
  return [(row.source as End).id, (row.target as End).id];
}

export function edgeDetailOf(row: Record<string, unknown>, prov: Provenance): EdgeDetail {
  const ev = row.ev as EvidenceArrays;
  const ends = [row.source as End, row.target as End];
  const ranked = rankedEvidence(ev, prov, ends.map(endNames));
  const end = (e: End) => ({ id: e.id, name: e.name, nameEn: e.nameEn ?? null, type: e.type });
  return {
    id: String(row.id),
    type: String(row.type),
    source: end(row.source as End),
    target: end(row.target as End),
    confidence: typeof row.confidence === "number" ? row.confidence : null,
    properties: cleanProperties(row.props as Record<string, unknown>, RESERVED_REL_KEYS),
    evidence: ranked.evidence,
    hiddenEvidence: ranked.hidden,
    ...(row.type === "ALIGNS_WITH"
      ? {
          stage: relationStage((row.props as Record<string, unknown>).stage, ends[0]?.type ?? "", () =>
            ranked.evidence.map((e) => e.sentence ?? e.quote),
          ),
        }
      : {}),
  };
}

/**
 * The details of many relationships in a fixed number of reads whatever their number: one for the
 * relationships, one provenance read (documents, passages, mentions) for all their evidence.
 * Relationships not found are absent from the map.
 */
export async function edgeDetails(executor: Executor, ids: string[]): Promise<Map<string, EdgeDetail>> {
  const out = new Map<string, EdgeDetail>();
  if (ids.length === 0) return out;
  const rows = (await executor.executeRead(edgeDetailsQuery(ids))).records.map((r) => r.toObject());
  const prov = await new GraphRepository(executor).provenance(
    rows.map((r) => r.ev as EvidenceArrays),
    [...new Set(rows.flatMap(edgeEndIds))],
  );
  for (const row of rows) out.set(String(row.id), edgeDetailOf(row, prov));
  return out;
}
