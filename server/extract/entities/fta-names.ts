/**
 * Names of bilateral free trade agreements, on the catalog's pattern 中国-X自由贸易协定
 * (data/catalog/agreements.json): the pair written before the agreement word in the ways news write
 * it (中国-X, X-中国, X中国, 中国X, 中X and X中 with a one-character abbreviation) and formal titles
 * (中华人民共和国政府和X共和国政府自由贸易协定). The words are data/lexicon/fta-names.json; shared by
 * bilateral-ftas.ts and agreement-titles.ts.
 */
import { hanRunBefore } from "../clauses";
import { PARTNER_ABBREVIATIONS, readLexicon } from "../lexicon";
import type { Names, Span } from "./names";
import { worldName } from "./world-countries";

const LEX = readLexicon<{
  ftaWords: string[];
  china: string[];
  government: string;
  joiners: string[];
  stateForms: string[];
  pairWords: string[];
  chinaSubjects: string[];
  chinaRegionsAfter: string[];
  frameOpeners: string[];
  frameClosers: string[];
  frameOpenersAlone: string[];
  frameSubjectNotHeads: string[];
}>("fta-names.json");
/** Words after a one-character pair that is its clause's subject (中格两国, 中秘双方). */
export const PAIR_WORDS: readonly string[] = LEX.pairWords;
/** Names of China that open or close a pair joined by a joiner (中国大陆与…, …与我国). */
export const CHINA_SUBJECTS: readonly string[] = LEX.chinaSubjects;
/** Regions of China that a China word right before them only locates (中国香港, 中国台湾; fta-names.json). */
export const CHINA_REGIONS_AFTER: readonly string[] = LEX.chinaRegionsAfter;
/**
 * A fronted time frame: a clause opened by 在/自/从/随着 and closed by 后/时/起/以来, or opened by 随着 alone
 * (随着与中国的自由贸易协定生效; fta-names.json frameOpeners, frameClosers, frameOpenersAlone).
 */
export const TIME_FRAME = new RegExp(
  `^(?:(?:${LEX.frameOpeners.join("|")})[^]*(?:${LEX.frameClosers.join("|")})|(?:${LEX.frameOpenersAlone.join("|")})[^]*)$`,
);
/** Heads that make the country before them a modifier, not a subject (日本企业, 韩国媒体; fta-names.json). */
export const FRAME_SUBJECT_NOT_HEADS: readonly string[] = LEX.frameSubjectNotHeads;
/** The words joining the two parties of a pair (与, 和, 同, 跟). */
export const JOINERS: readonly string[] = LEX.joiners;
/** The word of a state's government (政府) ending a partner's name in a formal title. */
const GOVERNMENT_END = new RegExp(`${LEX.government}$`);

/** The words naming a free trade agreement (自由贸易协定, 自贸协定), as a regex source. */
export const FTA_WORDS = LEX.ftaWords.join("|");

/** A pair found before an agreement word: the partner and where the pair starts. */
export interface FtaPair {
  partner: string;
  cs: number;
  part: Span;
}

const asCountry = (id: string | undefined) =>
  id?.startsWith("Country:") && id !== "Country:中国" ? id : undefined;

/**
 * The country a name or a one-character abbreviation stands for, never China. An abbreviation is
 * first the partner of a bilateral agreement the document named in full (马尔代夫 … 马中自贸协定).
 */
export function partnerCountry(n: Names, s: string): string | undefined {
  if (s.length === 1) {
    if (s === "中") return undefined;
    const extra = PARTNER_ABBREVIATIONS[s];
    const id = asCountry(n.doc.ftaPartner(s) ?? n.cat.countryAbbr.get(s));
    return id ?? (extra ? partnerCountry(n, extra) : undefined);
  }
  const known = asCountry(n.cat.places.get(s) ?? n.cat.resolve(s, ["Country"]));
  const world = known ? undefined : worldName(s);
  return (
    known ?? (world ? asCountry(n.cat.resolve(world, ["Country"]) ?? n.ensure("Country", world)) : undefined)
  );
}

/**
 * The country a one-character abbreviation stands for when the passage named it in full shortly
 * before (中国与新西兰正式签署中新自贸协定升级议定书 → 新西兰, not the lexicon's 新加坡): the nearest
 * catalog country before `end` whose name starts with the character.
 */
function namedBefore(n: Names, norm: string, initial: string, end: number): string | undefined {
  const from = Math.max(0, end - 120);
  for (let i = norm.lastIndexOf(initial, end - 2); i >= from; i = norm.lastIndexOf(initial, i - 1)) {
    for (let k = Math.min(6, end - i); k >= 2; k--) {
      const s = norm.slice(i, i + k);
      const id = asCountry(n.cat.places.get(s) ?? n.cat.resolve(s, ["Country"]));
      if (id) return id;
    }
    if (i === 0) break;
  }
  return undefined;
}

/** The partner a one-character abbreviation ending at `end` stands for (see namedBefore, partnerCountry). */
function initialPartner(n: Names, norm: string, initial: string, at: number): string | undefined {
  return namedBefore(n, norm, initial, at) ?? partnerCountry(n, initial);
}

/** The longest country name (two characters or more) that ends `s`, with its length. */
function countrySuffix(n: Names, s: string): { id: string; len: number } | null {
  for (let i = 0; i < s.length - 1; i++) {
    const id = partnerCountry(n, s.slice(i));
    if (id) return { id, len: s.length - i };
  }
  return null;
}

