import { escapeRe, readLexicon } from "../lexicon";
import { FTA_WORDS, ftaId, partnerCountry } from "./fta-names";
import type { Names, Span } from "./names";
import type { EntityRule } from "./types";

const LEX = readLexicon<{
  heads: string[];
  catalogOnlyHeads: string[];
  dashes: string[];
  joiners: string[];
  bodyHeadsAfter: string[];
  listMarks: string[];
}>("party-named-agreements.json");
const CHINA = readLexicon<{ china: string[] }>("fta-names.json").china;
const HEAD = new RegExp([...LEX.heads, ...LEX.catalogOnlyHeads].map(escapeRe).join("|"), "g");
/** A body or event the agreement's name only qualifies (…自由贸易区商会, …FTA研究中心). */
const BODY_AFTER = new RegExp(`^(?:${LEX.bodyHeadsAfter.map(escapeRe).join("|")})`);
const FTA_HEAD = new RegExp(`^(?:${FTA_WORDS})$`);
/** The longest party name tried on either side of the separator. */
const MAX_PARTY = 8;

/** The party a written name stands for: China, a country or bloc (catalog or gazetteer), or a region such as 香港. */
function partyOf(n: Names, s: string): string | undefined {
  if (CHINA.includes(s)) return "Country:中国";
  const country = partnerCountry(n, s);
  if (country) return country;
  const region = n.cat.resolve(s, ["Province"]);
  return region?.startsWith("Province:") ? region : undefined;
}

/** The longest party name (two characters or more) ending at `end`, as a span. */
function partyEndingAt(n: Names, norm: string, end: number): Span | undefined {
  for (let k = Math.min(MAX_PARTY, end); k >= 2; k--) {
    const id = partyOf(n, norm.slice(end - k, end));
    if (id) return { id, cs: end - k, ce: end };
  }
  return undefined;
}

/**
 * The agreement's id: the catalog's agreement of a China pair when it has one (中国-东协FTA → 中国-东盟自由贸易协定),
 * the pattern 中国-X自由贸易协定 for a China pair written with an FTA word (as bilateral-ftas.ts), else the name as
 * written with a dash as "-" (泰国-印度FTA, 澳洲与香港自由贸易及投资协定); a catalog-only head names none otherwise.
 */
function agreementId(n: Names, a: Span, b: Span, name: string, head: string): string | undefined {
  const partner = a.id === "Country:中国" ? b.id : b.id === "Country:中国" ? a.id : undefined;
  const pairName = partner?.startsWith("Country:")
    ? `中国-${partner.slice("Country:".length)}自由贸易协定`
    : "";
  const known = n.cat.resolve(pairName || name, ["Agreement"]);
  if (known?.startsWith("Agreement:")) return known;
  if (LEX.catalogOnlyHeads.includes(head)) return undefined;
  if (partner?.startsWith("Country:") && FTA_HEAD.test(head)) return ftaId(n, partner);
  return n.ensure("Agreement", name);
}

/**
 * Whether the head ending at `end` stands inside a title that goes on after it: the title names another document
 * (《中国—东盟自由贸易区升级议定书》, 《关于启动中国—X自由贸易协定谈判的谅解备忘录》), not the agreement.
 */
function insideLongerTitle(norm: string, cs: number, end: number): boolean {
  return norm.lastIndexOf("《", cs) > norm.lastIndexOf("》", cs) && norm[end] !== "》";
}

/**
 * Whether the pair a…b names no agreement between them: two regions of one country (四川与重庆), parties joined by a
 * joiner after a list mark (与韩国和澳大利亚…, 同东盟、智利和秘鲁…: one side's partners), or a name that only
 * qualifies a body after it (中国—东盟自由贸易区商会).
 */
function notAPair(norm: string, a: Span, b: Span, sep: string, end: number): boolean {
  if (a.id.startsWith("Province:") && b.id.startsWith("Province:")) return true;
  if (LEX.joiners.includes(sep) && LEX.listMarks.includes(norm[a.cs - 1] ?? "")) return true;
  return BODY_AFTER.test(norm.slice(end));
}

/**
 * An agreement named by its two parties written in full before its head: 中国-东协FTA, 泰国-印度FTA,
 * 澳洲与香港自由贸易及投资协定, 中国—东盟自由贸易区 (party-named-agreements.json), with both parties as its parts
 * (named-parties.ts gives their ALIGNS_WITH). One-character compounds (中韩) are bilateral-ftas.ts's.
 */
export const partyNamedAgreements: EntityRule = {
  name: "party-named-agreements",
  type: "Agreement",
  priority: 2,
  find({ norm, n, add }) {
    for (const m of norm.matchAll(HEAD)) {
      const pos = m.index ?? 0;
      const b = partyEndingAt(n, norm, pos);
      if (!b) continue;
      const sep = [...LEX.dashes, ...LEX.joiners].find((s) => norm.slice(b.cs - s.length, b.cs) === s);
      const a = sep ? partyEndingAt(n, norm, b.cs - sep.length) : undefined;
      if (!sep || !a || a.id === b.id || insideLongerTitle(norm, a.cs, pos + m[0].length)) continue;
      if (notAPair(norm, a, b, sep, pos + m[0].length)) continue;
      const written = LEX.dashes.includes(sep) ? "-" : sep;
      const name = `${norm.slice(a.cs, a.ce)}${written}${norm.slice(b.cs, b.ce)}${m[0]}`;
      const id = agreementId(n, a, b, name, m[0]);
      if (id) add({ id, cs: a.cs, ce: pos + m[0].length, method: "pattern", parts: [a, b] });
    }
  },
};
