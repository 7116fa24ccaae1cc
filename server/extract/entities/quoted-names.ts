/**
 * Places opening a quoted name, brand or designation (“贵州造”, “江苏经验”, “迪拜周”, “福建样本”, a ship's “X号”): a
 * country, region, province or city that opens the quoted words names that word, not the place, when the rest of
 * the quote is a short designation tail (name-heads.json quotedNameTails). The issue's precision rule: an alias
 * inside a longer name is not a mention; the sets' conventions: a place written only inside a name is not an
 * entity. Everything else keeps its place: a quote that is the place alone (“扎伊桑”), lists and routes
 * (“太原+大同”, “昆明至曼谷”), place phrases (“广西凭祥”) and quoted statements (“广东要当好排头兵”).
 */
import { QUOTED_NAME_TAILS, readLexicon } from "../lexicon";
import type { Mention } from "./types";

/** The place types a quoted name may hold. */
const PLACE = /^(?:Country|Province|City):/;
/** Opening and closing quotation marks. */
const OPEN = "“‘「『";
const CLOSE = "”’」』";
/** The longest quoted name read, in characters. */
const MAX_QUOTE = 14;
/** Vessel words (name-heads.json shipWords: 轮, 货轮, 邮轮, 集装箱船 …). */
const SHIP_WORDS = readLexicon<{ shipWords: string[] }>("name-heads.json").shipWords;
/** The rests of a quote that make it one name. */
const TAILS = new Set(QUOTED_NAME_TAILS);

/** The quoted words that [cs, ce) opens (right after a quotation mark, up to its closing mark), or null. */
function quoteOpenedBy(norm: string, cs: number, ce: number): string | null {
  const open = OPEN.indexOf(norm[cs - 1] ?? "");
  if (open < 0) return null;
  // the closing mark is looked for only within the longest quoted name
  const close = norm.slice(0, cs + MAX_QUOTE + 1).indexOf(CLOSE[open] ?? "", ce);
  if (close < 0) return null;
  return norm.slice(cs, close);
}

/** A vessel's word right after a quoted name (“某某”轮, “某某”号货轮, “某·某”号国际邮轮): the quote names a ship. */
const SHIP_AFTER = new RegExp(`^(?:号)?(?:国际|豪华)?(?:${SHIP_WORDS.join("|")})`);

/** The end (closing mark) of a quote holding [cs, ce) and followed by a vessel's word, or -1. */
function shipQuoteEnd(norm: string, cs: number, ce: number): number {
  const from = Math.max(0, cs - MAX_QUOTE);
  const before = norm.slice(from, cs);
  const open = Math.max(...[...OPEN].map((c) => before.lastIndexOf(c)));
  if (open < 0 || [...CLOSE].some((c) => before.indexOf(c, open) >= 0)) return -1;
  const mark = CLOSE[OPEN.indexOf(before[open] ?? "")] ?? "";
  const close = norm.slice(0, from + open + MAX_QUOTE + 2).indexOf(mark, ce);
  return close >= 0 && SHIP_AFTER.test(norm.slice(close + 1, close + 8)) ? close : -1;
}

/** Removes (in place) places that are only part of a quoted name or of a ship's quoted name. */
export function dropQuotedPlaces(norm: string, out: Mention[]): void {
  if (!/[“‘「『]/.test(norm)) return;
  for (let k = out.length - 1; k >= 0; k--) {
    const m = out[k];
    if (!m || !PLACE.test(m.id)) continue;
    const inner = quoteOpenedBy(norm, m.cs, m.ce);
    const named = inner !== null && TAILS.has(inner.slice(m.ce - m.cs));
    if (named || shipQuoteEnd(norm, m.cs, m.ce) >= 0) out.splice(k, 1);
  }
}
