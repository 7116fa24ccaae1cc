import type { Catalog } from "../catalog";
import { clauseOf, insideTitle } from "../clauses";
import type { Mention } from "../entities/types";
import { PARTNER_ABBREVIATIONS, PARTNER_SECOND_READINGS, relationAlt, STOPPED_OR_CONFLICT } from "../lexicon";
import { T_COOP, T_STATES_JOINT, T_TRADE } from "./triggers";
import type { RelationRule } from "./types";

/** Cooperation of a named kind (中埃产能合作, 中尼经贸合作): plain 合作 is left out (see DEALINGS). */
const QUALIFIED = `(${relationAlt("pairQualifiedKinds")})(?:${relationAlt("pairCooperationHeads")})`;
/**
 * What a China + partner compound qualifies when it states dealings of the two (中越边贸, 中老贸易往来,
 * 中巴两国的货物进出口, 中日之间货物贸易, 中越商品交易): an optional "the two"/"between" and kind of
 * goods, then a trade word (triggers.json "trade") or 边贸, or cooperation of a named kind. (Not plain 合作 right after: 依托中俄蒙合作 is the
 * dealings of whoever relies on it.)
 */
const DEALINGS = new RegExp(
  `^(${relationAlt("pairDealingsLeads")})?(的)?((${relationAlt("pairGoodsKinds")})?(${relationAlt("pairBorderTrade")}|${T_TRADE.source})|${QUALIFIED})`,
);
/**
 * 中X两国/三国/双方 as a subject, then (in its clause) a word of cooperation or trade (中巴两国将深化经贸合作)
 * or of the states acting together (triggers.json "statesJoint": 中哈两国共同提出…, 中柬双方有望签约,
 * 中吉乌三国政府间协定签署, 中蒙俄三国铁路开办国际联运业务).
 */
const BOTH = new RegExp(`^(${relationAlt("pairBothSides")})`);
const CLAUSE_REST = /^[^，,；;。！？!?：:]{0,16}/;
const TOGETHER = new RegExp(`${T_COOP.source}|${T_TRADE.source}|${T_STATES_JOINT.source}`);

/** The country a one-character partner abbreviation stands for, when it is a known country. */
export function countryPartnerOf(cat: Catalog, c: string): string | undefined {
  if (c === "中") return undefined;
  const id = cat.countryAbbr.get(c);
  if (id) return id;
  const name = PARTNER_ABBREVIATIONS[c];
  const known = name ? cat.resolve(name, ["Country"]) : undefined;
  return known?.startsWith("Country:") ? known : undefined;
}

/**
 * The partner a one-character abbreviation stands for in this passage: the country of `countryPartnerOf`, unless the
 * passage names no mention of it but names exactly one of the character's second readings (lexicon.ts
 * PARTNER_SECOND_READINGS) as a mention of its own or inside its government's or an agreement's name, not
 * inside another name (中尼双方 beside 尼加拉瓜 is Nicaragua, not Nepal; 中巴 beside 巴西 is Brazil; 中巴 beside 巴拿马运河 stays Pakistan; 中印 beside 印度尼西亚 stays India).
 */
function partnerIn(
  cat: Catalog,
  c: string,
  named: readonly string[],
  own: readonly string[],
): string | undefined {
  const d = countryPartnerOf(cat, c);
  if (!d || named.includes(d)) return d;
  const other = (PARTNER_SECOND_READINGS[c] ?? []).filter((x) => own.includes(`Country:${x}`));
  return other.length === 1 ? `Country:${other[0]}` : d;
}

/** Words of dealings with China in a clause of a second reading (对华出口, 来华投资, 与中国). */
const CHINA_SIDE = new RegExp(relationAlt("pairChinaSide"));

/** Names whose country is the state itself: an agreement's parties, a government (尼加拉瓜共和国政府). */
const STATE_NAME = new RegExp(`^(Agreement:|Organization:.*(?:${relationAlt("pairStateBodyHeads")})$)`);

const EUROPE = "Country:欧洲";
const UNION = "Country:欧盟";

/** The union or one of its bodies (欧盟委员会, 欧盟统计局). */
const OF_UNION = /^(Country:欧盟$|Organization:欧盟)/;

