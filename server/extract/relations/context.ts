/**
 * What every relation rule reads: the passage, its mentions, the subject carried from the context,
 * and the shared subject choice (nearest eligible subject, coordinated names, the carried subject).
 */
import { type EvidenceMethod, type RelType, idType as typeOf } from "../../../contracts/graph";
import type { Catalog } from "../catalog";
import { CLAUSE_MARKS, clauseEnd, clauseOf, LIST_JOIN, LIST_MARKS, sentenceStart } from "../clauses";
import type { Mention } from "../entities/types";
import { CLAUSE_LINKS, DATE_LEAD, DAY_NUMBER, MODIFIER_HEAD, relationAlt, trigger } from "../lexicon";
import { T_SPEECH } from "./triggers";

export interface FoundRelation {
  type: RelType;
  source: string;
  target: string;
  method: EvidenceMethod;
  confidence: number;
  /** Span of the clean passage text to quote (whole passage when absent). */
  cs?: number;
  ce?: number;
  /** The subject was not named in this passage: it comes from the context (heading, earlier sentence). */
  viaContext?: boolean;
  /** The service is not named in this passage: it is the one named before (see routes.ts). */
  viaService?: boolean;
  /** The zone is not named in this passage: it is the one the previous sentence named (quoted too). */
  viaPrevZone?: boolean;
  /** The subject is the zone or port the previous sentence of the paragraph named last (quoted too). */
  viaPrevPlaced?: boolean;
  /** A deictic place word (我省, 本市) stands for this end: the document's referent (quoted too). */
  viaReferent?: string;
  /** Edge properties stated with the relation (the stage of an agreement membership). */
  properties?: Record<string, string>;
}

/**
 * Subject carried over from the context of a passage: the zone/area/province of the governing
 * heading or of an earlier sentence of the paragraph. `anaphors` are spans of this passage that
 * refer to it (该区, 本片区, a bare 自贸试验区 under a heading about one zone); `triggers` is the
 * text of the previous sentence when this one only continues it (例如…), so that its trigger
 * words (对接, 加入…) apply.
 */
export interface Context {
  id: string;
  anaphors: { cs: number; ce: number }[];
  triggers?: string;
  /** The previous sentence of the paragraph names this subject (a zone), and only it. */
  zoneBefore?: boolean;
}

/** A deictic place word (我省, 本市) and the place it stands for (the document's referent, referent.ts). */
export interface ReferentSpan {
  id: string;
  cs: number;
  ce: number;
}

/**
 * A sentence opened by a demonstrative and a noun that is no zone or place word (该班列, 这些企业,
 * 此项目; not 该区, 该省, nor the connectives 此外, 此前, 此次).
 */
const OWN_SUBJECT = new RegExp(
  String.raw`^[\s“"]*(${relationAlt("contextDemonstratives")})(?!${relationAlt("contextNotOwnSubject")})[\u4e00-\u9fff]`,
);
/** A demonstrative and an unnamed subject (这些项目, 该企业): relation-words.json contextCarriedDemonstratives, contextUnnamedSubjects. */
const UNNAMED_SUBJECT = new RegExp(
  `^[\\s“"]*(${relationAlt("contextCarriedDemonstratives")})(${relationAlt("contextUnnamedSubjects")})`,
);
/** A means verb and the rest of its clause (依托…, 通过…): relation-words.json contextMeansVerbs. */
/** A frame of what came before, open before a name (继A…之后): relation-words.json contextSequenceOpen. */
const SEQUENCE_OPEN = new RegExp(`(${relationAlt("contextSequenceOpen")})[^${CLAUSE_MARKS}]*$`);
/** …and closed after it, in the same clause (contextSequenceClose). */
const SEQUENCE_CLOSE = new RegExp(`^[^${CLAUSE_MARKS}]*(${relationAlt("contextSequenceClose")})`);
const MEANS_BEFORE = new RegExp(`(${relationAlt("contextMeansVerbs")})[^，；;,：:。！？!?]*$`);
/** A verb after the means showing that another subject acts (发展, 打造): relation-words.json contextMeansThenVerbs. */
const MEANS_THEN = new RegExp(relationAlt("contextMeansThenVerbs"));

