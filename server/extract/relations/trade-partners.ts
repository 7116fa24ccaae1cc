import type { Catalog } from "../catalog";
import { clauseStart, QUESTION_REST } from "../clauses";
import type { Mention } from "../entities/types";
import { COMPANY_HEADS, relationAlt, trigger } from "../lexicon";
import { type RelationContext, typeOf } from "./context";
import type { RelationRule } from "./types";

/**
 * The verb, what stands between it and the rank, the rank and the partner word; a field before 合作伙伴/合作对象
 * holds no contrast or mere possibility (triggers.json "partnerFieldNot": 竞争对手而非合作伙伴, 潜在合作伙伴).
 */
const PARTNER = new RegExp(
  `(${relationAlt("partnerCopulas")})([^，,。；;]{0,12}?)(${relationAlt("partnerRanks")})(${relationAlt("partnerNouns")}|(?:(?!${trigger("partnerFieldNot").source})[^，,。；;的伙]){0,8}?(?:合作伙伴(?!关系)|合作对象))`,
  "g",
);
/** A firm or school between the verb and the rank (上海一家汽车企业, 中国企业, 某大学): the partner is that body's. */
const OF_BODY = new RegExp(
  `${trigger("partnerOfBody").source}|${trigger("companyKinds").source}|${COMPANY_HEADS}`,
);
/** A wish before the partner in its clause (希望, 力争, 计划: triggers.json "partnerWish"): no partnership stated. */
const WISH = trigger("partnerWish");
const REGION = /^(Province|City|FreeTradeZone|Area)$/;
/** What may stand between the partner and the verb: adverbs of time and continuity (已连续13年成为). */
const LEAD = new RegExp(`^(${relationAlt("partnerLeadAdverbs")})*$`);
/** A verb of overtaking right before a state (东盟首次超过欧盟成为…): the state is the one left behind. */
const OVERTAKEN = new RegExp(`(${relationAlt("overtakeVerbs")})了?$`);
/** The partner's partner written before it in a mutual ranking (中国与东盟连续5年互为第一大贸易伙伴). */
const MUTUAL_WITH = /^(与|和|同)$/;

const isRegion = (cat: Catalog, id: string) =>
  /^(region|continent)$/.test(String(cat.get(id)?.properties.kind));

/** The first state or bloc named in [a, b) (not a world region: 西亚非洲地区中国 → 中国). */
function stateIn(ms: Mention[], cat: Catalog, a: number, b: number): Mention | undefined {
  return ms.find((x) => typeOf(x.id) === "Country" && x.cs >= a && x.ce <= b && !isRegion(cat, x.id));
}

/** Only world regions, 地区 and 的 stand in [a, b) (the state opens what is between the verb and the rank). */
function before(norm: string, ms: Mention[], cat: Catalog, a: number, b: number): boolean {
  let text = norm.slice(a, b);
  for (const r of ms.filter((x) => x.cs >= a && x.ce <= b && isRegion(cat, x.id)))
    text = text.replace(norm.slice(r.cs, r.ce), "");
  return /^[\s的]*(地区)?[\s的]*$/.test(text);
}

/** COOPERATES_WITH between two states or blocs, China first when it is one of them (else the one whose partner it is). */
function pushPair(push: RelationContext["push"], partner: Mention, other: Mention, ce: number): void {
  const china = partner.id === "Country:中国";
  push({
    type: "COOPERATES_WITH",
    source: china ? partner.id : other.id,
    target: china ? other.id : partner.id,
    method: "pattern",
    confidence: 0.7,
    cs: partner.cs,
    ce,
  });
}

/**
 * Cooperation through trade: 欧盟是该省第二大贸易伙伴, 东盟已成为广西最大的贸易伙伴. The partner is the
 * country right before the verb; the subject is the place named in between, else the last place of
 * that kind named before (该省 → a province, 该市 → a city, also inside a name), else the carried one.
 */
export const tradePartners: RelationRule = {
  name: "trade-partners",
  types: ["COOPERATES_WITH"],
  find({ norm, ms, cat, push, ctxSubject }) {
    // (every match ends in a word holding 伙伴, 市场, 来源地 or 合作对象: a cheap test before the scan)
    if (!/伙伴|市场|来源地|合作对象/.test(norm)) return;
    for (const m of norm.matchAll(PARTNER)) {
      const at = m.index ?? 0;
      const partner = ms.find(
        (x) =>
          typeOf(x.id) === "Country" &&
          x.ce <= at &&
          LEAD.test(norm.slice(x.ce, at)) &&
          !OVERTAKEN.test(norm.slice(Math.max(0, x.cs - 3), x.cs)),
      );
      if (!partner) continue;
      // (a body's partner, or a question: 土耳其是中国重要的合作伙伴吗？)
      if (OF_BODY.test(m[2] ?? "") || QUESTION_REST.test(norm.slice(at + m[0].length))) continue;
      if (WISH.test(norm.slice(clauseStart(norm, partner.cs), partner.cs))) continue;
      // 中国与东盟互为最大贸易伙伴: the two trade with each other
      if (m[1] === "互为") {
        const first = ms.find(
          (x) =>
            typeOf(x.id) === "Country" &&
            x.ce <= partner.cs &&
            MUTUAL_WITH.test(norm.slice(x.ce, partner.cs)),
        );
        if (!first || first.id === partner.id) continue;
        // (the side written first is the source, China first when it is the second)
        const [a, b] = partner.id === "Country:中国" ? [partner, first] : [first, partner];
        const ce = at + m[0].length;
        push({
          type: "COOPERATES_WITH",
          source: a.id,
          target: b.id,
          method: "pattern",
          confidence: 0.7,
          cs: first.cs,
          ce,
        });
        continue;
      }
      const mid = at + (m[1] ?? "").length;
      const midEnd = mid + (m[2] ?? "").length;
      // 东盟是中国第二大贸易伙伴, 中国是新加坡最大的贸易伙伴: two states or blocs trade with each other
      const other = stateIn(ms, cat, mid, midEnd);
      if (other && other.id !== partner.id && before(norm, ms, cat, mid, other.cs)) {
        pushPair(push, partner, other, at + m[0].length);
        continue;
      }
      if (partner.id === "Country:中国") continue;
      let subj: Mention | undefined = ms.find(
        (x) => REGION.test(typeOf(x.id)) && x.cs >= mid && x.ce <= midEnd,
      );
      if (!subj && /[该本我全](省|区)/.test(m[2] ?? ""))
        subj = lastOf(ms, "Province", partner.cs) ?? ctxSubject(partner, ["Province"]);
      else if (!subj && /[该本我全]市/.test(m[2] ?? ""))
        subj = lastOf(ms, "City", partner.cs) ?? ctxSubject(partner, ["City"]);
      if (!subj) continue;
      push({
        type: "COOPERATES_WITH",
        subj,
        source: subj.id,
        target: partner.id,
        method: "pattern",
        confidence: 0.7,
        cs: partner.cs,
        ce: at + m[0].length,
      });
    }
  },
};

/** The last mention of a type (or name part of that type) before `pos`. */
function lastOf(ms: Mention[], type: string, pos: number): Mention | undefined {
  const found = ms.flatMap((m) => [m, ...m.parts.map((p) => ({ ...p, method: m.method, parts: [] }))]);
  return found.filter((x) => typeOf(x.id) === type && x.ce <= pos).pop();
}
