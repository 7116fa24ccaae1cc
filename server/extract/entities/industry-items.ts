/**
 * Sector names in lists of fields (聚焦A、B等重点领域, 以A、B为突破点, 特别是A、B和C) and X产业 names
 * (智能产业, 航空维修制造产业). The cue, stop and verb words are data (data/lexicon/industry.json).
 */
import type { Catalog } from "../catalog";
import { CLAUSE_END, clauseEnd, clauseStart, hanRunBefore, sentenceStart } from "../clauses";
import {
  entityAlt,
  INDUSTRY_CLASS_CLOSER,
  INDUSTRY_CLASS_PAIR,
  INDUSTRY_CLOSER_HEAD,
  INDUSTRY_COUNTED_NOT_BEFORE,
  INDUSTRY_COUNTED_QUALIFIERS,
  INDUSTRY_CUE,
  INDUSTRY_CUE_1,
  INDUSTRY_GENERIC,
  INDUSTRY_NOT_DEV,
  INDUSTRY_STOP,
  INDUSTRY_VERB,
  listAlt,
  QUANTIFIER,
} from "../lexicon";
import type { Names } from "./names";

export interface IndustryItem {
  name: string;
  cs: number;
  ce: number;
}

/** The items found so far in one passage. */
interface Sink {
  norm: string;
  n: Names;
  out: IndustryItem[];
  seen: Set<number>;
}

/** Sector heads that let an item drop its 产业 (entity-words.json itemSectorEnds). */
const SECTOR_END = new RegExp(`(${entityAlt("itemSectorEnds")})$`);

/** Name of an industry item: 产业 is dropped when what remains names a sector (航空维修制造产业 →
 * 航空维修制造, 人工智能产业 → 人工智能) and kept after adjectives (智能产业, 绿色产业, 高科技产业). */
function industryName(item: string, cat: Catalog): string {
  if (!item.endsWith("产业")) return item;
  const base = item.slice(0, -2);
  if (cat.resolve(base, ["Industry"])?.startsWith("Industry:")) return base;
  if (base.length >= 4 && SECTOR_END.test(base)) return base;
  return item;
}

/** Generic modifiers before a catalogued industry (entity-words.json itemGenericLeads). */
const GENERIC_LEAD = new RegExp(`^(${entityAlt("itemGenericLeads")})`);

/** Keeps one list item when it reads as a sector (not a place, body, policy or quantity). */
function accept(s: Sink, raw: string, cs: number): void {
  const lead = raw.length - raw.trimStart().length;
  const item = raw.trim();
  const name = item.replace(/\s+/g, "");
  if (name.length < 2 || name.length > 8) return;
  if (!/^[\u4e00-\u9fffA-Za-z][\u4e00-\u9fffA-Za-z\s]*$/.test(item)) return;
  if (INDUSTRY_STOP.test(name) || (QUANTIFIER.test(name) && !/^数字/.test(name))) return;
  // a generic modifier alone (战略性新兴 of 特色优势产业和战略性新兴产业) or before 产业 names no sector
  if (INDUSTRY_GENERIC.test(name.endsWith("产业") ? name.slice(0, -2) : name)) return;
  // a place, zone, country or organisation is not a field
  const other = s.n.cat.resolve(name);
  if (other && !other.startsWith("Industry:")) return;
  if (s.n.placesIn(name).some((p) => p.start === 0)) return;
  const start = cs + lead;
  if (s.seen.has(start)) return;
  s.seen.add(start);
  // 高端新材料 → 新材料, 高科技电子信息 → 电子信息: a generic modifier before a catalogued industry
  const mod = GENERIC_LEAD.exec(name);
  if (mod && !s.n.cat.resolve(name, ["Industry"])?.startsWith("Industry:")) {
    const rest = name.slice(mod[0].length);
    if (s.n.cat.resolve(rest, ["Industry"])?.startsWith("Industry:")) {
      const off = item.indexOf(rest[0] ?? "", mod[0].length);
      s.out.push({ name: rest, cs: start + off, ce: start + item.length });
      return;
    }
  }
  s.out.push({ name: industryName(name, s.n.cat), cs: start, ce: start + item.length });
}