/**
 * What 欧 of a compound stands for in this passage: the European Union when the passage names the union
 * or a body of it and not Europe itself (我国与欧盟双边贸易…，中欧贸易占…: the trade is with the union),
 * else Europe.
 */
function unionReading(ms: readonly Mention[]): string {
  return ms.some((m) => OF_UNION.test(m.id)) && !ms.some((m) => m.id === EUROPE) ? UNION : EUROPE;
}

/** The end of the dealings a compound ending at k states, or -1. */
function dealingsEnd(norm: string, k: number): number {
  const d = DEALINGS.exec(norm.slice(k));
  if (d) return k + d[0].length;
  const both = BOTH.exec(norm.slice(k));
  if (!both) return -1;
  const rest = CLAUSE_REST.exec(norm.slice(k + both[0].length))?.[0] ?? "";
  const t = new RegExp(TOGETHER.source, "g");
  let end = -1;
  for (const m of rest.matchAll(t)) end = k + both[0].length + m.index + m[0].length;
  return end;
}

/**
 * Trade between China and partners named by one-character abbreviations after 中 (将促进中越边贸,
 * 中俄贸易快速增长, 中巴两国的货物进出口, 中尼贸易总额), or cooperation of the two as the subject of a
 * clause (中巴两国进一步深化经贸合作): COOPERATES_WITH from 中国 to each partner (cooperation through
 * trade, as data/README.md has it). Only runs outside names (中欧班列 is a name).
 */
export const chinaPair: RelationRule = {
  name: "china-pair",
  types: ["COOPERATES_WITH"],
  find({ norm, ms, cat, push, covered, isCountry }) {
    let named: string[] | undefined;
    let own: { q: { id: string; cs: number; ce: number }; state: boolean }[] | undefined;
    const union = unionReading(ms);
    for (const t of norm.matchAll(/中/g)) {
      const at = t.index ?? 0;
      // (nor inside a title: 《中俄货物贸易…路线图》 names a document)
      if (covered(at) || insideTitle(norm, at)) continue;
      const partners: string[] = [];
      let k = at + 1;
      if (!countryPartnerOf(cat, norm[k] ?? "")) continue;
      // (the countries the passage names, also inside other names: 尼加拉瓜共和国政府; a one-character partner of
      // a compound name, 中尼自贸协定, only when the name reads it as another country than the usual one)
      named ??= ms
        .flatMap((m) => [m, ...m.parts])
        .filter(
          (q) =>
            q.id.startsWith("Country:") &&
            isCountry(q.id) &&
            (q.ce - q.cs > 1 || q.id !== countryPartnerOf(cat, norm[q.cs] ?? "")),
        )
        .map((q) => q.id);
      // (a second reading counts as a mention of its own, or inside the name of its government or of an agreement
      // (尼加拉瓜共和国政府, 《中国与尼加拉瓜…协定》); not inside another name: 巴西航空工业公司 names a company)
      own ??= ms
        .flatMap((m) =>
          STATE_NAME.test(m.id) ? m.parts.map((q) => ({ q, state: true })) : [{ q: m, state: false }],
        )
        .filter((o) => o.q.id.startsWith("Country:"));
      // (a mention of its own is a party only in the compound's clause or in a clause of dealings with China:
      // 尼加拉瓜对华出口…; not a stop, a crisis or a visitor of another clause: 受乌克兰危机影响，…中乌贸易)
      const clause = clauseOf(norm, at);
      const parties = own
        .filter(
          ({ q, state }) =>
            state ||
            (q.cs >= clause[0] && q.ce <= clause[1]) ||
            CHINA_SIDE.test(norm.slice(...clauseOf(norm, q.cs))),
        )
        .map(({ q }) => q.id);
      let p = partnerIn(cat, norm[k] ?? "", named, parties);
      while (k - at <= 3 && !covered(k) && p) {
        partners.push(p === EUROPE ? union : p);
        p = partnerIn(cat, norm[++k] ?? "", named, parties);
      }
      const end = partners.length > 0 ? dealingsEnd(norm, k) : -1;
      if (end < 0) continue;
      if (STOPPED_OR_CONFLICT.test(norm.slice(end))) continue;
      for (const p of partners)
        push({
          type: "COOPERATES_WITH",
          source: "Country:中国",
          target: p,
          method: "pattern",
          confidence: 0.7,
          cs: at,
          ce: end,
        });
    }
  },
};