/**
 * The mark of an enumerated item (一是, 二是 … 十是) at a clause's start or after a colon or a semicolon;
 * not 统一是, 唯一是.
 */
const ITEM_MARK = /(?<=^|[：:；;，,。\s])[一二三四五六七八九十]是/g;

/** The type part of a mention's id (contracts/graph.ts idType), as the relation rules read it. */
export { typeOf };

/**
 * An officer's personal name after the title (relations/joint-with.ts OFFICER, relations/co-signatories.ts OFFICER):
 * a transliterated one joined by ·, one in Latin letters, or two to four characters.
 */
export const OFFICER_NAME = String.raw`(?:[\u4e00-\u9fff]{1,6}·[\u4e00-\u9fff·]{1,10}|[A-Za-z][A-Za-z .'-]{1,30}[A-Za-z]|[\u4e00-\u9fff]{2,4})`;

/**
 * The text after a body's name `gap`, read for an officer's title: a name ending in 部 whose 部长 a name rule cut
 * (entities/foreign-ministries.ts: 新西兰贸易部 + 长某某与…) gets its 部 back, so 部长 reads as the officer
 * (relations/joint-with.ts, relations/co-signatories.ts).
 */
export const officerGap = (norm: string, bodyEnd: number, gap: string): string =>
  norm[bodyEnd - 1] === "部" && gap.startsWith("长") ? `部${gap}` : gap;

/** What may precede the subject at the start of a clause: adverbials of time and connectives. */
export const CLAUSE_LEAD = new RegExp(
  String.raw`^[\s“"]*(${DATE_LEAD}|${relationAlt("contextLeadTimes")}|${CLAUSE_LINKS}|${relationAlt("contextLeadLinks")}|位于[^${CLAUSE_MARKS}的]{1,10}的)[\s“"]*$`,
);

export interface RelationContext {
  norm: string;
  ms: Mention[];
  cat: Catalog;
  /** The passage is a table row (table rules give its focus). */
  inTable: boolean;
  /** Members named by one-character abbreviations. */
  abbr: Mention[];
  ctx: Context | undefined;
  /** The service (train, bus line, air route) last named in the document before this passage. */
  service: string | undefined;
  /** Whether `service` was named in the sentence right before this one, in the same paragraph (findRelations sets it). */
  serviceJustBefore?: boolean;
  /** Whether `service` is the one the next sentence of the paragraph identifies this one's train as (routes.ts identifiedService). */
  serviceJustAfter?: boolean;
  /** The zone, area or port the previous sentence of the paragraph named last, with the places in its name (这是甲省首个… refers to it). */
  placedBefore: Pick<Mention, "id" | "parts"> | undefined;
  /** Mentions that may be subjects: the named ones plus the anaphors of the context subject. */
  pool: Mention[];
  /** The text trigger words are looked for in (the previous sentence too when this one continues it). */
  trigText: string;
  /** Subjects that stand for the context subject. */
  fromCtx: Set<Mention>;
  push(r: FoundRelation & { subj?: Mention }): void;
  /** The mentions of the given types. */
  of(...types: string[]): Mention[];
  /** Whether position `i` of the passage lies inside one of `ms` (by an index of positions built at the first call). */
  covered(i: number): boolean;
  /** Start of the sentence that contains `pos`. */
  sentStartOf(pos: number): number;
  /** BORDERS targets are sovereign countries only (not blocs, world regions or continents). */
  isCountry(id: string): boolean;
  /** Nearest eligible subject before `m`: same clause first, else anywhere earlier in the passage. */
  subjectBefore(m: Mention, types: string[]): Mention | undefined;
  /** The context subject standing at the start of the clause of `m` (when nothing is named). */
  ctxSubject(m: Mention, types: string[]): Mention | undefined;
  /** Names coordinated with `s` (云南和广西自贸试验区; for `places`, also 上海、青岛、大连等…). */
  coordinated(s: Mention, places?: boolean): Mention[];
  /** Whether the passage holds the mark of a second or later enumerated item (二是…), read once per passage. */
  laterItems(): boolean;
}

