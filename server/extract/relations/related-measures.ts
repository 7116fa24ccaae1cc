import type { CtxSubject } from "../discourse";
import type { Mention } from "../entities/types";
import { trigger } from "../lexicon";
import type { DiscourseEdge, SpanEvidence } from "./discourse-types";

/** An act on the measures of an agreement (先行先试相关措施, 对接相关规则): triggers.json "relatedMeasureActs", "relatedMeasureNouns". */
const RELATED_MEASURES = new RegExp(
  `(${trigger("relatedMeasureActs").source})相关(${trigger("relatedMeasureNouns").source})`,
);

/**
 * "RCEP的签署实施…。中国在上海、广东…等自贸试验区先行先试相关措施": 相关措施/规则 refer to the agreement
 * of the previous sentence of the paragraph; the zones named before it pilot them (ALIGNS_WITH).
 */
export function relatedMeasures(
  norm: string,
  ms: Mention[],
  prevAgreement: CtxSubject | null,
  ev: SpanEvidence,
): DiscourseEdge[] {
  const rel = RELATED_MEASURES.exec(norm);
  if (!rel || !prevAgreement) return [];
  return ms
    .filter((m) => m.id.startsWith("FreeTradeZone:") && m.ce <= rel.index)
    .map((z) => ({
      type: "ALIGNS_WITH",
      source: z.id,
      target: prevAgreement.id,
      evidence: [ev("pattern", z.cs, rel.index + rel[0].length), prevAgreement.ev],
      confidence: 0.65,
    }));
}
