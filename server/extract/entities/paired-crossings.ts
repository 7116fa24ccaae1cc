import { hanRunBefore } from "../clauses";
import { COUNTED, DESCRIPTIVE, GENERIC_MORPHEMES, PARTNER_ABBREVIATIONS, STRONG_STOPS } from "../lexicon";
import type { Names } from "./names";
import { PROPER_PIECE_TAG, tagWindow } from "./segmenter";
import type { EntityRule } from "./types";

/**
 * A border crossing written with its counterpart across the border, the two names joined by a dash before
 * one shared head (格罗杰科沃-绥芬河口岸, 友谊关——友谊国际口岸, 某某—苍岭铁路口岸): each side names a port of
 * entry. norm writes the dashes as - (one or two).
 */
const PAIR = /-{1,2}([\u4e00-\u9fff]{2,6}?)((?:铁路|公路|陆路)?口岸)/g;
/** Characters that end the text before a crossing's name: particles, prepositions, route words, conjunctions. */
const BEFORE_NAME = /[的是在了为将把对从自由经向往至到与和及、等以于]/;
/** 国际 before the head belongs to a crossing's name (友谊国际口岸) but is no proof of one: the tests read the name without it. */
const INTERNATIONAL = "国际";

/** Words of two characters or more that no crossing's name holds: time words (周一), verbs (推进, 通关),
 * adjectives (高效), distinguishing words (一站式), idioms (先易后难), adverbs, numerals, pronouns, function words. */
const COMMON_WORD = /^(t|v|a|b|i|d|m|q|f|r|c|p|u)/;
/** Tags of modifiers (adjectives, numerals, measure words, distinguishing words): a noun follows them. */
const MODIFIER_WORD = /^(a|b|m|q)/;

/** Whether a character is a partner country's one-character short name (俄, 蒙, 哈 of the catalog; 尼 …). */
const isPartner = (n: Names, ch: string) => Boolean(n.cat.countryAbbr.get(ch) ?? PARTNER_ABBREVIATIONS[ch]);

/**
 * The start of a first side read back on the segmenter's words: after the last verb, time word, adverb or
 * other clause word of two characters or more (年内开放霍洛布尔, 并未讨论卡纳斯), as crossing-names does; null
 * after a modifier.
 */
function afterClauseWords(norm: string, start: number, end: number, n: Names): number | null {
  const words = tagWindow(norm, start, end, n.cat);
  for (let i = words.length - 1; i >= 0; i--) {
    const w = words[i];
    // after an adjective, numeral or distinguishing word comes the noun it modifies (另一大重镇——某某口岸)
    if (w && w.word.length >= 2 && COMMON_WORD.test(w.tag)) return MODIFIER_WORD.test(w.tag) ? null : w.end;
  }
  return start;
}

/**
 * The first side of a pair ending at `end` (the dash): the characters after the last word that cannot be
 * inside a name (a particle, a route word, a clause verb, a place such as 中国 or 俄罗斯), two to six of
 * them; else null.
 */
function firstSide(norm: string, end: number, n: Names): number | null {
  const from = hanRunBefore(norm, end, 10);
  let start = from;
  for (let i = end - 1; i >= from; i--) {
    if (BEFORE_NAME.test(norm[i] ?? "")) {
      start = i + 1;
      break;
    }
  }
  // a clause word before the name (开通, 通过, 位于: name-boundaries.json strong) ends the text before it
  for (const w of STRONG_STOPS) {
    const at = w.length > 1 ? norm.lastIndexOf(w, end - 1) : -1;
    if (at >= start && at + w.length <= end) start = at + w.length;
  }
  // 蒙方毕其格图, 哈方阿腾科里: a partner's short name + 方 ("the Mongolian side") ends the text before the name
  for (let i = end - 2; i > start; i--)
    if (norm[i] === "方" && isPartner(n, norm[i - 1] ?? "")) {
      start = i + 1;
      break;
    }
  const after = afterClauseWords(norm, start, end, n);
  if (after === null) return null;
  start = after;
  const places = n.placesIn(norm.slice(start, end));
  const lastPlace = places.at(-1);
  if (lastPlace && lastPlace.end < end - start) start += lastPlace.end;
  // 中越友谊关: a bilateral pair before the name (中 and a partner's short name) is no part of it
  if (end - start >= 4 && n.bilateralPairAt(norm, start)) start += 2;
  return end - start >= 2 && end - start <= 6 ? start : null;
}

/** Proper or unknown pieces of a transliterated or local name (阿腾/x, 罗杰/nr, 科沃/nrt, 东宁/ns, 鲁比/j). */
const PROPER = /^(x|nr|nrt|nz|ns|j)/;

