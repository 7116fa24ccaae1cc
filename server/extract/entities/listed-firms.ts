import { clauseStart } from "../clauses";
import { FIRM_RANKS, NOT_FIRM_ENDS } from "../lexicon";
import { tagWords } from "./segmenter";
import type { EntityRule } from "./types";

/** A count of firms: 多家, 30家, 50余家, 100多家, 几家. */
const FIRM_COUNT = "(?:多|(?:\\d+|[一二三四五六七八九十百几]+)[余多]?)家";
/**
 * What closes a list of firms: 等, a count, a rank of firms (data/lexicon/org-boundaries.json) and the
 * noun; or 等 and a count of firms whose noun comes a few words later (等50余家日本企业, 等100多家香港企业).
 */
const LIST_END = new RegExp(
  `等(?:${FIRM_COUNT})?(?:${FIRM_RANKS})?(?:企业|公司)|等${FIRM_COUNT}[^，,。；;！？、\n]{0,16}?(?:企业|公司|机构)`,
  "g",
);
/** The verb before the first firm (吸引了空客, 吸引到空客, 邀请了中银国际, 支持奇瑞汽车). */
const FIRST_VERB = /^.*(吸引(?:到|了)?|引进(?:到|了)?|邀请(?:了)?|支持|包括|如|有)/;
/** Tags of a clause's words (verbs, prepositions, particles, conjunctions, adverbs, pronouns): a first item
 * with no verb before it that holds one is the clause itself (品类为富士康), no firm's name. */
const CLAUSE_WORD = /^(v|vd|p|u[a-z]*|c|d|r)$/;
/** Tags of a common word (a noun, a verb or verbal noun, a distinguishing word, an adjective): a list opening its
 * clause with one such word alone lists kinds of firms (物流、仓储等重点企业, 制造、零售等企业), not firms. */
const KIND_WORD = /^(n|v|vn|b|a)$/;
/** A park or a zone among the firms (航空动力产业园) is no firm (org-boundaries.json notFirmEnds). */
const NOT_FIRM = new RegExp(`(?:${NOT_FIRM_ENDS.join("|")})$`);

/**
 * Firms listed before 等多家…企业: 吸引了空客、四川国际航空、川航维修基地等多家重点企业入驻,
 * 邀请了A、B、C等100多家香港及境外企业; a list may also open its clause (。A、B、C等重点企业相继增资),
 * its first item then holding no clause word (品类为A、B等企业: the clause, not a firm) and being no common word
 * alone (物流、仓储等重点企业: kinds of firms, the whole list left).
 */
export const listedFirms: EntityRule = {
  name: "listed-firms",
  type: "Organization",
  priority: 0,
  find({ norm, n, add }) {
    for (const m of norm.matchAll(LIST_END)) {
      const end = m.index ?? 0;
      const a = clauseStart(norm, end);
      const body = norm.slice(a, end);
      if (!body.includes("、")) continue;
      let off = a;
      const pieces = body.split("、");
      for (const [pi, piece] of pieces.entries()) {
        const cs = off;
        off += piece.length + 1;
        let name = piece;
        let s0 = cs;
        if (pi === 0) {
          // the first item follows the verb (吸引了空客, 吸引到空客) or opens the clause (。丰田、本田等…企业)
          const v = FIRST_VERB.exec(piece);
          const words = v ? [] : tagWords(piece, n.cat);
          if (words.length === 1 && KIND_WORD.test(words[0]?.tag ?? "")) break;
          if (words.some((w) => CLAUSE_WORD.test(w.tag))) continue;
          name = piece.slice(v?.[0].length ?? 0);
          s0 = cs + (v?.[0].length ?? 0);
        }
        if (!/^[\u4e00-\u9fffA-Za-z]{2,12}$/.test(name) || NOT_FIRM.test(name)) continue;
        if (n.cat.resolve(name)) continue;
        if (n.placesIn(name).some((p) => p.start === 0 && p.end === name.length)) continue;
        const id = n.ensure("Organization", name);
        add({ id, cs: s0, ce: s0 + name.length, method: "pattern" });
      }
    }
  },
};
