import { ADVERB_OR_DATE, escapeRe, GENERIC_AGREEMENT_TITLE, readLexicon, trigger } from "../lexicon";
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
  titleMarks: string[][];
  customsTerritoryKinds: string[];
  hearsayAfter: string[];
  pairCounts: string[];
  signedClose: string[];
  customsTerritories: string[];
}>("party-named-agreements.json");
const CHINA = readLexicon<{ china: string[] }>("fta-names.json").china;
/** Marks that may enclose a head written alone: the book-title marks (titleMarks) and the quotation marks an agreement's
 * name may be written in (agreement-titles.json quoteMarks). */
const TITLE_MARKS = [
  ...LEX.titleMarks,
  ...readLexicon<{ quoteMarks: string[][] }>("agreement-titles.json").quoteMarks,
];
const HEAD = new RegExp([...LEX.heads, ...LEX.catalogOnlyHeads].map(escapeRe).join("|"), "g");
/** A body or event the agreement's name only qualifies (…自由贸易区商会, …FTA研究中心). */
const BODY_AFTER = new RegExp(`^(?:${LEX.bodyHeadsAfter.map(escapeRe).join("|")})`);
const FTA_HEAD = new RegExp(`^(?:${FTA_WORDS})$`);
/** The longest party name tried on either side of the separator. */
const MAX_PARTY = 8;

/** A region of China that is a customs territory of its own (香港, 澳门, 台湾; party-named-agreements.json). */
function customsTerritory(n: Names, id: string): boolean {
  const kind = n.cat.get(id)?.properties.kind;
  return (
    LEX.customsTerritories.includes(id.slice("Province:".length)) ||
    LEX.customsTerritoryKinds.includes(`${kind}`)
  );
}

/**
 * The party a written name stands for: China, a country or bloc (catalog or gazetteer), or a region of China that is
 * a customs territory of its own (香港; not a mainland province such as 云南).
 */
function partyOf(n: Names, s: string): string | undefined {
  if (CHINA.includes(s)) return "Country:中国";
  const country = partnerCountry(n, s);
  if (country) return country;
  const region = n.cat.resolve(s, ["Province"]);
  return region?.startsWith("Province:") && customsTerritory(n, region) ? region : undefined;
}

/** The longest party name (two characters or more) ending at `end`, as a span. */
function partyEndingAt(n: Names, norm: string, end: number): Span | undefined {
  for (let k = Math.min(MAX_PARTY, end); k >= 2; k--) {
    const id = partyOf(n, norm.slice(end - k, end));
    if (id) return { id, cs: end - k, ce: end };
  }
  return undefined;
}

/** China's partner when one of the two parties is China, else undefined. */
function chinaPartner(a: Span, b: Span): string | undefined {
  return a.id === "Country:中国" ? b.id : b.id === "Country:中国" ? a.id : undefined;
}

/**
 * The agreement's id: the catalog's agreement of a China pair when it has one (中国-东协FTA → 中国-东盟自由贸易协定),
 * the pattern 中国-X自由贸易协定 for a China pair written with an FTA word (as bilateral-ftas.ts), else the name as
 * written with a dash as "-" (泰国-印度FTA, 澳洲与香港自由贸易及投资协定); a catalog-only head names none otherwise.
 */
function agreementId(n: Names, a: Span, b: Span, name: string, head: string): string | undefined {
  const partner = chinaPartner(a, b);
  const pairName = partner?.startsWith("Country:")
    ? `中国-${partner.slice("Country:".length)}自由贸易协定`
    : "";
  const known = n.cat.resolve(pairName || name, ["Agreement"]);
  if (known?.startsWith("Agreement:")) return known;
  if (LEX.catalogOnlyHeads.includes(head)) return undefined;
  if (partner?.startsWith("Country:") && FTA_HEAD.test(head)) return ftaId(n, partner);
  return n.ensure("Agreement", name);
}

/** The longest party name (two characters or more) starting at `start`, as a span. */
function partyStartingAt(n: Names, s: string, start: number): Span | undefined {
  for (let k = Math.min(MAX_PARTY, s.length - start); k >= 2; k--) {
    const id = partyOf(n, s.slice(start, start + k));
    if (id) return { id, cs: start, ce: start + k };
  }
  return undefined;
}

