/**
 * Clause words read into a body's name by a pattern rule: a verb or a counted ordinal inside the name
 * (孟庆文告诉中新社, 新加坡第三个政府) and a source preposition before it (据哈欧国际物流股份有限公司). The name
 * starts after them; a remainder that names no particular body (片区管委会, 政府) is dropped.
 */
import { alternatives, readLexicon } from "../lexicon";
import type { Names } from "./names";
import type { Mention } from "./types";

const lex = readLexicon<{ clauseVerbs: string[]; leads: string[]; genericStarts: string[] }>(
  "org-boundaries.json",
);
const VERB = alternatives(lex.clauseVerbs, "g");
const LEAD = new RegExp(`^(?:${lex.leads.join("|")})`);
const GENERIC_START = new RegExp(`^(?:${lex.genericStarts.join("|")})`);

/** Where the name really starts inside `name`: after its last clause verb, or after a leading 据. */
function cut(name: string): number {
  let at = LEAD.exec(name)?.[0].length ?? 0;
  for (const v of name.matchAll(VERB)) at = Math.max(at, (v.index ?? 0) + v[0].length);
  return at;
}

/** Trims (in place) pattern-found bodies whose name holds clause words; drops what names no body. */
export function trimOrganizations(norm: string, out: Mention[], n: Names): void {
  for (let k = out.length - 1; k >= 0; k--) {
    const m = out[k];
    if (m?.method !== "pattern" || !m.id.startsWith("Organization:")) continue;
    const name = norm.slice(m.cs, m.ce);
    const at = cut(name);
    if (at === 0) continue;
    const rest = name.slice(at);
    if (rest.length < 3 || GENERIC_START.test(rest)) {
      out.splice(k, 1);
      continue;
    }
    const id = n.resolveOrRegister("Organization", rest);
    out[k] = { ...m, id, cs: m.cs + at, parts: m.parts.filter((p) => p.cs >= m.cs + at) };
  }
}
