import { clauseOf } from "../clauses";
import type { CtxSubject } from "../discourse";
import type { Mention } from "../entities/types";
import { accessionIn, isParty } from "./accession-list";
import type { DiscourseEdge, SpanEvidence } from "./discourse-types";

/**
 * "CPTPP现有11个成员国。中国、厄瓜多尔和乌拉圭也都已申请加入。": a sentence that names no agreement
 * and whose parties join by an act with no object (申请加入, 提交核准书, 完成核准程序, 有待加入的请求)
 * joins the agreement of the previous sentence of the paragraph: ALIGNS_WITH from each party of the
 * clause before the act, with the stage the act states (see accession-list.ts).
 */
export function carriedAccessions(
  norm: string,
  ms: Mention[],
  prevAgreement: CtxSubject | null,
  ev: SpanEvidence,
): DiscourseEdge[] {
  if (!prevAgreement || ms.some((m) => m.id.startsWith("Agreement:"))) return [];
  const parties = ms.filter(isParty).sort((x, y) => x.cs - y.cs);
  const out: DiscourseEdge[] = [];
  for (let a = 0; a < norm.length; ) {
    const [, b] = clauseOf(norm, a);
    const acc = accessionIn(norm, parties, a, b);
    const first = acc?.members[0];
    if (acc && first)
      for (const c of acc.members)
        out.push({
          type: "ALIGNS_WITH",
          source: c.id,
          target: prevAgreement.id,
          evidence: [ev("pattern", first.cs, acc.end), prevAgreement.ev],
          confidence: 0.65,
          ...(acc.stage && acc.stage !== "pilots" ? { properties: { stage: acc.stage } } : {}),
        });
    a = b + 1;
  }
  return out;
}
