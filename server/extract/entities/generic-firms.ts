import { readLexicon } from "../lexicon";
import type { Names } from "./names";
import type { Mention } from "./types";

const lex = readLexicon<{ heads: string[]; lineWords: string[] }>("generic-firms.json");
const byLength = (a: string, b: string): number => b.length - a.length;
/** A name made only of business-line words (none or more) before a company head (data/lexicon/generic-firms.json). */
const LINES_ONLY = new RegExp(
  `^(?:${[...lex.lineWords].sort(byLength).join("|")})*(?:${lex.heads.join("|")})$`,
);
/** A foreign country's place id (中国 writes its own firms' names). */
const FOREIGN = (id: string): boolean => id.startsWith("Country:") && id !== "Country:中国";

/**
 * The kind of firm `name` names, if it names no one firm: trade words only (科技开发有限公司), or a foreign
 * country before trade words or the head alone (某国食品公司, 某国公司), whose country is returned to be kept.
 * A Chinese place before them (某省物流公司, 某市分公司: a state firm or a branch) names one firm.
 */
function kindOfFirm(name: string, n: Names): { country?: { id: string; len: number } } | null {
  const place = n.startsWithPlace(name);
  if (!place) return LINES_ONLY.test(name) ? {} : null;
  return FOREIGN(place.id) && LINES_ONLY.test(name.slice(place.len)) ? { country: place } : null;
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
    const kind = kindOfFirm(norm.slice(m.cs, m.ce), n);
    if (!kind) continue;
    const c = kind.country;
    if (c) out[k] = { id: c.id, cs: m.cs, ce: m.cs + c.len, method: "catalog", parts: [] };
    else out.splice(k, 1);
  }
}
