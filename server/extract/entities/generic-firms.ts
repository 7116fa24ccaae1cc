import { readLexicon } from "../lexicon";
import type { Names } from "./names";
import type { Mention } from "./types";

const lex = readLexicon<{ heads: string[]; lineWords: string[] }>("generic-firms.json");
const byLength = (a: string, b: string): number => b.length - a.length;
/** A name made only of business-line words before a company head (data/lexicon/generic-firms.json). */
const LINES_ONLY = new RegExp(
  `^(?:${[...lex.lineWords].sort(byLength).join("|")})*(?:${lex.heads.join("|")})$`,
);
/** A company head alone. */
const HEAD_ONLY = new RegExp(`^(?:${lex.heads.join("|")})$`);

/** Whether `name` names a kind of firm: no place and trade words only, a foreign country and trade words, or a place alone. */
function kindOfFirm(name: string, n: Names): boolean {
  const place = n.startsWithPlace(name);
  const rest = place ? name.slice(place.len) : name;
  if (!LINES_ONLY.test(rest)) return false;
  if (!place || HEAD_ONLY.test(rest)) return true;
  return place.id.startsWith("Country:") && place.id !== "Country:中国";
}

/**
 * Drops (in place) pattern-found companies that name a kind of firm rather than one firm (一家某国食品公司,
 * 知名中介公司, 科技开发有限公司, 某市分公司): data/lexicon/generic-firms.json. A name with a word of its own
 * (某某科技有限公司) or a Chinese place before its trade words (某省物流公司) is kept.
 */
export function dropGenericFirms(norm: string, out: Mention[], n: Names): void {
  for (let k = out.length - 1; k >= 0; k--) {
    const m = out[k];
    if (m?.method !== "pattern" || !m.id.startsWith("Organization:")) continue;
    if (kindOfFirm(norm.slice(m.cs, m.ce), n)) out.splice(k, 1);
  }
}
