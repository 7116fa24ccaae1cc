import { charClass, LONG_WORD_NEXT, longestAlternatives, readLexicon } from "../lexicon";
import type { Names } from "./names";
import { DEPUTY_LEAD, officerTitle } from "./officer-titles";
import { tagWords } from "./segmenter";
import type { Candidate, EntityRule } from "./types";

const lex = readLexicon<{
  titles: string[];
  heads: string[];
  mergedHeads: string[];
  notAfter: string[];
  fieldStops: string;
  deictic: string;
  runLeads: string[];
  genericOpeners: string[];
  personOpeners: string;
  personOpenerWords: string[];
  portfolioJoiners: string[];
  portfolioHeads: string[];
}>("titled-bodies.json");
/** A title ending in 长, then no character that makes 长 open another word (局长三角, 厅长达: titles.json). */
const titleAlt = (t: string) => (t.endsWith("长") ? `${t}(?![${LONG_WORD_NEXT}])` : t);
/**
 * An officer's title (titles.json officers and this rule's own: 会长, 厅长, 校长…) with its optional deputy mark,
 * then no word the title only opens (部长级, 会长期).
 */
const TITLE = new RegExp(
  `${officerTitle(lex.titles, titleAlt)}(?!${longestAlternatives(lex.notAfter)})`,
  "g",
);
/** After a title: a list of titles or people (局长、副局长, 董事长兼总经理, 会长，某某, 会长一行, 关长等, 会长及秘书长),
 * a placeholder name (某某, 王某), a Latin name (会长Lee) or the titled person speaking (关长表示). */
const LISTED_OR_PLACEHOLDER =
  /^(?:[、兼，,]|一行|等|及|[A-Z][a-z]|表示|指出|介绍|[\u4e00-\u9fff]{0,2}某(?![些种个项类]))/;
/** A person's name right after a title: a common surname and a given name (刘某某, 马建成), a compound surname
 * or a common given name of a Tibetan, Uyghur or Mongolian officer (欧阳某, 扎西某某). */
const PERSON_OPENING = new RegExp(
  `^(?:[${lex.personOpeners}][\u4e00-\u9fff]|${longestAlternatives(lex.personOpenerWords)})`,
);
/** Tags of a person's name (the tagger's names: 约翰/nrt, 陈建国/nr). */
const NAME_TAG = /^(nr|nrt|nrfg)$/;

/**
 * Whether a person holds the title ending at `at` (the words before then name a body): a list mark, a
 * placeholder name, or a person's name follows (not 长约400米, 长年出口, 主任医师: finding of release 19).
 */
function personAfter(norm: string, n: Names, at: number): boolean {
  const rest = norm.slice(at, at + 6);
  if (LISTED_OR_PLACEHOLDER.test(rest) || PERSON_OPENING.test(rest)) return true;
  const w = tagWords(rest, n.cat)[0];
  return !!w && w.start === 0 && NAME_TAG.test(w.tag);
}

const HEAD = new RegExp(`(?:${longestAlternatives(lex.heads)})$`);
const MERGED = new Set(lex.mergedHeads);
const FIELD_STOP = charClass(lex.fieldStops);
const DEICTIC = new RegExp(`^[${lex.deictic}]`);
/** Names other rules give to a place's port, zone or corridor (某省(某市)国际陆港, 新亚欧大陆桥): a chain they
 * cover is theirs, not a body's opening. */
const COVERING = /^(DevZone|Area|FreeTradeZone|Port|Corridor):/;
const PLACE = /^(Province|City|Country):/;
/** What may link two places of one name: a dash (某国—中国商会) or a bracket (某省(某市)国际陆港). */
const LINK = /^[—–\-·]?$/;
/** Bodies other rules name (zones, ports, organisations): a field holding one belongs to that rule. */
const OWNED = /^(DevZone|Area|FreeTradeZone|Port|Organization|Corridor):/;
/** Tags of a numeral, a classifier or a pronoun in a field. */
const COUNTED = /^(m|q|r)$/;
/** A conjunction inside a field is the name's own (商务及经济发展局) unless a place follows it (a list). */
const CONJ = /[与及和]/g;
const MAX_FIELD = 12;
const RUN_LEAD = new RegExp(`^(?:${longestAlternatives(lex.runLeads)})`);
const GENERIC_OPENER = new RegExp(`^(?:${longestAlternatives(lex.genericOpeners)})`);
/** Tags of words no body's run holds: time, adverb, pronoun, numeral, preposition,
 * particle, verb, locality (a conjunction may stand inside a name: 开发与口岸办公室). */
const NOT_OPENING = /^(t|d|r|m|q|p|u[a-z]*|v|f|y|e)$/;
/** Tags of a first word that is a proper name: person-like or place-like names and place words (吉隆/nr,
 * 东海岸/s); not nz, j or x, which the tagger gives sector compounds (跨境电商, 外商投资, 自贸). */
const PROPER_OPENING = /^(nr|nrt|nrfg|ns|s)$/;
/** Zones, ports, corridors and bodies of other rules across a run: the run is theirs. */
const RUN_OWNED = /^(DevZone|Area|FreeTradeZone|Port|Corridor|Organization|Province|City|Country):/;

