/** Relations that join a passage to the previous sentence of its paragraph. */
import type { Evidence, EvidenceMethod, RelType } from "../../../contracts/graph";

export interface DiscourseEdge {
  type: RelType;
  source: string;
  target: string;
  /** The span of this passage and the evidence of what it refers back to. */
  evidence: Evidence[];
  confidence: number;
  /** The stage of an ALIGNS_WITH, when the sentence states one. */
  properties?: Record<string, string>;
}

/** Evidence for a span of the current passage's normalised text. */
export type SpanEvidence = (method: EvidenceMethod, cs?: number, ce?: number) => Evidence;
