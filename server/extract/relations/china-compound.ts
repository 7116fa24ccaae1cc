import { insideTitle } from "../clauses";
import type { Mention } from "../entities/types";
import { STOPPED_OR_CONFLICT, trigger } from "../lexicon";
import { countryPartnerOf } from "./china-pair";
import { typeOf } from "./context";
import type { RelationRule } from "./types";

/**
 * The names a compound may stand inside and still state the two states' dealings: a development zone, port or
 * area named by it (中新生态城, 中越友谊关). Not an organisation (中新网, 中新社 name news agencies) nor a route
 * (中欧班列 is a route's name).
 */
const HOLDER = /^(DevZone|Port|Area|FreeTradeZone)$/;

/**
 * What the two states share, as the head of the phrase the compound opens (triggers.json "compoundShared": 口岸,
 * 通道, 贸易, 合作区, 班列, 物流, 互联互通…): right after the compound (中X口岸, 中X互联互通项目), or after a word of
 * what the two have in common (triggers.json "compoundLead": 边境, 跨境, 两国, 友谊) or a bracket of the compound's
 * place and at most eight characters of its clause (中X两国唯一的国家级口岸, 中X(某市)战略性互联互通示范项目,
 * 中X跨境集装箱班列). A compound heading no such noun says nothing of the two states' dealings (中X边境地区发生对峙,
 * 中X两国关系, 中X边境线, 中X跨境游, 中X(某市)学术研讨会, 中X友谊桥), nor one with other words before it (中X最大口岸).
 */
const SHARED = new RegExp(
  `^((${trigger("compoundLead").source}|\\([^()]{1,12}\\))[^，,；;。！？!?]{0,8}?)?(${trigger("compoundShared").source})`,
);

/** The countries the passage writes in full, as mentions of their own or inside other names. */
function writtenCountries(ms: readonly Mention[]): Set<string> {
  const ids = new Set<string>();
  for (const m of ms)
    for (const q of [m, ...m.parts]) if (q.id.startsWith("Country:") && q.ce - q.cs > 1) ids.add(q.id);
  return ids;
}

/**
 * A compound of 中 and one-character partner abbreviations heading what the two states share (中越边境口岸,
 * 中老两国的口岸, 中新互联互通项目, 中越跨境班列, 中越友谊关口岸, 中新(某市)互联互通示范项目: SHARED) in a passage that writes 中国 and the
 * partner in full: COOPERATES_WITH 中国 -> each partner (the annotation's compound rule). A partner character that
 * opens a name written there is no abbreviation (其中越南…: 越南 is named); a compound inside a title or inside an
 * organisation's or a route's name gives nothing, nor one whose clause stops or fights it (lexicon.ts STOPPED_OR_CONFLICT).
 */
export const chinaCompound: RelationRule = {
  name: "china-compound",
  types: ["COOPERATES_WITH"],
  find({ norm, ms, cat, push }) {
    const written = writtenCountries(ms);
    if (!written.has("Country:中国")) return;
    const holderAt = (i: number) => ms.find((m) => m.cs <= i && i < m.ce);
    for (const t of norm.matchAll(/中/g)) {
      const at = t.index ?? 0;
      const holder = holderAt(at);
      if ((holder && !HOLDER.test(typeOf(holder.id))) || insideTitle(norm, at)) continue;
      const partners: string[] = [];
      let k = at + 1;
      for (
        let p = countryPartnerOf(cat, norm[k] ?? "");
        p && k - at <= 3;
        p = countryPartnerOf(cat, norm[++k] ?? "")
      ) {
        if (ms.some((m) => m.cs === k && m.ce - m.cs > 1)) break;
        partners.push(p);
      }
      if (partners.length === 0 || partners.length !== k - at - 1 || !SHARED.test(norm.slice(k))) continue;
      if (STOPPED_OR_CONFLICT.test(norm.slice(k))) continue;
      for (const p of partners)
        if (written.has(p))
          push({
            type: "COOPERATES_WITH",
            source: "Country:中国",
            target: p,
            method: "pattern",
            confidence: 0.6,
            cs: at,
            ce: k,
          });
    }
  },
};