/**
 * The start of a body no place opens: the Han run before its head (after a clause mark, or after a lead
 * word such as 据, 包括, 特邀), two to twelve characters before the head, opening with a word that can open a
 * name (吉隆海关, 东海岸经济特区发展理事会, 某北车务段), never an elliptical local body (市商务局) or a class of
 * bodies (当地海关, 相关公司), and holding no place or name another rule read.
 */
function runStart(
  norm: string,
  n: Names,
  cands: readonly Candidate[],
  hs: number,
  head: string,
): number | null {
  let s = hs;
  while (s > 0 && /[\u4e00-\u9fff]/.test(norm[s - 1] ?? "")) s--;
  // a lead word of two characters or more may stand inside the run (某网站特邀某大学…): the name starts after it
  for (const w of lex.runLeads) {
    const k = w.length > 1 ? norm.slice(s, hs).lastIndexOf(w) : -1;
    if (k >= 0) s += k + w.length;
  }
  s += RUN_LEAD.exec(norm.slice(s, hs))?.[0].length ?? 0;
  const field = norm.slice(s, hs);
  if (field.length < 2 || field.length > MAX_FIELD || FIELD_STOP.test(field)) return null;
  // a zone's committee by the zone's short form (合作区执委会, 某经开区管委会) is the zone rules' to name
  if (/区$/.test(field) && /委/.test(head)) return null;
  if (/^(?:自治区|[省市区县州盟旗镇乡])/.test(field) || GENERIC_OPENER.test(field) || DEICTIC.test(field))
    return null;
  if (cands.some((o) => o.cs < hs && o.ce > s && RUN_OWNED.test(o.id))) return null;
  // a run opening with a sector (数字经济研究院, 跨境电商协会) names a class of bodies, not one
  if (cands.some((o) => o.cs === s && o.id.startsWith("Industry:"))) return null;
  // every word of the run is a name's (no time word, adverb, verb or pronoun: 某某早前陪同财政司)
  const words = tagWords(field + head, n.cat);
  const first = words[0];
  if (!first || first.end > field.length || words.some((w) => NOT_OPENING.test(w.tag))) return null;
  // the run opens with a proper name (吉隆/nr, 东海岸/s), not a sector's common noun (物流公司, 港务局, 商务局:
  // the elliptical or generic bodies the sets leave out)
  if (!(PROPER_OPENING.test(first.tag) || coordinatedPortfolios(words, head)) || field.includes("政府"))
    return null;
  return s;
}

/** Tags of a portfolio's words: nouns, verbal nouns, idioms and abbreviations (商务, 经济发展局, 物流). */
const PORTFOLIO_TAG = /^(n[a-z]*|vn|l|j)$/;

/**
 * Whether the run names a bureau's portfolios joined by a conjunction (商务及经济发展局, 交通及物流局): the joined
 * fields make a body's full name, not the elliptical or generic body one sector word names (商务局, 港务局).
 * Only the conjunction and heads of titled-bodies.json portfolioJoiners and portfolioHeads (及; 局, 署, 司): a
 * local body joined by 和 (住房和城乡建设局) without its place is elliptical, a 部 may be a company's department.
 */
function coordinatedPortfolios(words: readonly { word: string; tag: string }[], head: string): boolean {
  if (!lex.portfolioHeads.some((h) => head.endsWith(h))) return false;
  const k = words.findIndex((w) => w.tag === "c" && lex.portfolioJoiners.includes(w.word));
  if (k < 1 || k >= words.length - 1) return false;
  // a body's head before the last word makes the run a list of bodies (公司和海关局), not one body's portfolios
  if (words.slice(0, -1).some((w) => HEAD.test(w.word))) return false;
  return words.every((w, i) => i === k || PORTFOLIO_TAG.test(w.tag));
}

/** The places written back to back (or linked by a dash or a bracket) ending at `end`, first one first. */
function placeChain(cands: readonly Candidate[], norm: string, end: number): Candidate[] {
  const out: Candidate[] = [];
  let at = end;
  while (out.length < 3) {
    const p = cands.find((c) => PLACE.test(c.id) && c.ce <= at && at - c.ce <= 1 && c.cs < c.ce);
    if (!p) break;
    const gap = norm.slice(p.ce, at);
    if (!LINK.test(gap) && !/^[)）]$/.test(gap)) break;
    out.unshift(p);
    at = /^[(（]$/.test(norm[p.cs - 1] ?? "") ? p.cs - 1 : p.cs;
  }
  return out;
}

/**
 * The places opening a body whose head starts at `hs`: the nearest chain before the head; for a branch's
 * head (分站, 分中心) right after a place, the chain before the body the branch belongs to (某省某站某地分站).
 */
function opening(
  cands: readonly Candidate[],
  norm: string,
  hs: number,
  branch: boolean,
): { chain: Candidate[]; fs: number; branch: boolean } | null {
  let skipped = false;
  for (let fs = hs; fs >= hs - MAX_FIELD; fs--) {
    const chain = placeChain(cands, norm, fs);
    if (chain.length === 0) continue;
    if (!(branch && fs === hs) || skipped) return { chain, fs, branch: skipped };
    skipped = true;
    fs = chain[0]?.cs ?? fs;
  }
  return null;
}