/**
 * The place of a dateline (新华社兰州8月21日电, 重庆日报12月29日讯; with no month before 电, as
 * entities/prefecture-cities.ts reads a city in a reporter's dateline: 某社记者某某台北24日电; numbers as lexicon.ts
 * DAY_NUMBER, digits or Chinese numerals: 高雄十五日电) is where the news was filed.
 */
export const DATELINE = new RegExp(
  `^\\s*(${DAY_NUMBER}\\s*月\\s*${DAY_NUMBER}\\s*日\\s*(电|讯|消息)|(${DAY_NUMBER}\\s*月\\s*)?${DAY_NUMBER}\\s*日\\s*[电電])`,
);

/** A place that only files the news (中新社南宁10月21日电, 新华社合肥电): no subject of any relation. */
export function datelinePlace(norm: string, m: { id: string; cs: number; ce: number }): boolean {
  if (!/^(City|Province)$/.test(typeOf(m.id))) return false;
  const after = norm.slice(m.ce);
  return DATELINE.test(after) || (/[社网]$/.test(norm.slice(0, m.cs)) && /^\s*(电|讯)/.test(after));
}

/** A deictic place word (我省, 本市, 全区: triggers.json placeAnaphor). */
const DEICTIC_PLACE = trigger("placeAnaphor");

/**
 * Whether a place is one of the level a deictic word names (referent.ts, and ofLevel below): 省 a province
 * …省, 区 a province …自治区, any other (市) a city or a province …市 (a municipality).
 */
export function placeOfLevel(level: string, id: string, cat: Catalog): boolean {
  const name = cat.get(id)?.name ?? "";
  if (level === "省") return typeOf(id) === "Province" && /省$/.test(name);
  if (level === "区") return typeOf(id) === "Province" && /自治区$/.test(name);
  return typeOf(id) === "City" || (typeOf(id) === "Province" && /市$/.test(name));
}

/**
 * Whether a carried province or city may be what a deictic word of level `level` stands for (placeOfLevel for
 * 省, 区 and 市; any other level, 州, is not checked); other carried subjects are not checked.
 */
function ofLevel(level: string, id: string, cat: Catalog): boolean {
  const type = typeOf(id);
  if (type !== "Province" && type !== "City") return true;
  return !/^[省区市]$/.test(level) || placeOfLevel(level, id, cat);
}

/** Whether `x` names (or holds) a province or city other than `id` of the level of the deictic `word`. */
function rival(rc: RelationContext, x: Mention, id: string, word: string): boolean {
  const other = (y: string) => y !== id && /^(Province|City):/.test(y) && ofLevel(word.slice(-1), y, rc.cat);
  return other(x.id) || x.parts.some((p) => other(p.id));
}

function ctxSubject(rc: RelationContext, m: Mention, types: string[]): Mention | undefined {
  const { ctx, norm, ms, fromCtx, sentStartOf } = rc;
  if (!ctx || !types.includes(typeOf(ctx.id))) return undefined;
  // a development zone or port named earlier in the sentence is its own subject (贵阳综保区…开行…)
  const [a] = clauseOf(norm, m.cs);
  if (ms.some((x) => x.ce <= a && /^(DevZone|Port):/.test(x.id) && x.cs - clauseOf(norm, x.cs)[0] <= 2))
    return undefined;
  // 这些项目/该企业…: the sentence has its own (unnamed) subject, not the carried zone
  if (UNNAMED_SUBJECT.test(norm.slice(sentStartOf(a)))) return undefined;
  // 我省与… under a heading of 重庆: a deictic place word of another level than the carried place's
  const word = DEICTIC_PLACE.exec(norm.slice(a, m.cs))?.[0];
  if (word && !ofLevel(word.slice(-1), ctx.id, rc.cat)) return undefined;
  // …，湖南省也派员参加: a place of the word's level named in another clause may be what it stands for
  // (one in the word's own clause is a partner: 我省与湖北省签署…)
  if (word && ms.some((x) => (x.cs < a || x.cs >= clauseEnd(norm, a)) && rival(rc, x, ctx.id, word)))
    return undefined;
  const pseudo: Mention = { id: ctx.id, cs: a, ce: a, method: "pattern", parts: [] };
  fromCtx.add(pseudo);
  return pseudo;
}

