/**
 * What an exported relationship says about its evidence, computed as GET /api/edges/:id computes it:
 * the shown evidence (ranked: headings and fragments out, duplicates collapsed), its distinct methods,
 * and for ALIGNS_WITH the agreement stage (stored when it can hold, else read from the sentences).
 */
import { type EvidenceArrays, type Provenance, rankedEvidence } from "../repositories/fragments";
import { relationStage } from "../services/agreementStage";
import type { EndNames } from "../services/evidenceRanking";

export interface EdgeEvidenceRow {
  type: string;
  ev: EvidenceArrays | null;
  /** The stored stage property, if any. */
  stage: unknown;
  sourceType: string;
  ends: EndNames[];
}

export interface EdgeEvidenceFacts {
  evidenceCount: number;
  methods: string[];
  stage: string | null;
}

export function edgeEvidenceFacts(row: EdgeEvidenceRow, prov: Provenance): EdgeEvidenceFacts {
  const { evidence } = rankedEvidence(row.ev, prov, row.ends);
  return {
    evidenceCount: evidence.length,
    methods: [...new Set(evidence.map((e) => e.method))].sort(),
    stage:
      row.type === "ALIGNS_WITH"
        ? relationStage(row.stage, row.sourceType, () => evidence.map((e) => e.sentence ?? e.quote))
        : null,
  };
}
