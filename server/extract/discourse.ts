/**
 * Discourse context: the subject a heading or an earlier sentence of the paragraph sets for clauses
 * that name none, and the spans that refer back to it (该区, 本片区, a bare 自贸试验区 under a heading).
 */
import { type Evidence, idType as typeOf } from "../../contracts/graph";
import { clauseOf } from "./clauses";
import type { Mention as RecMention } from "./entities/types";
import { ALIAS_BRACKET, coreAlt, trigger } from "./lexicon";
import { datelinePlace } from "./relations/context";
import { T_FOCUS } from "./relations/triggers";

export interface CtxSubject {
  id: string;
  /** Where the subject was named. */
  ev: Evidence;
}

/** A heading line: short, without sentence-final punctuation (or a Markdown heading). */
export function isHeading(clean: string): boolean {
  const t = clean.trim();
  if (/^#/.test(t)) return true;
  return t.length <= 40 && !/[。！？!?；;…：:，,]$/.test(t) && !/[。！？!?]/.test(t);
}

const CTX_TYPES = ["FreeTradeZone", "Area", "Province", "City"];

/**
 * The subject a passage sets for what follows: its first zone or area, else its first province
 * or city — not a place that is only the object of 依托/通过/与/面向 (依托二连浩特、满洲里等口岸) or
 * a destination (线路通达阿拉木图、塔什干…).
 */
/** The words before a name that make it an object, not the subject (core-words.json discourseObjectMarks). */
const OBJECT_BEFORE = new RegExp(`(${coreAlt("discourseObjectMarks")})$`);
/** Zones in general (core-words.json discourseZoneWords) and what makes them a clause's subject (discourseSubjectOpeners). */
const GENERIC_ZONE = new RegExp(coreAlt("discourseZoneWords"), "g");
const SUBJECT_AFTER = new RegExp(`^(${coreAlt("discourseSubjectOpeners")})`);
/** 该/本 (discourseAnaphorDemonstratives) and an area's or a zone's word (discourseAnaphorZoneWords). */
const THIS = coreAlt("discourseAnaphorDemonstratives");
const AREA_ANAPHOR = new RegExp(`(${THIS})片区`, "g");
const ZONE_ANAPHOR_WORDS = `(${THIS})(${coreAlt("discourseAnaphorZoneWords")})(?![域内外间])`;
const ZONE_ANAPHOR = new RegExp(ZONE_ANAPHOR_WORDS, "g");
const ZONE_ANAPHOR_HEADED = new RegExp(
  `${ZONE_ANAPHOR_WORDS}|自贸试验区(?![建设制度改革创新的提升战略])`,
  "g",
);

/** A focus or building word closing the words before a place (加快发展甲市…, 加快建设乙市…: triggers.json focus, focusBuildVerbs). */
const FOCUS_VERB_LAST = new RegExp(`(?:${T_FOCUS.source}|${trigger("focusBuildVerbs").source})$`);

/**
 * A province or city written after other words of its clause and right before a sector's name (做大做强甲市
 * 乙产业集群, 扩大丙市农业集聚发展): it modifies the sector's noun phrase, it is not what the passage is about.
 * After a focus verb (加快发展甲市乙产业) the place keeps its own focus and stays the subject.
 */
function modifiesSector(norm: string, ms: RecMention[], m: RecMention): boolean {
  if (!/^(Province|City)$/.test(typeOf(m.id))) return false;
  if (!ms.some((x) => x.cs === m.ce && typeOf(x.id) === "Industry")) return false;
  const lead = norm.slice(clauseOf(norm, m.cs)[0], m.cs);
  return /[\u4e00-\u9fff]$/.test(lead) && !FOCUS_VERB_LAST.test(lead);
}

export function contextSubject(norm: string, ms: RecMention[]): RecMention | undefined {
  const ok = (m: RecMention) => {
    // (the place of a dateline, 中新社南宁10月21日电, filed the news and is not what it is about)
    if (datelinePlace(norm, m)) return false;
    // (the 、 of a heading's number, 三、长沙片区, lists nothing)
    if (/^\s*[一二三四五六七八九十]+、$/.test(norm.slice(0, m.cs))) return true;
    // (the place a name is written after is part of its phrase: 与云南昭通 is an object as 与昭通 is)
    let start = m.cs;
    for (let x = ms.find((n) => n.ce === start); x; x = ms.find((n) => n.ce === start)) start = x.cs;
    const head = norm.slice(Math.max(0, start - 6), start);
    return !OBJECT_BEFORE.test(head) && !modifiesSector(norm, ms, m);
  };
  const cands = ms.filter((m) => CTX_TYPES.includes(typeOf(m.id)) && ok(m));
  // 广西自贸试验区钦州港片区推动…: an area written right after its zone is the subject
  const first = cands.find((m) => typeOf(m.id) === "FreeTradeZone" || typeOf(m.id) === "Area");
  const next = first && cands.find((m) => m.cs >= first.ce && m.cs - first.ce <= 1);
  if (first && typeOf(first.id) === "FreeTradeZone" && next && typeOf(next.id) === "Area") return next;
  return (
    first ??
    cands.find((m) => typeOf(m.id) === "Province" || typeOf(m.id) === "City") ??
    // 中国 as the actor of agreements (中国已申请加入或尚待实施的…协定 / 例如，…)
    ms.find((m) => m.id === "Country:中国" && ok(m) && !/^[式与和同]/.test(norm.slice(m.ce)))
  );
}

/** A bare 自由贸易试验区/自贸试验区 not part of a named zone: the text talks about zones in general. */
export function genericZone(norm: string, ms: RecMention[]): boolean {
  for (const m of norm.matchAll(GENERIC_ZONE)) {
    const at = m.index ?? 0;
    if (ms.some((x) => x.cs <= at && at < x.ce)) continue;
    // zones in general as the subject of a clause: 自由贸易试验区应…, 东部地区的自由贸易试验区可…
    if (SUBJECT_AFTER.test(norm.slice(at + m[0].length))) return true;
  }
  return false;
}

/**
 * Spans of a passage that refer back to the context subject: 该区/本区/该自贸试验区 (zones),
 * 该片区/本片区 (areas), and — when a heading names the zone — a bare 自贸试验区 that is not part
 * of a named zone (内蒙古…，自贸试验区正为这一短板提供破局路径).
 */
export function anaphorsIn(
  norm: string,
  ms: RecMention[],
  id: string,
  fromHeading: boolean,
): { cs: number; ce: number }[] {
  const t = typeOf(id);
  const out: { cs: number; ce: number }[] = [];
  const covered = (i: number) => ms.some((m) => m.cs <= i && i < m.ce);
  const re =
    t === "Area"
      ? AREA_ANAPHOR
      : t === "FreeTradeZone"
        ? fromHeading
          ? ZONE_ANAPHOR_HEADED
          : ZONE_ANAPHOR
        : null;
  if (!re) return out;
  for (const m of norm.matchAll(re)) {
    const cs = m.index ?? 0;
    if (covered(cs)) continue;
    // a bare 自贸试验区 right after a Han character is part of a longer word (沿边自贸试验区)
    if (!m[1] && /[\u4e00-\u9fff]/.test(norm[cs - 1] ?? "") && !/[，,。；]|[这该本]/.test(norm[cs - 1] ?? ""))
      continue;
    out.push({ cs, ce: cs + m[0].length });
  }
  return out;
}

/** A word for the place talked about (全区, 全省, 我市, 本省…: triggers.json placeAnaphor), no clause mark after it. */
const PLACE_WORD = new RegExp(`(${trigger("placeAnaphor").source})[^，,；;。！？!?]*$`);

/**
 * Whether `lead` (the part of a clause before a name) refers back to the place talked about by a word of its
 * own, with no clause mark after it (全区开行中欧班列): read by on-corridor for a subject carried from the
 * context. Beside `anaphorsIn` (该区, 本片区: spans standing for the context subject), which finds spans.
 */
export function placeAnaphorIn(lead: string): boolean {
  return PLACE_WORD.test(lead);
}

/** A short name a text defines for a zone or area, and where it was defined. */
export interface DefinedAlias {
  alias: string;
  id: string;
  /** The name and its bracket: 中国（四川）自由贸易试验区（以下简称自贸试验区）. */
  cs: number;
  ce: number;
}

/**
 * Short names the passage defines for a zone or area (中国（四川）自由贸易试验区（以下简称自贸试验区）):
 * later in the document the short name refers to that zone.
 */
export function definedAliases(norm: string, ms: RecMention[]): DefinedAlias[] {
  const out: DefinedAlias[] = [];
  for (const m of ms) {
    if (typeOf(m.id) !== "FreeTradeZone" && typeOf(m.id) !== "Area") continue;
    const b = ALIAS_BRACKET.exec(norm.slice(m.ce));
    if (b?.[1]) out.push({ alias: b[1], id: m.id, cs: m.cs, ce: m.ce + b[0].length });
  }
  return out;
}

/**
 * Characters before a short name that make it part of another word or a description of zones in
 * general (沿边自贸试验区, 全国自贸试验区, 各自贸试验区, 新设的自贸试验区).
 */
const NOT_ALIAS_BEFORE = /[边海陆国各他批个级设的些类型等省市县区州盟]$/;

/** Spans of the passage where a defined short name stands for its zone (not inside another name). */
export function aliasSpans(norm: string, ms: RecMention[], alias: string): { cs: number; ce: number }[] {
  const out: { cs: number; ce: number }[] = [];
  for (let at = norm.indexOf(alias); at >= 0; at = norm.indexOf(alias, at + alias.length)) {
    const ce = at + alias.length;
    if (ms.some((m) => m.cs < ce && at < m.ce)) continue;
    if (NOT_ALIAS_BEFORE.test(norm.slice(0, at))) continue;
    // the definition itself (（以下简称自贸试验区）)
    if (/(简称为?|下称)[“"「『]?$/.test(norm.slice(Math.max(0, at - 4), at))) continue;
    out.push({ cs: at, ce });
  }
  return out;
}
