/**
 * Places opening a quoted name, brand or designation (a ship's “地中海X”, “迪拜周”, “贵州造”, “江苏经验”): a country,
 * region, province or city that opens the quoted words and is followed by more of them names that word, not the
 * place (the issue's precision rule: an alias inside a longer name is not a mention; the sets' conventions: a place
 * written only inside a name is not an entity). A quote that is the place alone (“扎伊桑”), a list or route in quotes
 * (“太原+大同”, “长春-满洲里-欧洲”), a quoted phrase of running text (punctuation, 的, 与…) and a place after other
 * quoted words (“逛欧洲”, a verb before it) keep their places.
 */
import { CONJUNCTION_CHARS, charClassBody, NAME_FUNCTION_CHARS } from "../lexicon";
import type { Mention } from "./types";

/** The place types a quoted name may hold. */
const PLACE = /^(?:Country|Province|City):/;
/** Opening and closing quotation marks. */
const OPEN = "“‘「『";
const CLOSE = "”’」』";
/** The longest quoted name read, in characters. */
const MAX_QUOTE = 14;
/** What makes the quoted words a list, a route or running text rather than one name. */
const BREAK = new RegExp(
  `[\\s${charClassBody(OPEN + CLOSE + NAME_FUNCTION_CHARS + CONJUNCTION_CHARS)},.;:!?，。；：！？·・—–\\-+&/／＋]`,
);

/** The quoted words that [cs, ce) opens (right after a quotation mark, up to its closing mark), or null. */
function quoteOpenedBy(norm: string, cs: number, ce: number): string | null {
  const open = OPEN.indexOf(norm[cs - 1] ?? "");
  if (open < 0) return null;
  const close = norm.indexOf(CLOSE[open] ?? "", ce);
  if (close < 0 || close - cs > MAX_QUOTE) return null;
  return norm.slice(cs, close);
}

/** Removes (in place) places that are only part of a quoted name. */
export function dropQuotedPlaces(norm: string, out: Mention[]): void {
  if (!/[“‘「『]/.test(norm)) return;
  for (let k = out.length - 1; k >= 0; k--) {
    const m = out[k];
    if (!m || !PLACE.test(m.id)) continue;
    const inner = quoteOpenedBy(norm, m.cs, m.ce);
    if (inner === null || inner.length === m.ce - m.cs || BREAK.test(inner)) continue;
    out.splice(k, 1);
  }
}