/** The field between the places and the head: Han words with no stop, no list, no place, no other rule's name. */
function fieldOk(
  norm: string,
  n: Names,
  cands: readonly Candidate[],
  open: { fs: number; branch: boolean },
  hs: number,
): boolean {
  const field = norm.slice(open.fs, hs);
  if (FIELD_STOP.test(field) || /[^\u4e00-\u9fff]/.test(field)) return false;
  if ([...field.matchAll(CONJ)].some((c) => n.startsWithPlace(field.slice((c.index ?? 0) + 1)))) return false;
  if (!open.branch && n.placesIn(field).length > 0 && !/[与及和]/.test(field)) return false;
  // a count or a pronoun (深圳一家公司, 广州某公司, 这家公司) tells an unnamed body; an ordinal (第一) is a name's
  if (field && tagWords(field, n.cat).some((w) => COUNTED.test(w.tag) && !w.word.startsWith("第")))
    return false;
  return !cands.some((o) => o.cs >= open.fs && o.cs < hs && OWNED.test(o.id));
}

/** A district's body already read (某区政务服务局) right after its city: the city opens the name (某市某区…局). */
function districtBody(
  norm: string,
  cands: readonly Candidate[],
  n: Names,
  fs: number,
  ce: number,
  last: Candidate,
): boolean {
  if (!last.id.startsWith("City:")) return false;
  return cands.some(
    (o) =>
      o.id.startsWith("Organization:") &&
      o.cs === fs &&
      o.ce === ce &&
      n.startsWithPlace(norm.slice(o.cs, o.ce)),
  );
}

/** The body's end before a title at `at`: the title's first character when it is the head written once. */
function headEnd(norm: string, at: number, title: string): number {
  const bare = title.replace(DEPUTY_LEAD, "");
  return MERGED.has(bare) && title === bare && !norm.endsWith(bare[0] ?? "", at) ? at + 1 : at;
}

/**
 * Bodies named in an officer's title: a place (or places linked by a dash or a bracket) opens the name,
 * a field of up to twelve characters and a body's head close it, and an officer's title follows
 * (某市港口管理局局长某某, 某市港口管理局长某某, 某地律师会会长某某, 某国—中国商会会长). The title before a
 * person tells the words before it name a body, so the place may follow any word (出席者包括某市…局长).
 * A field holding a party committee, a second title, a clause word, a zone or body of another rule, or a
 * conjunction before a place (a list) gives no body.
 */
export const titledBodies: EntityRule = {
  name: "titled-bodies",
  type: "Organization",
  priority: 1,
  find({ norm, clean, n, cands, add }) {
    if (!norm.includes("长") && !norm.includes("主任") && !norm.includes("总裁")) return;
    for (const m of norm.matchAll(TITLE)) {
      const at = m.index ?? 0;
      if (!personAfter(norm, n, at + m[0].length)) continue;
      const ce = headEnd(norm, at, m[0]);
      const before = norm.slice(Math.max(0, ce - MAX_FIELD - 8), ce);
      const head = HEAD.exec(before)?.[0];
      if (!head) continue;
      const hs = ce - head.length;
      const open = opening(cands, norm, hs, head.startsWith("分"));
      if (!open) {
        const rs = head.startsWith("分") ? null : runStart(norm, n, cands, hs, head);
        if (rs !== null)
          add({ id: n.resolveOrRegister("Organization", norm.slice(rs, ce)), cs: rs, ce, method: "pattern" });
        continue;
      }
      // a country before its city only places the city (希腊某港务局 names 某港务局, as the sets write it)
      const city = open.chain[0]?.id.startsWith("Country:") && open.chain[1]?.id.startsWith("City:");
      const chain = city ? open.chain.slice(1) : open.chain;
      const first = chain[0];
      const last = chain.at(-1);
      if (!first || !last || DEICTIC.test(norm.slice(first.cs, first.ce))) continue;
      // a place right after a body's head is a unit's field (某市长办公室中国事务部), not the opening of a name
      if (HEAD.test(norm.slice(Math.max(0, first.cs - 5), first.cs))) continue;
      if (cands.some((o) => COVERING.test(o.id) && o.cs <= first.cs && o.ce > last.ce)) continue;
      if (hs - open.fs + head.length < 2) continue;
      if (!districtBody(norm, cands, n, open.fs, ce, last) && !fieldOk(norm, n, cands, open, hs)) continue;
      // the name as the normalised text writes it, its brackets as the text writes them
      const name = [...norm.slice(first.cs, ce)]
        .map((ch, k) => (/[()（）]/.test(ch) ? (clean?.[first.cs + k] ?? ch) : ch))
        .join("");
      add({
        id: n.resolveOrRegister("Organization", name),
        cs: first.cs,
        ce,
        method: "pattern",
        parts: chain.filter((c) => c.id !== "Country:中国").map((c) => ({ id: c.id, cs: c.cs, ce: c.ce })),
      });
    }
  },
};
