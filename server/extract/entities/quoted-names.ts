/**
 * Places opening a quoted name, brand or designation (“贵州造”, “江苏经验”, “迪拜周”, “福建样本”, a ship's “X号”): a
 * country, region, province or city that opens the quoted words names that word, not the place, when the rest of
 * the quote is a short designation tail (name-heads.json quotedNameTails). The issue's precision rule: an alias
 * inside a longer name is not a mention; the sets' conventions: a place written only inside a name is not an
 * entity. A quote that a vessel's word follows (“新青岛”轮, “某某”号货轮) is a ship's name and drops every place
 * inside it, unless it holds a route separator or the vessel's word opens another word (“烟台—大连”轮渡,
 * “中国”轮值主席国). Everything else keeps its place: a quote that is the place alone (“扎伊桑”), lists and
 * routes (“太原+大同”, “昆明至曼谷”), place phrases (“广西凭祥”) and quoted statements (“广东要当好排头兵”).
 */
import { charClassBody, OPEN_QUOTES as OPEN, QUOTED_NAME_TAILS, readLexicon } from "../lexicon";
import type { Mention } from "./types";

/** The place types a quoted name may hold. */
const PLACE = /^(?:Country|Province|City):/;
/** Closing quotation marks, in the order of their opening ones (lexicon.ts OPEN_QUOTES). */
const CLOSE = "”’」』";
/** The longest quoted name read, in characters. */
const MAX_QUOTE = 14;
/** Vessel words (name-heads.json shipWords: 轮, 货轮, 邮轮 …), what they must not run into, route separators. */
const SHIPS = readLexicon<{ shipWords: string[]; shipWordNotOpening: string[]; shipNameNotHolding: string }>(
  "name-heads.json",
);
/** The rests of a quote that make it one name. */
const TAILS = new Set(QUOTED_NAME_TAILS);

/**
 * The quote enclosing [cs, ce) as [opening mark, closing mark], or null: the nearest opening mark before cs
 * with no closing mark between, and its closing mark after ce, within the longest quoted name read.
 */
function enclosingQuote(norm: string, cs: number, ce: number): [number, number] | null {
  let open = -1;
  for (let i = cs - 1; i >= Math.max(0, cs - MAX_QUOTE); i--) {
    const c = norm[i] ?? "";
    if (CLOSE.includes(c)) return null;
    if (OPEN.includes(c)) {
      open = i;
      break;
    }
  }
  if (open < 0) return null;
  const mark = CLOSE[OPEN.indexOf(norm[open] ?? "")] ?? "";
  const last = Math.min(norm.length - 1, open + MAX_QUOTE + 1);
  for (let i = ce; i <= last; i++) if (norm[i] === mark) return [open, i];
  return null;
}

/** The quoted words that [cs, ce) opens (right after a quotation mark, up to its closing mark), or null. */
function quoteOpenedBy(norm: string, cs: number, ce: number): string | null {
  const quote = enclosingQuote(norm, cs, ce);
  return quote && quote[0] === cs - 1 ? norm.slice(cs, quote[1]) : null;
}

/**
 * A vessel's word right after a quoted name (“某某”轮, “某某”号货轮, “某·某”号国际邮轮) that ends its word (not
 * a whole word that opens with it: 轮渡, 轮值, 轮流, 邮轮港, name-heads.json shipWordNotOpening): the quote names a ship.
 */
const SHIP_AFTER = new RegExp(
  `^(?:号)?(?:国际|豪华)?(?!${SHIPS.shipWordNotOpening.join("|")})(?:${SHIPS.shipWords.join("|")})`,
);
/** A route separator (—, 至): a quote holding one is a route, never a ship's name. */
const ROUTE_MARK = new RegExp(`[${charClassBody(SHIPS.shipNameNotHolding)}]`);

/** True when [cs, ce) is inside a quote that names a ship (a vessel's word follows it, no route inside). */
function inShipName(norm: string, cs: number, ce: number): boolean {
  const quote = enclosingQuote(norm, cs, ce);
  if (!quote) return false;
  const [open, close] = quote;
  return SHIP_AFTER.test(norm.slice(close + 1, close + 10)) && !ROUTE_MARK.test(norm.slice(open + 1, close));
}

/** Removes (in place) places that are only part of a quoted name or of a ship's quoted name. */
export function dropQuotedPlaces(norm: string, out: Mention[]): void {
  if (!/[“‘「『]/.test(norm)) return;
  for (let k = out.length - 1; k >= 0; k--) {
    const m = out[k];
    if (!m || !PLACE.test(m.id)) continue;
    const inner = quoteOpenedBy(norm, m.cs, m.ce);
    const named = inner !== null && TAILS.has(inner.slice(m.ce - m.cs));
    if (named || inShipName(norm, m.cs, m.ce)) out.splice(k, 1);
  }
}
