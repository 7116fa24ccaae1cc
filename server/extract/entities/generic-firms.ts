import { COUNTED_BODIES_BEFORE, LEGAL_FORMS, readLexicon } from "../lexicon";
import { isForeignCountryId } from "./foreign-firm-countries";
import type { Names } from "./names";
import type { Mention } from "./types";

const lex = readLexicon<{ heads: string[]; lineWords: string[] }>("generic-firms.json");
const byLength = (a: string, b: string): number => b.length - a.length;
/** Business-line words (none or more) as a regex source (data/lexicon/generic-firms.json lineWords). */
const LINES = `(?:${[...lex.lineWords].sort(byLength).join("|")})*`;
/** A name made only of business-line words before a legal form or a bare head (有限公司, 公司, 分公司). */
const LINES_ONLY = new RegExp(`^${LINES}(?:${LEGAL_FORMS}|${lex.heads.join("|")})$`);
/** The same before a bare head only (公司, 分公司): no registered name in its legal form. */
const LINES_BARE = new RegExp(`^${LINES}(?:${lex.heads.join("|")})$`);

/**
 * The kind of firm `name` names, if it names no one firm: trade words only (科技开发有限公司), or a foreign
 * country before trade words or the head alone (某国食品公司, 某国公司), whose country is returned to be kept;
 * after a country a legal form (某国能源有限公司) is a registered name unless a count opens it (`counted`:
 * 一家某国贸易有限公司). A Chinese place before them (某省物流公司, 某市分公司: a state firm or a branch) names one firm.
 */
function kindOfFirm(
  name: string,
  counted: boolean,
  n: Names,
): { country?: { id: string; len: number } } | null {
  const place = n.startsWithPlace(name);
  if (!place) return LINES_ONLY.test(name) ? {} : null;
  const rest = name.slice(place.len);
  const kind = counted ? LINES_ONLY.test(rest) : LINES_BARE.test(rest);
  return isForeignCountryId(place.id) && kind ? { country: place } : null;
}

/**
 * Drops (in place) pattern-found companies that name a kind of firm rather than one firm (一家某国食品公司,
 * 知名中介公司, 科技开发有限公司, 某国公司): data/lexicon/generic-firms.json; a foreign country before them stays
 * a Country mention. A name with a word of its own (某某科技有限公司) or a Chinese place before it (某省物流公司,
 * 某市分公司) is kept.
 */
export function dropGenericFirms(norm: string, out: Mention[], n: Names): void {
  for (let k = out.length - 1; k >= 0; k--) {
    const m = out[k];
    if (m?.method !== "pattern" || !m.id.startsWith("Organization:")) continue;
    const counted = COUNTED_BODIES_BEFORE.test(norm.slice(Math.max(0, m.cs - 6), m.cs));
    const kind = kindOfFirm(norm.slice(m.cs, m.ce), counted, n);
    if (!kind) continue;
    const c = kind.country;
    if (c) out[k] = { id: c.id, cs: m.cs, ce: m.cs + c.len, method: "catalog", parts: [] };
    else out.splice(k, 1);
  }
}