/** The class nouns that close a list after 等 (等重点领域, 等特色产业), or 领域 alone right after it. */
const LIST_CLASS = entityAlt("itemListClasses");
/** 等 and a class noun with what follows it (group 1; 会展等行业组织 → 会展): a closer left inside a piece, never a name. */
const CLASS_AFTER_DENG = new RegExp(`等[\\u4e00-\\u9fff]{0,8}?(?:${LIST_CLASS})(.*)$`);

/** The words joining a list's items (entity-words.json itemListJoins: 、 和 及 与 以及). */
const LIST_JOIN = entityAlt("itemListJoins");
/** A join or a bracket, kept by the split (group 1), and a piece that is one. */
const LIST_SPLIT = new RegExp(`(${LIST_JOIN}|[()])`);
const LIST_SEPARATOR = new RegExp(`^(${LIST_JOIN}|[()])$`);
/** A join alone (countedLists' items). */
const LIST_JOIN_SPLIT = new RegExp(LIST_JOIN);

/** Splits a list body into items (、 和 及 与 以及, parentheses) with their offsets. */
function items(s: Sink, body: string, off: number): void {
  let i = 0;
  for (const piece of body.split(LIST_SPLIT)) {
    // the last item may carry the list's class noun (教育医疗等现代服务业): it ends before 等
    if (!LIST_SEPARATOR.test(piece))
      accept(
        s,
        piece.replace(INDUSTRY_CLASS_CLOSER, "").replace(CLASS_AFTER_DENG, "").replace(/等$/, ""),
        off + i,
      );
    i += piece.length;
  }
}

/** Body of a list ending at `end`: after the last cue word of the clause (聚焦, 以, 从事…). */
function bodyBefore(norm: string, end: number, needCue: boolean): { from: number; body: string } | null {
  const a = clauseStart(norm, end);
  const seg = norm.slice(a, end);
  let cut = -1;
  for (const m of seg.matchAll(INDUSTRY_CUE)) {
    const e = (m.index ?? 0) + m[0].length;
    if (e <= seg.length) cut = Math.max(cut, e);
  }
  // a list may also follow the previous list's closer: …等领域向金融、绿色化工…
  if (cut < 0 && needCue) return null;
  // without a cue the first item may carry a verb (健全跨境贸易、金融…): start after it
  const from = cut >= 0 ? a + cut : a + Math.max(0, seg.indexOf("、") + 1);
  return { from, body: norm.slice(from, end) };
}

/**
 * Where a closer match ends its list: at 等 (end) for 等…<class noun>, at 领域 (bare) for a bare 领域, or null.
 * Between 等 and the class noun (up to 10 characters): a modifier, or two class nouns joined
 * (等先进制造和特色优势产业; the first modifier no body: not 等企业制造和物流产业); no partner (和, 与, 合作)
 * and no owner or clause (等集团的产业, 等企业近年新办的产业). A 领域 past 8 characters that ends a span read
 * no further is a bare 领域.
 */
function closerEnd(m: RegExpMatchArray): { end: number; bare: boolean } | null {
  const at = m.index ?? 0;
  const mid = m[1];
  if (mid === undefined) return { end: at, bare: true };
  const pair = INDUSTRY_CLASS_PAIR.exec(mid);
  const pairOk = pair !== null && !INDUSTRY_STOP.test(pair[1] ?? "");
  if (!/的/.test(mid) && (pairOk || !/[和与及]|合作/.test(mid))) return { end: at, bare: false };
  // (等金融服务与数字贸易领域: a span past 8 characters that is read no further still ends at a bare 领域)
  return m[2] === "领域" && mid.length > 8 ? { end: at + m[0].length - 2, bare: true } : null;
}

/** 等, up to 10 characters and a class noun (groups 1 and 2), or 领域 right after a Han character. */
const CLOSED_LIST = new RegExp(
  `等([^，；;,。！？!?：:、\\n]{0,10}?)(${LIST_CLASS})|(?<=[\\u4e00-\\u9fff])领域`,
  "g",
);

