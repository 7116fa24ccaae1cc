/**
 * Companies named by a Latin brand right before a company head (MG集团, 3M公司, ABB集团, ABC集团有限公司): the
 * brand is a run of Latin letters and digits opening with a capital or a digit and holding a capital, not inside
 * a longer Latin run, not a word that names a kind of business or a placeholder (IT公司, AIGC公司, P2P公司, XX公司,
 * ST公司: data/lexicon/latin-brands.json generic), a legal form written in Latin (Ltd公司) or a period (Q3, TOP10),
 * and not after a classifier or a count (一家AIGC公司, 多家EDA公司, 这类APP公司): those name a kind of company.
 */
import { LEGAL_FORMS, readLexicon } from "../lexicon";
import type { EntityRule } from "./types";

const lex = readLexicon<{ generic: string[]; latinLegalForms: string[] }>("latin-brands.json");
/** The company heads after the brand: 集团 or 股份 with a legal form or 公司 after them (as port-groups.ts), or 集团. */
const HEADS = `(?:集团|股份)?(?:${LEGAL_FORMS}|公司)|集团`;
/** A brand of two to eight Latin letters or digits (one capital at least), then a head; no Latin word before. */
const BRAND = new RegExp(`(?<![A-Za-z0-9&.\\-_'])([A-Za-z0-9&]{2,8})(?:${HEADS})`, "g");
const GENERIC = new Set([...lex.generic, ...lex.latinLegalForms].map((w) => w.toUpperCase()));
/** Placeholders and periods: XX, a quarter or half-year (Q3, H1), a ranking (TOP10). */
const PLACEHOLDER = /^(X+|[QH][1-4]|TOP\d+)$/i;
/** A count or a classifier right before the brand (一家, 十几家, 这些, 这类, 某种): a kind of company follows. */
const COUNTED = /(?:[一二两三四五六七八九十百千几多数这那某每各该]家|[些类种])$/;

/** Whether the Latin run `brand` starting at `cs` names one company. */
function isBrand(norm: string, brand: string, cs: number): boolean {
  if (!/^[A-Z0-9]/.test(brand) || !/[A-Z]/.test(brand)) return false;
  if (GENERIC.has(brand.toUpperCase()) || PLACEHOLDER.test(brand)) return false;
  const before = norm.slice(Math.max(0, cs - 3), cs);
  // a space-separated Latin phrase before (Dow Chemical Company) is a name written in Latin, not a brand here
  return !COUNTED.test(before) && !/[A-Za-z] $/.test(before) && !/\*$/.test(before);
}

export const latinBrandCompanies: EntityRule = {
  name: "latin-brand-companies",
  type: "Organization",
  priority: 1,
  find({ norm, n, add }) {
    if (!/[A-Za-z]/.test(norm)) return;
    for (const m of norm.matchAll(BRAND)) {
      const cs = m.index ?? 0;
      if (!isBrand(norm, m[1] ?? "", cs)) continue;
      add({ id: n.resolveOrRegister("Organization", m[0]), cs, ce: cs + m[0].length, method: "pattern" });
    }
  },
};
