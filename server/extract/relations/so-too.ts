import type { CtxSubject } from "../discourse";
import type { Mention } from "../entities/types";
import type { DiscourseEdge, SpanEvidence } from "./discourse-types";

/**
 * "…以建设…先进制造业。上海、湖北、江苏、安徽等地的自贸试验区尤其如此": the zones and areas of a
 * 如此-sentence take the industries of the previous sentence of the paragraph (FOCUSES_ON).
 */
export function soToo(
  norm: string,
  ms: Mention[],
  prevIndustries: CtxSubject[],
  ev: SpanEvidence,
): DiscourseEdge[] {
  if (!/(尤其|也|同样|亦|更)(是)?如此/.test(norm) || prevIndustries.length === 0) return [];
  const out: DiscourseEdge[] = [];
  for (const z of ms.filter((m) => m.id.startsWith("FreeTradeZone:") || m.id.startsWith("Area:")))
    for (const ind of prevIndustries)
      out.push({
        type: "FOCUSES_ON",
        source: z.id,
        target: ind.id,
        evidence: [ev("pattern", z.cs, norm.search(/如此/) + 2), ind.ev],
        confidence: 0.6,
      });
  return out;
}
