import type { Catalog } from "../catalog";
import { clauseStart } from "../clauses";
import { charClass, FIRM_RANKS, NAME_FUNCTION_CHARS, NOT_FIRM_ENDS, readLexicon } from "../lexicon";
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
/** data/lexicon/carrier-lists.json: nouns, qualifiers and first-item openers of lists of carriers. */
const CARRIERS = readLexicon<{
  carrierNouns: string[];
  carrierQualifiers: string[];
  carrierOpeners: string[];
  openerNotAfter: string[];
  openerNotBefore: string[];
  notAfterCount: string[];
  nounNotBefore: string[];
  notCarrierEnds: string[];
}>("carrier-lists.json");
/** What closes a list of carriers: 等 and an optional count, or a count right after the last name (not after
 * 这/另/第…: 这两家, 第三家), then an optional qualifier and a carriers' noun (等船公司, 等大型船企业, 等物流商,
 * 某某航运2家船公司). */
const CARRIER_END = new RegExp(
  `(?:等(?:${FIRM_COUNT})?|(?<=[\\u4e00-\\u9fff])(?<![${CARRIERS.notAfterCount.join("")}])(?:\\d+|[两三四五六七八九十])家)(?:${CARRIERS.carrierQualifiers.join("|")})?(?:${CARRIERS.carrierNouns.join("|")})`,
  "g",
);
/** A word right after the carriers' noun that makes it describe another noun (等物流企业负责人, 等船公司的,
 * 等航运企业所在港口): no list. Tested in code, so the noun cannot shrink to a shorter one (船企业 → 船企). */
const NOUN_NOT_BEFORE = new RegExp(`^(?:${CARRIERS.nounNotBefore.join("|")})`);
/** A route, a train or a port among the carriers (美西航线, 某某号, 某某港). */
const NOT_CARRIER = new RegExp(`(?:${CARRIERS.notCarrierEnds.join("|")})$`);
/** A conjunction or function word inside an item joins two names (某某和某某, 某某及某某): no one firm. */
const IN_NAME_STOP = charClass(NAME_FUNCTION_CHARS, "和与及或");
/** The verbs before the first firm (吸引了空客, 吸引到空客, 邀请了中银国际, 支持奇瑞汽车). */
const VERBS = "吸引(?:到|了)?|引进(?:到|了)?|邀请(?:了)?|支持|包括|如|有";
/** The verb before the first firm. */
const FIRST_VERB = new RegExp(`^.*(${VERBS})`);
/** The verb or opener before the first carrier (与某某、某某等船公司; 以及某某航运、某某等大型船企业). */
const FIRST_CARRIER = new RegExp(
  `^.*(${VERBS}|(?<![${CARRIERS.openerNotAfter.join("")}])(?:${CARRIERS.carrierOpeners.join("|")})(?![${CARRIERS.openerNotBefore.join("")}]))`,
);
/** Tags of words no listed firm is: a common noun read as one word (货代, 银行, 家长), or a verb, adjective
 * or adverb of two characters or more inside the item (运价上涨, 舱位紧张; not the 新 of a brand). */
const COMMON_WORD = /^(n|nr?f|ng|vn|s|t)$/;
const PLAIN_WORD = /^(v|a|d|ad|vd|l|i)/;

/** Whether the item is a plain word or phrase rather than a firm's name (a proper or unknown word inside):
 * "hard" for a route, train or port, two names joined by a conjunction, or a verb, adjective or adverb
 * inside; "word" for one common word (which may still be a brand named like a word: 圆通, 大地). */
function plainItem(name: string, cat: Catalog): "hard" | "word" | false {
  if (NOT_CARRIER.test(name) || IN_NAME_STOP.test(name.slice(1))) return "hard";
  const words = tagWords(name, cat);
  if (words.some((w) => w.word.length >= 2 && PLAIN_WORD.test(w.tag))) return "hard";
  return words.length === 1 && COMMON_WORD.test(words[0]?.tag ?? "") ? "word" : false;
}

/** The items of a list that pass the shape filters: [name, start] (the first after the verb or opener). */
function listItems(norm: string, a: number, end: number, first: RegExp): [string, number][] {
  const out: [string, number][] = [];
  let off = a;
  for (const [pi, piece] of norm.slice(a, end).split("、").entries()) {
    const cs = off;
    off += piece.length + 1;
    let name = piece;
    let s0 = cs;
    if (pi === 0) {
      // the first item follows the verb (吸引了空客, 吸引到空客)
      const v = first.exec(piece);
      if (!v) continue;
      name = piece.slice(v[0].length);
      s0 = cs + v[0].length;
    }
    if (/^[\u4e00-\u9fffA-Za-z]{2,12}$/.test(name) && !NOT_FIRM.test(name)) out.push([name, s0]);
  }
  return out;
}

/** A park or a zone among the firms (航空动力产业园) is no firm (org-boundaries.json notFirmEnds). */
const NOT_FIRM = new RegExp(`(?:${NOT_FIRM_ENDS.join("|")})$`);

/**
 * Firms listed before 等多家…企业: 吸引了空客、四川国际航空、川航维修基地等多家重点企业入驻,
 * 邀请了A、B、C等100多家香港及境外企业; carriers listed before 等…船公司 or 等物流商 or a count of
 * carriers (由A、B两家船公司), the first after a verb of such lists or after 与, 以及, 继 or 由 as whole words
 * (积极与A、B等船公司配合; not 由于, 理由, 经由).
 */
export const listedFirms: EntityRule = {
  name: "listed-firms",
  type: "Organization",
  priority: 0,
  find({ norm, n, add }) {
    const ends = [...norm.matchAll(LIST_END)].map((m) => ({
      end: m.index ?? 0,
      first: FIRST_VERB,
      carrier: false,
    }));
    if (/等|家/.test(norm))
      for (const m of norm.matchAll(CARRIER_END))
        if (!NOUN_NOT_BEFORE.test(norm.slice((m.index ?? 0) + m[0].length)))
          ends.push({ end: m.index ?? 0, first: FIRST_CARRIER, carrier: true });
    for (const { end, first, carrier } of ends) {
      const a = clauseStart(norm, end);
      if (!norm.slice(a, end).includes("、")) continue;
      const items = listItems(norm, a, end, first).filter(
        ([name]) => !n.placesIn(name).some((p) => p.start === 0 && p.end === name.length),
      );
      const known = items.map(([name]) => Boolean(n.cat.resolve(name)));
      const plain = items.map(([name], i) => (carrier && !known[i] ? plainItem(name, n.cat) : false));
      // a lone common word among more proper names is a brand named like a word (顺丰、圆通、中通)
      const words = plain.filter((p) => p === "word").length;
      const keepWords = words > 0 && plain.filter((p) => p === false).length > words;
      for (const [i, [name, s0]] of items.entries()) {
        if (known[i] || plain[i] === "hard" || (plain[i] === "word" && !keepWords)) continue;
        const id = n.ensure("Organization", name);
        add({ id, cs: s0, ce: s0 + name.length, method: "pattern" });
      }
    }
  },
};