/** Lists closed by 等…领域/产业/行业/业态/赛道 (within a few characters), or 领域 right after a list. */
function closedLists(s: Sink): void {
  const { norm } = s;
  for (const m of norm.matchAll(CLOSED_LIST)) {
    const c = closerEnd(m);
    if (!c) continue;
    const end = c.end;
    // (张某、李某等行业专家, 金融、法律等领域的学者: the trades of people or bodies, not sectors)
    if (INDUSTRY_CLOSER_HEAD.test(norm.slice((m.index ?? 0) + m[0].length).replace(/^的/, ""))) continue;
    const b = bodyBefore(norm, end, true);
    if (!b || !/[、和及与]/.test(b.body)) continue;
    // fields of cooperation, opening, regulation or risk are not sectors being developed
    // (深化与俄蒙在教育、科技…等领域的文化交流, 电信、互联网…等领域扩大开放, 跨境贸易、金融等领域的风险)
    const clause = norm.slice(clauseStart(norm, end), clauseEnd(norm, end));
    if (INDUSTRY_NOT_DEV.test(clause) && !/产业合作/.test(clause)) continue;
    if (c.bare && !INDUSTRY_CUE_1.test(norm.slice(clauseStart(norm, end), end))) continue;
    items(s, b.body, b.from);
  }
}

/** 以…为 and a focus word (entity-words.json itemFramedFocusWords), and the class nouns taken off its body. */
const FRAMED = new RegExp(
  String.raw`以([^，；;,。！？!?：:\n以]{4,60}?)为(${entityAlt("itemFramedFocusWords")})`,
  "g",
);
const FRAMED_TAIL = new RegExp(`(${entityAlt("itemFramedTails")})$`);

/** 以智能制造、智慧城市、数字安全场景为关键点: a list framed by 以…为<focus word>. */
function framedLists(s: Sink): void {
  const { norm } = s;
  for (const m of norm.matchAll(FRAMED)) {
    const body = (m[1] ?? "").replace(FRAMED_TAIL, "");
    if (!/[、和及与]/.test(body)) continue;
    items(s, body, (m.index ?? 0) + 1);
  }
}

/** The cues of a list (entity-words.json itemListCues), the strong ones, and sector words of its body and sentence. */
const LIST_CUE = new RegExp(`(${entityAlt("itemListCues")})`, "g");
const STRONG_CUE = new RegExp(entityAlt("itemStrongCues"));
const BODY_SECTOR = new RegExp(entityAlt("itemBodySectorWords"));
const SENTENCE_SECTOR = new RegExp(entityAlt("itemSentenceSectorWords"));

/** Cue-led lists that run to the end of the clause in a sentence about sectors: 特别是电子商务、国际物流、航运和金融服务. */
function cueLedLists(s: Sink): void {
  const { norm } = s;
  // 特别是电子商务、国际物流、航运和金融服务 / 包括高端新材料、智能制造和机器人…等。
  for (const m of norm.matchAll(LIST_CUE)) {
    const from = (m.index ?? 0) + m[0].length;
    let e = from;
    while (e < norm.length && !CLAUSE_END.test(norm[e] ?? "")) {
      if (norm[e] === "(") {
        const close = norm.indexOf(")", e);
        if (close < 0 || close - e > 40) break;
        e = close + 1;
        continue;
      }
      e++;
    }
    const body = norm.slice(from, e);
    if (!/[、]/.test(body) && !(STRONG_CUE.test(m[0]) && /[和及与]/.test(body)) && !BODY_SECTOR.test(body))
      continue;
    const sentA = sentenceStart(norm, from);
    // (a strong cue — 重点发展, 优先发展 — says so itself)
    if (!STRONG_CUE.test(m[0]) && !SENTENCE_SECTOR.test(norm.slice(sentA, e))) continue;
    if (INDUSTRY_NOT_DEV.test(norm.slice(from, e))) continue;
    // (培育物流、会展等行业组织: the trades of bodies or people, not sectors; industry.json closerHeads)
    if (INDUSTRY_CLOSER_HEAD.test(CLASS_AFTER_DENG.exec(body)?.[1] ?? "")) continue;
    items(s, body.replace(/等$/, ""), from);
  }
}

