import type { Mention } from "../entities/types";
import { typeOf } from "./context";
import { pointAt } from "./cooperate";
import { placesAfter } from "./located-at";
import { T_ADMIN_BELONG, T_ADMIN_RANK } from "./triggers";
import type { RelationRule } from "./types";

/** What may be said to belong to a place: cities (and counties), zones, areas, ports, development zones. */
const PLACED = /^(FreeTradeZone|Area|Port|DevZone|City)$/;
/** Between the name and the verb: nothing or a comma (瑞丽市，位于…; 满洲里市，隶属于…). */
const LEAD = /^[，,]?\s*$/;
/** Verbs of location read here only after a comma (located-at.ts reads them right after the name). */
const LOCATED = /^(位于|地处)/;
/** Copulas before a rank (黑河市，是黑龙江省地级市; 凭祥市，为广西壮族自治区县级市). */
const COPULA = /^(是|为|系)/;
/** Between the last place and the rank: a suffix, 下辖/代管 and 的, a count (伊犁哈萨克自治州下辖的一个县级市, 甲省的下辖地级市). */
/** What follows a rank: the end of its clause or a bracket (计划单列市（副地级市）). */
const CLOSE = /^\s*([，,；;。(（]|$)/;
const TO_RANK =
  /^([\u4e00-\u9fff]{0,8}?(自治州|市|州|盟|地区))?的?(下辖|代管|管辖|所辖|直辖)?的?(一个|一座)?$/;

/** The verbs read: of belonging, of location, copulas. */
const VERBS = new RegExp(`${T_ADMIN_BELONG.source}|位于|地处|是|为|系`, "g");
/** Up to the first rank after the chain, and the rank itself. */
const TO_RANK_AHEAD = new RegExp(`^[^，,；;。]{0,14}?(?=${T_ADMIN_RANK.source})`);
const RANK_HEAD = new RegExp(`^(${T_ADMIN_RANK.source})`);

/** The name the statement is about: right before the verb (a comma between), else the clause's subject. */
function subjectOf(
  norm: string,
  sorted: Mention[],
  at: number,
  types: RegExp,
  subjectBefore: (m: Mention, types: string[]) => Mention | undefined,
): Mention | undefined {
  const before = sorted.filter((m) => m.ce <= at).pop();
  const gap = before ? norm.slice(before.ce, at) : "";
  if (before && /^\s*$/.test(gap)) return types.test(typeOf(before.id)) ? before : undefined;
  if (before && LEAD.test(gap) && types.test(typeOf(before.id))) return before;
  // (the verb opening a later clause of the sentence: 霍尔果斯市隶属于甲区，是乙州代管的县级市)
  if (!/[，,]\s*$/.test(norm.slice(0, at))) return undefined;
  const s = subjectBefore(pointAt(at), ["City"]);
  // (a city that only modifies the subject is not it: 甲市的企业代表，是…)
  return s && types.test(typeOf(s.id)) && !/^的/.test(norm.slice(s.ce)) ? s : undefined;
}

/**
 * LOCATED_IN from an administrative statement: X隶属于Y (a city, zone or port and the chain of places
 * right after the verb: 满洲里市隶属于内蒙古自治区呼伦贝尔市 → both), X是/为Y + a city's rank (黑河市，是
 * 黑龙江省地级市; 凭祥市，为广西壮族自治区县级市; …，是伊犁哈萨克自治州下辖的一个县级市: a city only, the
 * rank closing the chain), and a city followed by a comma and 位于/地处 (瑞丽市，位于云南省德宏州), which
 * located-at.ts reads only right after the name. China itself is left out, as there.
 */
export const adminBelonging: RelationRule = {
  name: "admin-belonging",
  types: ["LOCATED_IN"],
  find({ norm, ms, abbr, push, subjectBefore }) {
    const belong = T_ADMIN_BELONG.test(norm);
    const ranked = T_ADMIN_RANK.test(norm);
    if (!belong && !ranked && !/[，,]\s*(位于|地处)/.test(norm)) return;
    const sorted = [...ms, ...abbr].sort((x, y) => x.cs - y.cs);
    for (const t of norm.matchAll(VERBS)) {
      const at = t.index ?? 0;
      const word = t[0];
      const rank = COPULA.test(word);
      const located = LOCATED.test(word);
      // (cheap skips first: a copula with no rank in the passage, a location verb not after a comma)
      if ((rank && !ranked) || (!rank && !located && !belong)) continue;
      if (located && !/[，,]\s*$/.test(norm.slice(0, at))) continue;
      const { chain, k } = placesAfter(norm, sorted, at + word.length);
      if (chain.length === 0) continue;
      if (rank) {
        const gap = TO_RANK_AHEAD.exec(norm.slice(k));
        const r = gap ? RANK_HEAD.exec(norm.slice(k + gap[0].length)) : null;
        // (the rank closes its clause: 是乙省县级市发展的伙伴 ranks nothing)
        if (!gap || !r || !TO_RANK.test(gap[0]) || !CLOSE.test(norm.slice(k + gap[0].length + r[0].length)))
          continue;
      }
      const x = located
        ? sorted.filter((m) => m.ce <= at).pop()
        : subjectOf(norm, sorted, at, rank ? /^City$/ : PLACED, subjectBefore);
      if (!x || (located && (typeOf(x.id) !== "City" || !LEAD.test(norm.slice(x.ce, at))))) continue;
      for (const m of chain) {
        if (m.id === x.id || m.id === "Country:中国" || typeOf(m.id) === "Country") continue;
        push({
          type: "LOCATED_IN",
          subj: x,
          source: x.id,
          target: m.id,
          method: "pattern",
          confidence: 0.8,
          cs: Math.min(x.cs, at),
          ce: Math.max(x.ce, m.ce),
        });
      }
    }
  },
};
