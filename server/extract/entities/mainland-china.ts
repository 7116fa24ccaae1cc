import { HAN } from "../clauses";
import { CLAUSE_LINKS, CLAUSE_TIMES, COPULA_ADVERBS, readLexicon } from "../lexicon";
import type { EntityRule } from "./types";

const LEX = readLexicon<{
  surface: string;
  causes: string[];
  regions: string[];
  joiners: string[];
  jointAdverbs: string[];
  auxiliaries: string[];
  verbs: string[];
  partnerJoiners: string[];
  dateMarks: string[];
}>("mainland-china.json");
const REGION = `(?:${LEX.joiners.join("|")})(?:${LEX.regions.join("|")})`;
/**
 * What opens the clause before the word: no Han character (a mark, the text's start), a date (2019年, 9月), a clause
 * time or link word (目前, 同时), a cause (因为), or a region joined to it (台湾和…).
 */
const OPENS = new RegExp(
  `(?:(?<!${HAN.source})|\\d\\s*[年月日]|${CLAUSE_TIMES}|${CLAUSE_LINKS}|${LEX.causes.join("|")}|` +
    `(?:${LEX.regions.join("|")})(?:${LEX.joiners.join("|")}))$`,
);
/** A date after 于 (于2021年9月; mainland-china.json dateMarks). */
const ON_DATE = `(?:${LEX.dateMarks.join("|")})${String.raw`\s*\d[\d\s年月日]*[年月日]`}`;
/** The act's partner after the date: 与/同 and a short phrase with no mark, space or line break, 的 nor 大陆 (与东盟等14国). */
const PARTNER = `(?:${LEX.partnerJoiners.join("|")})(?:(?!${LEX.surface})[^，,。；;：:、的\\s]){1,12}?`;
/**
 * An agreement act after the word: a region joined to it, adverbs, a date after 于, a partner (与东盟等14国), an
 * auxiliary (有), then a party verb that no 的 follows.
 */
const FOLLOWS = new RegExp(
  `^(?:${REGION})?(?:${COPULA_ADVERBS}|${LEX.jointAdverbs.join("|")})*(?:${ON_DATE})?(?:${PARTNER})?(?:${LEX.auxiliaries.join("|")})?` +
    `(?:${LEX.verbs.join("|")})(?!的)`,
);

/**
 * China written as bare 大陆 (texts of Taiwan, Hong Kong and Macao: 大陆与台湾先后申请加入…, 同年11月，大陆签署…) as
 * the subject of an agreement act: Country:中国 (lexicon mainland-china.json). The word must open its clause and a
 * party verb must follow it; 欧洲大陆, 中国大陆, 大陆桥, 大陆经济, 大陆申请者, 大陆签订的合同 are none.
 */
export const mainlandChina: EntityRule = {
  name: "mainland-china",
  type: "Country",
  priority: 2,
  find({ norm, add, cands }) {
    for (let cs = norm.indexOf(LEX.surface); cs >= 0; cs = norm.indexOf(LEX.surface, cs + 1)) {
      const ce = cs + LEX.surface.length;
      if (!OPENS.test(norm.slice(Math.max(0, cs - 6), cs)) || !FOLLOWS.test(norm.slice(ce, ce + 36)))
        continue;
      if (cands.some((c) => c.cs < ce && c.ce > cs)) continue;
      add({ id: "Country:中国", cs, ce, method: "pattern" });
    }
  },
};