const NUMERALS = "一二两三四五六七八九十";
/**
 * A count of kinds closing a list (电子信息、新能源、精密机械制造、新型材料四大类产业; one closed by 等 is read
 * by closedLists), 产业/行业 not heading a place's or factor's noun (not 三大产业组团, 三大产业要素: industry.json
 * countedClassNotBefore); any verb, 等 or bracket may follow (…三大产业快速发展, …三大产业（集群）).
 */
const COUNTED_CLASS = new RegExp(
  `([${NUMERALS}]|\\d{1,2})大类?(?:${INDUSTRY_COUNTED_QUALIFIERS})?(?:${entityAlt("itemCountedClasses")})(?!${INDUSTRY_COUNTED_NOT_BEFORE})`,
  "g",
);

/** The number a count of kinds states (四 → 4, 12 → 12). */
function countOf(w: string): number {
  return /\d/.test(w) ? Number(w) : w === "两" ? 2 : NUMERALS.replace("两", "").indexOf(w) + 1;
}

/** Lists closed by a count of kinds (A、B、C三大产业), after a cue, when the count is the number of items. */
function countedLists(s: Sink): void {
  const { norm } = s;
  for (const m of norm.matchAll(COUNTED_CLASS)) {
    const end = m.index ?? 0;
    const b = bodyBefore(norm, end, true);
    if (!b || !/、/.test(b.body)) continue;
    const pieces = b.body.split(LIST_JOIN_SPLIT).filter((p) => p.trim() !== "");
    if (pieces.length !== countOf(m[1] ?? "")) continue;
    const clause = norm.slice(clauseStart(norm, end), clauseEnd(norm, end));
    if (INDUSTRY_NOT_DEV.test(clause)) continue;
    items(s, b.body, b.from);
  }
}

/** 产业 not before a longer noun or a designation (entity-words.json itemIndustryNotAfter). */
const INDUSTRY_NAME = new RegExp(`产业(?!${entityAlt("itemIndustryNotAfter")})`, "g");

/** Abstract wholes 产业 may qualify (产业结构, 产业分工, 产业产值: industry.json abstractHeads). */
const ABSTRACT_HEAD = new RegExp(`^(?:${listAlt("industry.json", "abstractHeads")})`);
/** Scope and time words ending X in X产业 before such a whole (国际, 长期: industry.json abstractScopes). */
const ABSTRACT_SCOPE = new RegExp(`(?:${listAlt("industry.json", "abstractScopes")})$`);

/** X产业 (not 产业园/产业链…, nor a designation's 产业创新中心, 产业试点园区, 产业示范区; 产业试点示范, 产业示范发展 are read), starting at a boundary (punctuation, a separator or a verb), never mid-word. */
function industryNames(s: Sink): void {
  const { norm } = s;
  for (const m of norm.matchAll(INDUSTRY_NAME)) {
    const k = m.index ?? 0;
    const start = hanRunBefore(norm, k, 10);
    let base = norm.slice(start, k);
    let cut = 0;
    for (const w of base.matchAll(INDUSTRY_VERB)) cut = Math.max(cut, (w.index ?? 0) + w[0].length);
    if (cut === 0 && base.length === 10) continue;
    base = base.slice(cut);
    if (base.length < 2 || base.length > 6 || INDUSTRY_GENERIC.test(base)) continue;
    // (300亿元产业产值, 国际产业分工, 长期产业聚落: a count or the whole of a place's industries, no sector)
    if (
      ABSTRACT_HEAD.test(norm.slice(k + 2)) &&
      (/\d$/.test(norm.slice(0, start + cut)) || ABSTRACT_SCOPE.test(base))
    )
      continue;
    accept(s, `${base}产业`, start + cut);
  }
}

/** Items of field lists and X产业 names, in the order the five shapes are read. */
export function industryItems(norm: string, n: Names): IndustryItem[] {
  const s: Sink = { norm, n, out: [], seen: new Set<number>() };
  closedLists(s);
  framedLists(s);
  cueLedLists(s);
  countedLists(s);
  industryNames(s);
  return s.out;
}