/**
 * Whether a side reads as a name on the segmenter's words: no common word of two characters or more, and a
 * proper or unknown piece of two characters or more (or single characters only, 某甲乙); one dictionary word
 * that is no proper noun (边检/j, 人员/n) is a common word.
 */
function properPieces(bare: string, n: Names): boolean {
  const words = tagWindow(bare, 0, bare.length, n.cat);
  const long = words.filter((w) => w.word.length >= 2);
  if (long.some((w) => COMMON_WORD.test(w.tag))) return false;
  if (words.length === 1 && !PROPER_PIECE_TAG.test(words[0]?.tag ?? "")) return false;
  return long.length === 0 || long.some((w) => PROPER.test(w.tag));
}

/**
 * Whether `name` may stand for a crossing: not a known place (a route's origin: 昆明—磨憨口岸) unless its
 * port is catalogued (友谊关口岸), no generic, descriptive, counting or clause word, and proper pieces
 * (properPieces: 周一-周五口岸, 通关-物流口岸, 高效-便捷口岸 give none).
 */
function crossingName(name: string, head: string, n: Names): boolean {
  const known = n.cat.resolve(`${name}${head}`, ["Port"]);
  if (known?.startsWith("Port:")) return true;
  if (n.placesIn(name).length > 0) return false;
  const bare = name.endsWith(INTERNATIONAL) ? name.slice(0, -INTERNATIONAL.length) : name;
  if (!properPieces(bare, n)) return false;
  return (
    bare.length >= 2 &&
    !GENERIC_MORPHEMES.test(bare) &&
    !DESCRIPTIVE.test(bare) &&
    !COUNTED.test(bare) &&
    !STRONG_STOPS.some((w) => w.length > 1 && name.includes(w))
  );
}

/** Whether a side is a known place or a catalogued port's name (珲春, 友谊关), not a name read in this document. */
function known(name: string, head: string, n: Names): boolean {
  if (n.startsWithPlace(name)?.len === name.length) return true;
  const id = n.cat.resolve(`${name}${head}`, ["Port"]);
  return id !== undefined && n.cat.get(id)?.inCatalog === true;
}

/**
 * Two sides of two characters each, neither a known place nor a catalogued port nor a word the segmenter
 * tags as a place (线上-线下, 抖音-快手, 冷链-医药: words the segmenter may not know): a pair of common words,
 * no pair of crossings; 东兴-芒街 (东兴/ns) is a pair.
 */
function twoCommonSides(first: string, second: string, head: string, n: Names): boolean {
  if (first.length !== 2 || known(first, "口岸", n) || placeWord(first, n)) return false;
  const bare = second.endsWith(INTERNATIONAL) ? second.slice(0, -INTERNATIONAL.length) : second;
  return bare.length === 2 && !known(second, head, n) && !placeWord(bare, n);
}

/** Whether the segmenter reads a side as one place name (东兴/ns, 河口/ns) though the catalog lacks it (review22v). */
function placeWord(side: string, n: Names): boolean {
  const words = tagWindow(side, 0, side.length, n.cat);
  return words.length === 1 && /^ns/.test(words[0]?.tag ?? "");
}

/**
 * Paired crossings: A-B口岸 names the port A口岸 (the first side keeps the plain head 口岸: 格罗杰科沃口岸)
 * and B口岸 when no earlier rule read it (友谊国际口岸: 国际 before the head belongs to the name). The first
 * side must be an unseen name or a catalogued port's; a known city or province before the dash is a route's
 * origin (昆明—磨憨口岸), not a crossing.
 */
export const pairedCrossings: EntityRule = {
  name: "paired-crossings",
  type: "Port",
  priority: 1,
  find({ norm, n, cands, add }) {
    for (const m of norm.matchAll(PAIR)) {
      const dash = m.index ?? 0;
      const second = m[1] ?? "";
      const head = m[2] ?? "";
      const bs = dash + m[0].length - head.length - second.length;
      const ce = bs + second.length + head.length;
      const start = firstSide(norm, dash, n);
      if (start === null) continue;
      const first = norm.slice(start, dash);
      if (!crossingName(first, "口岸", n) || twoCommonSides(first, second, head, n)) continue;
      const id = n.cat.resolve(`${first}口岸`, ["Port"]) ?? n.resolveOrRegister("Port", `${first}口岸`);
      add({ id, cs: start, ce: dash, method: "pattern" });
      const read = cands.some((c) => c.id.startsWith("Port:") && c.ce === ce && c.cs >= bs);
      if (read || !crossingName(second, head, n)) continue;
      add({ id: n.resolveOrRegister("Port", `${second}${head}`), cs: bs, ce, method: "pattern" });
    }
  },
};
