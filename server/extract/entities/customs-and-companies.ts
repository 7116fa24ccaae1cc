import { hanRunBefore, insideTitle } from "../clauses";
import {
  COUNTED_BODIES,
  COUNTED_PARTIES,
  entityAlt,
  FIRM_COUNT,
  FIRM_RANKS,
  GROUP_HEAD_STOP,
  QUANTIFIER,
  STRONG_STOPS,
} from "../lexicon";
import type { Names } from "./names";
import { tagWords } from "./segmenter";
import type { EntityRule } from "./types";

/** Words of a description of firms (的, 媲美, 领先, the ranks of firms as a class, counts such as 一家,
 * 多家, 三家 (lexicon.ts COUNTED_BODIES) and 两大 of 某某和某某两大集团, conjunctions, 同/跟 right after a company's head: 甲集团同乙集团). */
const DESCRIPTION = new RegExp(
  `的|媲美|领先|${FIRM_RANKS}|${COUNTED_BODIES}|${FIRM_COUNT}|[和与及、]|(?:集团|公司)[同跟]`,
);

/** 建设 before a business line (建设运营, 建设投资): part of a firm's name, not a verb. */
const BUSINESS_LINE = new RegExp(`建设(?=${entityAlt("companyBusinessLines")})`, "g");
/** A class of firms closing a prefix (跨境电商企业, 龙头): apposition, not a parent company. */
const CLASS_OF_FIRMS = new RegExp(`(${entityAlt("companyClassHeads")})$`);
/** 海关, or a company's head closing a place-led name (有限公司, 公司, 集团). */
const HEAD = new RegExp(`海关|(${entityAlt("companyHeads")})`, "g");

/** 可与香港和新加坡媲美的领先跨国公司, 机器人领军企业X公司: a description, not a name; nor a phrase with a stop word,
 * nor one holding a verb that makes the group its object (某港联合成立某港口集团: name-heads.json groupHeadStops). */
function badCompany(name: string): boolean {
  // 建设 as a business line (西安X建设运营有限公司, 城市建设投资集团) is part of a firm's name, not a verb
  const plain = name.replace(BUSINESS_LINE, "营造");
  return (
    DESCRIPTION.test(plain) || STRONG_STOPS.some((w) => plain.includes(w)) || GROUP_HEAD_STOP.test(plain)
  );
}

/** Nouns, proper nouns and abbreviations: the words a parent company's short name is made of. */
const NOUN = /^(n|nz|nt|ns|j)$/;

/**
 * The start of a company's name led by a place at `cs`, moved back over a parent company's short name
 * that opens the run of Han text (国铁南宁局沿海铁路公司, 中远海运港口阿布扎比码头有限公司): two to six
 * characters of nouns only, no stop or count word; else `cs`.
 */
function parentStart(norm: string, cs: number, n: Names): number {
  const run = hanRunBefore(norm, cs, 8);
  if (/[\u4e00-\u9fff]/.test(norm[run - 1] ?? "")) return cs;
  // a preposition may open the run (据国铁…公司介绍)
  const from = /^[据由从在与和及经向对为是将把被]/.test(norm.slice(run, cs)) ? run + 1 : run;
  const prefix = norm.slice(from, cs);
  if (prefix.length < 2 || prefix.length > 6) return cs;
  if (QUANTIFIER.test(prefix) || STRONG_STOPS.some((w) => prefix.includes(w))) return cs;
  // 跨境电商企业内蒙古…公司: a class of firms in apposition, not a parent company
  if (CLASS_OF_FIRMS.test(prefix)) return cs;
  return tagWords(prefix, n.cat).every((w) => NOUN.test(w.tag)) ? from : cs;
}

/**
 * Organisations: X海关, place-led company names (内蒙古新远景集团有限公司), with a parent company's
 * short name before the place (国铁南宁局沿海铁路公司).
 */
export const customsAndCompanies: EntityRule = {
  name: "customs-and-companies",
  type: "Organization",
  priority: 1,
  find({ norm, n, add }) {
    for (const m of norm.matchAll(HEAD)) {
      const k = m.index ?? 0;
      // 《新加坡海关法》: inside a title the name is part of the title (a law), not an organisation
      if (/^[法条规令]/.test(norm.slice(k + m[0].length)) && insideTitle(norm, k)) continue;
      const from = hanRunBefore(norm, k, m[1] ? 20 : 6);
      const places = n.placesIn(norm.slice(from, k));
      // a company starts at the first place whose name runs to the head without a stop word or
      // a conjunction (中国铁路南宁局集团有限公司; not 北京以视频方式出席二十国集团), customs at the last
      const clean = (p: { start: number }) => {
        const name = norm.slice(from + p.start, k + m[0].length);
        // conjunctions inside place names (呼和浩特) do not count
        const blanked = n
          .placesIn(name)
          .reduce((s, q) => s.slice(0, q.start) + "地".repeat(q.end - q.start) + s.slice(q.end), name);
        return !badCompany(blanked) && !n.placeAfterPreposition(name);
      };
      let pick = m[1] ? places.find(clean) : places[places.length - 1];
      if (!pick) continue;
      // 中国与澳大利亚两国海关: a count names the customs of several places, not one body
      if (!m[1] && COUNTED_PARTIES.test(norm.slice(from + pick.end, k))) continue;
      // a foreign country before the company's own place is no part of its name (希腊比雷埃夫斯港口公司)
      const next = places[places.indexOf(pick) + 1];
      if (m[1] && next?.start === pick.end && /^Country:(?!中国$)/.test(pick.id)) pick = next;
      const at = from + pick.start;
      if (k - at < (m[1] ? 2 : pick.end - pick.start)) continue;
      if (m[1] && k - (from + pick.end) < 2) continue;
      const cs = m[1] ? parentStart(norm, at, n) : at;
      add(n.placeLedOrganisation(norm, cs, k + m[0].length, pick, from));
    }
  },
};
