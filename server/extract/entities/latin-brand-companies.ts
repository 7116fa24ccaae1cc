/**
 * Companies named by a Latin brand right before a company head (MG集团, 3M公司, ABB集团): the brand is a run of
 * Latin letters and digits with at least one capital letter, not inside a longer Latin run, and not a word that
 * names a kind of business (IT公司, AI公司, PPP公司: data/lexicon/latin-brands.json generic).
 */
import { readLexicon } from "../lexicon";
import type { EntityRule } from "./types";

const lex = readLexicon<{ heads: string[]; generic: string[] }>("latin-brands.json");
const HEADS = [...lex.heads].sort((a, b) => b.length - a.length).join("|");
/** A brand of two to eight Latin letters or digits (one capital at least), then a head; no Latin word before. */
const BRAND = new RegExp(`(?<![A-Za-z0-9&.\\-_'])([A-Za-z0-9&]{2,8})(?:${HEADS})`, "g");
const GENERIC = new Set(lex.generic.map((w) => w.toUpperCase()));

export const latinBrandCompanies: EntityRule = {
  name: "latin-brand-companies",
  type: "Organization",
  priority: 1,
  find({ norm, n, add }) {
    if (!/[A-Za-z]/.test(norm)) return;
    for (const m of norm.matchAll(BRAND)) {
      const brand = m[1] ?? "";
      if (!/[A-Z]/.test(brand) || GENERIC.has(brand.toUpperCase())) continue;
      const cs = m.index ?? 0;
      // a space-separated Latin phrase before (Dow Chemical Company) is a name written in Latin, not a brand here
      if (/[A-Za-z] $/.test(norm.slice(Math.max(0, cs - 2), cs))) continue;
      add({ id: n.resolveOrRegister("Organization", m[0]), cs, ce: cs + m[0].length, method: "pattern" });
    }
  },
};