/** The name of China that ends `s` (中国, 中华人民共和国, 中国大陆), if any. */
function chinaSuffix(s: string): string | undefined {
  return LEX.china.find((c) => s.endsWith(c));
}

/** 中国-X or X-中国 written before `pos`, with the dash at `dash`. */
function dashed(n: Names, norm: string, dash: number, pos: number): FtaPair | null {
  const right = norm.slice(dash + 1, pos);
  const left = norm.slice(hanRunBefore(norm, dash, 12), dash);
  if (LEX.china.includes(right)) {
    const c = countrySuffix(n, left);
    return c ? { partner: c.id, cs: dash - c.len, part: { id: c.id, cs: dash - c.len, ce: dash } } : null;
  }
  const china = chinaSuffix(left);
  const id = china ? partnerCountry(n, right) : undefined;
  return china && id ? { partner: id, cs: dash - china.length, part: { id, cs: dash + 1, ce: pos } } : null;
}

/** X中国, 中国X, 中X and X中 written as one run of characters ending at `pos`. */
function joined(n: Names, norm: string, pos: number): FtaPair | null {
  const from = hanRunBefore(norm, pos, 12);
  const run = norm.slice(from, pos);
  const china = chinaSuffix(run);
  if (china) {
    const c = countrySuffix(n, run.slice(0, run.length - china.length));
    if (!c) return null;
    const cs = pos - china.length - c.len;
    return { partner: c.id, cs, part: { id: c.id, cs, ce: cs + c.len } };
  }
  if (run.endsWith("中") && run.length >= 2) {
    const id = initialPartner(n, norm, run.slice(-2, -1), pos - 2);
    return id ? { partner: id, cs: pos - 2, part: { id, cs: pos - 2, ce: pos - 1 } } : null;
  }
  const ci = run.lastIndexOf("中");
  if (ci < 0) return null;
  let rest = run.slice(ci + 1);
  let skip = 1;
  if (rest.startsWith("国") && rest.length > 2) {
    rest = rest.slice(1);
    skip = 2;
  }
  const cs = from + ci;
  const id = rest.length === 1 ? initialPartner(n, norm, rest, cs) : partnerCountry(n, rest);
  return id ? { partner: id, cs, part: { id, cs: cs + skip, ce: pos } } : null;
}

/** The China + partner pair written right before `pos` (where an agreement word starts), if any. */
export function ftaPairBefore(n: Names, norm: string, pos: number): FtaPair | null {
  const from = hanRunBefore(norm, pos, 12);
  if (from < pos && norm[from - 1] === "-") return dashed(n, norm, from - 1, pos);
  return joined(n, norm, pos);
}

/**
 * Where China is written in full in a bilateral pair whose partner is `part`, both filling `head` (中国-X, X-中国,
 * 中国X, X中国; fta-names.json "china"): the span of China in `head`, or none when China is one character (中X).
 */
export function pairChina(head: string, part: Span): [number, number] | undefined {
  const before = head.slice(0, part.cs).replace(/-$/, "");
  if (LEX.china.includes(before)) return [0, before.length];
  const after = head.slice(part.ce).replace(/^-/, "");
  if (part.cs === 0 && LEX.china.includes(after)) return [head.length - after.length, head.length];
  return undefined;
}

/** The country a formal name stands for (厄瓜多尔共和国 → 厄瓜多尔), dropping its state form. */
function formalCountry(n: Names, s: string): string | undefined {
  const direct = partnerCountry(n, s);
  if (direct || s.length < 3) return direct;
  for (const f of LEX.stateForms) {
    if (s.endsWith(f) && s.length - f.length >= 2) {
      const id = partnerCountry(n, s.slice(0, -f.length));
      if (id) return id;
    }
  }
  return undefined;
}

/**
 * The parties of a formal title (中华人民共和国政府和塞尔维亚共和国政府自由贸易协定, or the partner's government first),
 * whose text without the agreement word is `head`, as spans of it: China where it is written (中华人民共和国)
 * and the partner with its state form (塞尔维亚共和国), each without 政府.
 */
export function formalFtaParties(
  n: Names,
  head: string,
): { partner: string; china: [number, number]; other: [number, number] } | undefined {
  const gov = LEX.government;
  const bare = head.endsWith(gov) ? head.slice(0, -gov.length) : head;
  for (const c of LEX.china) {
    for (const j of LEX.joiners) {
      for (const lead of [`${c}${gov}${j}`, `${c}${j}`])
        if (bare.startsWith(lead)) {
          const partner = formalCountry(n, bare.slice(lead.length));
          if (partner) return { partner, china: [0, c.length], other: [lead.length, bare.length] };
        }
      const tail = `${j}${c}`;
      if (bare.endsWith(tail)) {
        const own = bare.slice(0, -tail.length).replace(GOVERNMENT_END, "");
        const partner = formalCountry(n, own);
        if (partner) return { partner, china: [bare.length - c.length, bare.length], other: [0, own.length] };
      }
    }
  }
  return undefined;
}

/** The canonical agreement of China and `partner`: the catalogued one, else 中国-X自由贸易协定. */
export function ftaId(n: Names, partner: string, alias?: string): string {
  const name = `中国-${partner.slice("Country:".length)}自由贸易协定`;
  const known = n.cat.resolve(name, ["Agreement"]);
  if (known?.startsWith("Agreement:")) return known;
  return n.ensure("Agreement", name, alias && alias !== name ? { aliases: [alias] } : {});
}