/**
 * The two parties that open a title joined by a joiner or dash, with only kind words of an agreement after them
 * (台湾与某国经济合作协定, 甲国—乙国投资保护协定; lexicon.ts GENERIC_AGREEMENT_TITLE: not a bare 协议 nor 停火协议), as
 * spans of the title; none for two regions of one country or one party twice.
 */
export function titlePair(n: Names, title: string): [Span, Span] | undefined {
  const a = partyStartingAt(n, title, 0);
  const sep = a && [...LEX.dashes, ...LEX.joiners].find((j) => title.startsWith(j, a.ce));
  const b = a && sep ? partyStartingAt(n, title, a.ce + sep.length) : undefined;
  if (!a || !b || a.id === b.id || !GENERIC_AGREEMENT_TITLE.test(title.slice(b.ce))) return undefined;
  return a.id.startsWith("Province:") && b.id.startsWith("Province:") ? undefined : [a, b];
}

/**
 * What may stand between the pair and its marked head: the pair's count (两国, 双方; pairCounts), dates and adverbs of a
 * stated act (lexicon.ts ADVERB_OR_DATE; no future time nor plan), a signing verb (triggers.json signed) and what may
 * close it (signedClose: 了, 的): 甲国与乙国两国于2017年正式签订的《自贸协定》.
 */
const SIGNED_GAP = new RegExp(
  `(?:${LEX.pairCounts.join("|")})?(?:${ADVERB_OR_DATE})*(?:${trigger("signed").source})(?:${LEX.signedClose.join("|")})?$`,
);
/** The longest gap read before a marked head. */
const MAX_GAP = 24;

/** Hearsay or a mere possibility after a marked head (…《自贸协定》的传闻, …纯属误传; hearsayAfter). */
const HEARSAY_AFTER = new RegExp(`^(?:${LEX.hearsayAfter.map(escapeRe).join("|")})`);

/**
 * The head written alone in title marks after the second party, right after it or past a date and a signing verb
 * (香港与东盟《自由贸易协定》, 甲国与乙国于2017年签订《自贸协定》; party-named-agreements.json titleMarks): where the
 * second party ends and where the closing mark ends, or none.
 */
function markedHead(norm: string, pos: number, head: string): { open: number; end: number } | undefined {
  const mark = TITLE_MARKS.find(([o, c]) => norm[pos - 1] === o && norm[pos + head.length] === c);
  if (!mark || HEARSAY_AFTER.test(norm.slice(pos + head.length + 1))) return undefined;
  const gap = SIGNED_GAP.exec(norm.slice(Math.max(0, pos - MAX_GAP), pos - 1))?.[0].length ?? 0;
  return { open: pos - 1 - gap, end: pos + head.length + 1 };
}

/**
 * The id of a pair's FTA whose title holds only the kind (香港与东盟《自由贸易协定》): the pattern of the catalog's
 * agreements, party-party自由贸易协定 with both parties' canonical names in the order written (the catalog's agreement
 * of the pair when it has one; China's pair as fta-names.ts names it).
 */
function markedId(n: Names, a: Span, b: Span, head: string): string | undefined {
  if (!FTA_HEAD.test(head)) return undefined;
  const partner = chinaPartner(a, b);
  if (partner?.startsWith("Country:")) return ftaId(n, partner);
  const name = (s: Span) => s.id.slice(s.id.indexOf(":") + 1);
  return n.resolveOrRegister("Agreement", `${name(a)}-${name(b)}自由贸易协定`);
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
      const marked = markedHead(norm, pos, m[0]);
      const b = partyEndingAt(n, norm, marked ? marked.open : pos);
      if (!b) continue;
      const sep = [...LEX.dashes, ...LEX.joiners].find((s) => norm.slice(b.cs - s.length, b.cs) === s);
      const a = sep ? partyEndingAt(n, norm, b.cs - sep.length) : undefined;
      const end = marked ? marked.end : pos + m[0].length;
      if (!sep || !a || a.id === b.id || (!marked && insideLongerTitle(norm, a.cs, end))) continue;
      if (notAPair(norm, a, b, sep, end)) continue;
      const written = LEX.dashes.includes(sep) ? "-" : sep;
      const name = `${norm.slice(a.cs, a.ce)}${written}${norm.slice(b.cs, b.ce)}${m[0]}`;
      const id = marked ? markedId(n, a, b, m[0]) : agreementId(n, a, b, name, m[0]);
      if (id) add({ id, cs: a.cs, ce: end, method: "pattern", parts: [a, b] });
    }
  },
};
