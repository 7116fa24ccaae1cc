import { clauseStart } from "../clauses";
import { FIRM_RANKS } from "../lexicon";
import { tagWords } from "./segmenter";
import type { EntityContext, EntityRule } from "./types";

/** Nouns of firms of one trade or role that close a list as 企业 does (车企, 出口大户, 家电厂商). */
const FIRM_NOUNS = "厂商|车企|药企|航企|房企|大户";
/** A count of firms: 多家, 30家, 50余家, 100多家, 几家. */
const FIRM_COUNT = "(?:多|(?:\\d+|[一二三四五六七八九十百几]+)[余多]?)家";
/**
 * What closes a list of firms: 等, a count, a rank of firms (data/lexicon/org-boundaries.json) and the
 * noun; or 等 and a count of firms whose noun comes a few words later (等50余家日本企业, 等100多家香港企业).
 */
const LIST_END = new RegExp(
  `等(?:${FIRM_COUNT})?(?:${FIRM_RANKS})?(?:企业|公司)|等${FIRM_COUNT}[^，,。；;！？、\n]{0,16}?(?:企业|公司|机构)|等(?:${FIRM_COUNT})?[\u4e00-\u9fff]{0,4}?(?:${FIRM_NOUNS})`,
  "g",
);
/** Tags no first firm of a list holds when no verb opens it (近年来累计…: a time word and a verb). */
const NOT_A_NAME = /^(v|t|p|d|c|r|m|f|q|u)/;
/** The verb before the first firm (吸引了空客, 吸引到空客, 邀请了中银国际, 支持奇瑞汽车). */
const FIRST_VERB = /^.*(吸引(?:到|了)?|引进(?:到|了)?|邀请(?:了)?|支持|包括|如|有)/;
/** A park or a zone among the firms (航空动力产业园) is no firm. */
const NOT_FIRM = /(?:产业园|园区|工业园|开发区|新区|片区|中心)$/;

/** Tags of a brand's words: person and proper names, organisations, abbreviations, unknown words. */
const BRAND_TAG = /^(nr|nrt|nz|nt|j|x)$/;

/**
 * A first item with no verb before it names a firm only when it is short, all its words may be a name's,
 * and one is a brand's word or a place leading more words (格兰仕, 嘉圣物流, 中远海运; not 港口, 海关, 物流).
 */
function bareFirst(piece: string, n: EntityContext["n"]): boolean {
  if (piece.length > 6) return false;
  const words = tagWords(piece, n.cat);
  if (words.some((w) => NOT_A_NAME.test(w.tag))) return false;
  return words.some((w, i) => BRAND_TAG.test(w.tag) || (w.tag === "ns" && i < words.length - 1));
}

/**
 * Firms listed before 等多家…企业: 吸引了空客、四川国际航空、川航维修基地等多家重点企业入驻,
 * 邀请了A、B、C等100多家香港及境外企业.
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
          // the first item follows the verb (吸引了空客, 吸引到空客), or opens the clause itself
          // (东风汽车、吉利汽车等企业入驻) when it holds no verb, time word or function word
          const v = FIRST_VERB.exec(piece);
          if (!v && !bareFirst(piece, n)) continue;
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