/** Offset (from `from`) of the first speech verb of norm[from, to) that reports speech without quotes, or -1. */
function reportedSpeech(norm: string, from: number, to: number): number {
  const part = norm.slice(from, to);
  const v = T_SPEECH.exec(part);
  if (!v) return -1;
  return /^[，,：:\s]*[“"「『]/.test(part.slice(v.index + v[0].length)) ? -1 : v.index;
}

/**
 * The place of an earlier clause 在X(、Y等N个地区)建立… is where something was done, not who did it
 * (在X，… with nothing after the place stays the topic). `a` is the start of the clause asking.
 */
function locativeOf(norm: string, a: number, x: Mention): boolean {
  const [xa, xb] = clauseOf(norm, x.cs);
  const rest = norm
    .slice(x.ce, xb)
    .replace(
      /^([、和及][^、和及，,；;。]{1,8}?)*(等[\d一二三四五六七八九十几多]*个?(地区|城市|地|国家))?/,
      "",
    );
  // (any item of the list: 在昆明、赤水等6个地区建立…)
  return xa < a && /^[\s“"]*在([\u4e00-\u9fff]{1,8}[、和及])*$/.test(norm.slice(xa, x.cs)) && rest.length > 4;
}

/**
 * The starts of the first and of the last enumerated item (一是…；二是…；三是…) of norm[from, at), when there
 * are two or more; the items share the subject written before the first one.
 */
export function itemMarks(norm: string, from: number, at: number): [number, number] | undefined {
  const marks = [...norm.slice(from, at).matchAll(ITEM_MARK)].map((x) => from + (x.index ?? 0));
  return marks.length >= 2 ? [marks[0] as number, marks[marks.length - 1] as number] : undefined;
}

/** A mark of a second or later item anywhere in the passage (二是…): one cheap test per passage (rc.laterItems). */
const LATER_ITEM = /[：:；;，,。\s][二三四五六七八九十]是/;

/** A list going on after a name (、, 和, …, 的, 等). */
const LIST_GOES_ON = new RegExp(`^([${LIST_MARKS}的]|等)`);
/**
 * What opens a new sentence right after an ellipsis: a reporter or a collective subject (triggers.json
 * "afterEllipsis": 记者, 各地, 不少…), 随着 or 作为, an adverbial of 在 closed by a comma (在新形势下，; not 在此基础上),
 * or a date set off by a comma (2024年，). A verb, 等 or a mark after it goes on with the same subject.
 */
const OPENS_ANEW = new RegExp(
  String.raw`^[\s”"’]*(${trigger("afterEllipsis").source}|随[着著]|作为|在(?![此这其])[^${CLAUSE_MARKS}：:]{1,24}[下中时后前上里][，,]|(\d{2,4}\s*年|今年|去年|明年)(\d{1,2}\s*月)?(\d{1,2}\s*日)?[，,])`,
);

const OPENER_WORD = new RegExp(String.raw`^[\s”"’]*(${trigger("afterEllipsis").source})`);
const GOES_ON = trigger("afterEllipsisGoOn");

/**
 * A word of afterEllipsis right after the ellipsis at `e` that only ends the list (…许多产业项目，并融入…;
 * …众多国家的航线; 与越南、泰国……各国开展合作): no verb or adverb of afterEllipsisGoOn follows it in its clause
 * before any 的, or the list is the partner of a 与/同/跟 written in the clause before the ellipsis.
 */
function listGoesOn(norm: string, e: number, s0: number): boolean {
  const w = OPENER_WORD.exec(norm.slice(e + 2));
  if (!w) return false;
  const from = e + 2 + w[0].length;
  const tail = norm.slice(from, clauseEnd(norm, from)).split("的")[0] ?? "";
  const head = norm.slice(Math.max(s0, clauseOf(norm, e)[0]), e);
  return !GOES_ON.test(tail) || /[与同跟]/.test(head);
}

/**
 * The last ellipsis of the sentence before `m` that closes examples, with a new sentence opened right after it
 * (OPENS_ANEW, or a name that no 、等和及 goes on: …布局海外仓……在…的背景下，共建“一带一路”为…), or -1.
 * Not 发展汽车、电子……，还发展… nor 开通至越南、泰国……等国的航线: there the same subject goes on.
 */
function ellipsisBreak(rc: RelationContext, m: Mention): number {
  const { norm, ms } = rc;
  const s0 = rc.sentStartOf(m.cs);
  for (let e = norm.lastIndexOf("……", m.cs - 2); e >= s0; e = norm.lastIndexOf("……", e - 1)) {
    const rest = norm.slice(e + 2, m.cs);
    if (OPENS_ANEW.test(rest) && !listGoesOn(norm, e, s0)) return e;
    const after = e + 2 + (/^[\s”"’]*/.exec(rest)?.[0].length ?? 0);
    const named = ms.find((x) => x.cs === after && x.ce <= m.cs);
    if (named && !LIST_GOES_ON.test(norm.slice(named.ce))) return e;
  }
  return -1;
}

/**
 * What of the sentence before `m` gives it no subject: a name inside an earlier enumerated item (一是加快甲市…
 * 建设；二是引领…: the items share the subject written before the first one; when none of `types` is written
 * there, the name that opens item one is that subject: 一是甲片区加快发展，二是融入…), and anything before an
 * ellipsis closing examples after which a new sentence opens (ellipsisBreak: no subject is carried past it
 * either, `fresh`).
 */
function partBefore(
  rc: RelationContext,
  m: Mention,
  types: string[],
): { excluded: (x: Mention) => boolean; fresh: boolean } {
  const { norm, pool } = rc;
  const s0 = rc.sentStartOf(m.cs);
  const items = rc.laterItems() ? itemMarks(norm, s0, m.cs) : undefined;
  const cut = norm.includes("……") ? ellipsisBreak(rc, m) : -1;
  const opener = new Set<Mention>();
  if (items && !pool.some((x) => x.cs >= s0 && x.ce <= items[0] && types.includes(typeOf(x.id)))) {
    // (the name right after 一是, and the names right behind it: 一是甲自贸试验区乙片区…)
    let x = pool.find((y) => y.cs === items[0] + 2);
    for (; x && !opener.has(x); x = pool.find((y) => y.cs === x?.ce)) opener.add(x);
  }
  const inItem = (x: Mention) => items !== undefined && x.cs > items[0] && x.cs < items[1] && !opener.has(x);
  return { excluded: (x) => (cut >= 0 && x.ce <= cut) || inItem(x), fresh: cut >= 0 };
}

/** A place in brackets inside a name (中新（重庆）战略性互联互通示范项目): no subject. */
function bracketedInName(norm: string, x: Mention): boolean {
  return (
    /^(Province|City)$/.test(typeOf(x.id)) &&
    norm[x.cs - 1] === "(" &&
    norm[x.ce] === ")" &&
    /[\u4e00-\u9fff]/.test(norm[x.cs - 2] ?? "") &&
    /[\u4e00-\u9fff]/.test(norm[x.ce + 1] ?? "")
  );
}

/**
 * A name inside a frame of what came before, closed before `m` (临沂继莫斯科中欧班列之后，…开行的第二条“X号”班列:
 * 莫斯科 is the earlier train's): no subject of what the sentence says after it.
 */
function inSequence(norm: string, x: Mention, m: Mention): boolean {
  return (
    SEQUENCE_OPEN.test(norm.slice(clauseOf(norm, x.cs)[0], x.cs)) &&
    SEQUENCE_CLOSE.test(norm.slice(x.ce, m.cs))
  );
}

function subjectBefore(rc: RelationContext, m: Mention, types: string[]): Mention | undefined {
  const { norm, pool } = rc;
  const [a] = clauseOf(norm, m.cs);
  const part = partBefore(rc, m, types);
  // the object of 依托/通过/借助/利用 in an earlier clause is not the subject of a later one
  // (绥芬河片区依托绥芬河铁路口岸，深度融入中蒙俄经济走廊 → 绥芬河片区)
  // (nor, in the same clause, when another verb follows it: 依托空港和综保区发展航空维修)
  const isObject = (x: Mention) =>
    MEANS_BEFORE.test(norm.slice(clauseOf(norm, x.cs)[0], x.cs)) &&
    (x.cs < a || MEANS_THEN.test(norm.slice(x.ce, m.cs)));
  // a footnote with a web address run into the sentence (17山东地方政府官方网站：http://…再次，…)
  // does not provide the subject of what follows it
  const behindUrl = (x: Mention) => /https?:\/\/|www\./.test(norm.slice(x.ce, m.cs));
  const bracketed = (x: Mention) => bracketedInName(norm, x);
  // a name inside an earlier clause opened by 随着 (随着昆明至河内公路建成，将促进…) is no subject of
  // the clauses after it
  const inAdverbial = (x: Mention) => {
    const [xa] = clauseOf(norm, x.cs);
    return xa < a && /^[\s“"]*随[着著]/.test(norm.slice(xa, x.cs));
  };
  // 作为A的B，S是… / 随着A的推进，S迎来…: a clause opened by 作为 or 随着 is about the subject that
  // opens the next clause
  const asClause =
    /^[\s“"]*(作为|随[着著])/.test(norm.slice(a, m.cs)) && !/[，,；;。]/.test(norm.slice(a, m.cs));
  if (asClause) {
    const next = clauseEnd(norm, m.cs) + 1;
    const lead = pool.find((x) => x.cs >= next && x.cs - next <= 2 && types.includes(typeOf(x.id)));
    // (a province written before its city, 广西钦州, 江苏连云港, only places the city: the city is the subject)
    const head =
      lead &&
      typeOf(lead.id) === "Province" &&
      pool.find(
        (y) => y.cs === lead.ce && /^(City|Port)$/.test(typeOf(y.id)) && types.includes(typeOf(y.id)),
      );
    // (an unnamed subject there is the carried one, not a place of an earlier sentence)
    return head || lead || (part.fresh ? undefined : rc.ctxSubject(m, types));
  }
  // X表示，…: after a speech verb the speaker is the subject; a name before it is not (one named
  // after it, inside what is said, still is). A direct quotation (X表示，“我们…”) is left to the
  // quotation reading below.
  const s0 = rc.sentStartOf(m.cs);
  const said = reportedSpeech(norm, s0, m.cs);
  const beforeSpeech = (x: Mention) => said >= 0 && x.cs < s0 + said;
  const before = pool.filter(
    (x) =>
      x.ce <= m.cs &&
      types.includes(typeOf(x.id)) &&
      !isObject(x) &&
      !behindUrl(x) &&
      !bracketed(x) &&
      !beforeSpeech(x) &&
      !inAdverbial(x) &&
      !inSequence(norm, x, m) &&
      !part.excluded(x) &&
      !locativeOf(norm, a, x),
  );
  const inClause = before.filter((x) => x.cs >= a);
  if (inClause.length > 0) return inClause[inClause.length - 1];
  // 该班列是…, 这些企业…: the sentence opens with its own unnamed subject; no name of an earlier
  // sentence, nor the carried subject, stands for it
  if (OWN_SUBJECT.test(norm.slice(s0, m.cs)) && !before.some((x) => x.cs >= s0)) return undefined;
  // serial clauses share the subject that opens one of them (山西已形成…，设计“太原+大同+运城”片区布局，
  // 推动RCEP国际合作产业园等平台建设，力图将绿色电力…纳入…): prefer the last clause-initial one over
  // objects named inside earlier clauses
  // (inside a quotation opened before m, only the quotation's own clauses count)
  const q = norm.lastIndexOf("“", m.cs);
  // (and only within m's own semicolon-delimited part of the sentence)
  const qFrom = Math.max(q >= 0 && norm.indexOf("”", q) > m.cs ? q : 0, norm.lastIndexOf("；", m.cs) + 1);
  const lead = before.filter(
    (x) => x.cs >= qFrom && CLAUSE_LEAD.test(norm.slice(Math.max(qFrom, clauseOf(norm, x.cs)[0]), x.cs)),
  );
  let pick = lead[lead.length - 1];
  // 在山东自贸试验区青岛片区，…: the name right behind the leading one is the subject
  for (const y of before) if (pick && y.cs === pick.ce) pick = y;
  // (nor is the carried subject what the speaker says something about)
  return pick ?? before[before.length - 1] ?? (said >= 0 || part.fresh ? undefined : rc.ctxSubject(m, types));
}

function coordinated(rc: RelationContext, s: Mention, places = false): Mention[] {
  const { norm, ms, fromCtx } = rc;
  const kinds = places ? ["FreeTradeZone", "Area", "Province", "City"] : ["FreeTradeZone"];
  if (!kinds.includes(typeOf(s.id)) || fromCtx.has(s)) return [s];
  const zs = ms.filter((x) => kinds.includes(typeOf(x.id))).sort((x, y) => x.cs - y.cs);
  const i = zs.indexOf(s);
  if (i < 0) return [s];
  const group = [s];
  for (let k = i - 1; k >= 0; k--) {
    const x = zs[k] as Mention;
    const nxt = group[0] as Mention;
    if (LIST_JOIN.test(norm.slice(x.ce, nxt.cs))) group.unshift(x);
    else break;
  }
  for (let k = i + 1; k < zs.length; k++) {
    const x = zs[k] as Mention;
    const prv = group[group.length - 1] as Mention;
    if (LIST_JOIN.test(norm.slice(prv.ce, x.cs))) group.push(x);
    else break;
  }
  return group;
}

/** A mark per position of the passage that lies inside a mention (what `ms.some(m => m.cs <= i && i < m.ce)` says). */
export function coverage(ms: readonly Mention[]): Uint8Array {
  let end = 0;
  for (const m of ms) if (m.ce > end) end = m.ce;
  const marks = new Uint8Array(end);
  for (const m of ms) marks.fill(1, Math.max(0, m.cs), m.ce);
  return marks;
}

/** The mentions of `types` that are relation ends (see `of`). */
function ofTypes(norm: string, ms: readonly Mention[], types: readonly string[]): Mention[] {
  return ms.filter((m) => {
    const t = typeOf(m.id);
    return (
      types.includes(t) && !((t === "Corridor" || t === "Agreement") && MODIFIER_HEAD.test(norm.slice(m.ce)))
    );
  });
}

/** The referent an end of `r` stands for through a deictic place word (its subject, or an end named nowhere else in the passage). */
function viaReferent(
  r: FoundRelation,
  subj: Mention | undefined,
  fromRef: Set<Mention>,
  ms: readonly Mention[],
  ctxId: string | undefined,
): string | undefined {
  if (fromRef.size === 0) return undefined;
  if (subj && fromRef.has(subj)) return subj.id;
  if (r.viaContext) return undefined;
  // (an end the carried context stands for is the context's, not the deictic word's)
  for (const end of [r.source, r.target])
    if (end !== ctxId && !ms.some((m) => m.id === end) && [...fromRef].some((m) => m.id === end)) return end;
  return undefined;
}

/**
 * Whether `r` may be kept when an end stands for a deictic place word's referent (then marked
 * viaReferent): such a word is read only as a side of cooperation or trade (the annotations link no
 * other relation through it).
 */
function throughReferent(
  r: FoundRelation,
  subj: Mention | undefined,
  fromRef: Set<Mention>,
  ms: readonly Mention[],
  ctxId: string | undefined,
): boolean {
  const ref = viaReferent(r, subj, fromRef, ms, ctxId);
  if (!ref) return true;
  if (r.type !== "COOPERATES_WITH") return false;
  r.viaReferent = ref;
  return true;
}

/** The context of one passage; `out` receives what the rules push. */
export function relationContext(
  norm: string,
  ms: Mention[],
  cat: Catalog,
  inTable: boolean,
  abbr: Mention[],
  ctx: Context | undefined,
  out: FoundRelation[],
  service?: string,
  placedBefore?: Pick<Mention, "id" | "parts">,
  referents: readonly ReferentSpan[] = [],
): RelationContext {
  const ctxMentions: Mention[] = (ctx?.anaphors ?? []).map((a) => ({
    id: ctx?.id ?? "",
    cs: a.cs,
    ce: a.ce,
    method: "pattern",
    parts: [],
  }));
  const fromCtx = new Set<Mention>(ctxMentions);
  const refMentions: Mention[] = referents.map((a) => ({ ...a, method: "pattern", parts: [] }));
  const fromRef = new Set<Mention>(refMentions);
  const byTypes = new Map<string, Mention[]>();
  let marks: Uint8Array | undefined;
  let later: boolean | undefined;
  const rc: RelationContext = {
    norm,
    ms,
    cat,
    inTable,
    abbr,
    ctx,
    service,
    placedBefore,
    pool: [...ms, ...ctxMentions, ...refMentions].sort((x, y) => x.cs - y.cs || x.ce - y.ce),
    trigText: ctx?.triggers ? `${ctx.triggers}${norm}` : norm,
    fromCtx,
    push: (r) => {
      if (r.source === r.target) return;
      // the place of a dateline filed the news; it does none of what the news says (it stays in the
      // pool: no place named before the dateline is the subject either)
      const lead = ms.find((m) => m.cs === r.cs && m.id === r.source);
      if (lead && datelinePlace(norm, lead)) return;
      // a world region or continent (亚太国家, 欧洲各国) is never a party to an agreement
      if (r.type === "ALIGNS_WITH" && /^(region|continent)$/.test(String(cat.get(r.source)?.properties.kind)))
        return;
      const { subj, ...rest } = r;
      if (subj && fromCtx.has(subj)) rest.viaContext = true;
      if (throughReferent(rest, subj, fromRef, ms, ctx?.id)) out.push(rest);
    },
    // a corridor or agreement that only qualifies a noun (海上丝绸之路指数, RCEP论坛) is no relation end
    // (read once per list of types and passage; every caller gets its own copy)
    of: (...types) => {
      const key = types.length === 1 ? (types[0] as string) : types.join(" ");
      let found = byTypes.get(key);
      if (!found) {
        found = ofTypes(norm, ms, types);
        byTypes.set(key, found);
      }
      return found.slice();
    },
    covered: (i) => {
      marks ??= coverage(ms);
      return i >= 0 && i < marks.length && marks[i] === 1;
    },
    sentStartOf: (pos) => sentenceStart(norm, pos),
    isCountry: (id) => {
      const kind = cat.get(id)?.properties.kind;
      return kind === undefined || kind === "country";
    },
    subjectBefore: (m, types) => subjectBefore(rc, m, types),
    ctxSubject: (m, types) => ctxSubject(rc, m, types),
    coordinated: (s, places) => coordinated(rc, s, places),
    laterItems: () => {
      later ??= LATER_ITEM.test(norm);
      return later;
    },
  };
  return rc;
}
