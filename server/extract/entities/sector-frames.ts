import { CLAUSE_MARKS, clauseOf } from "../clauses";
import {
  alternatives,
  BUILT_AFTER,
  NEGATED_ADVERBS,
  NEGATORS,
  PLACE_FOCUS_WORDS,
  readLexicon,
  SECTOR_SUFFIX_NOT_AFTER,
  triggerWords,
  ZONE_TYPE,
} from "../lexicon";
import type { Mention } from "./types";

/** data/lexicon/sector-frames.json: what licenses a sector word in its clause. */
const LEX = readLexicon<{
  frameWords: string[];
  negatorsExtra: string[];
  classHeadNotBefore: string[];
  classHeads: string[];
  labelZoneWords: string[];
  withAsAfter: string[];
  afterWords: string[];
  holderBefore: string[];
}>("sector-frames.json");
/** industry.json anchorClassHeads (领域, 产业, 行业, 赛道), the class heads sector-anchor.ts reads as well. */
const industry = readLexicon<{ anchorClassHeads: string[] }>("industry.json");
/**
 * A word before the sector in its clause that states what is developed, built or covered: the focus words
 * (lexicon.ts PLACE_FOCUS_WORDS: 重点发展, 打造, 主打, 深耕…) and frameWords (涵盖, 包括, 推进…).
 */
const FRAME_WORDS = alternatives([...PLACE_FOCUS_WORDS, ...LEX.frameWords]).source;
const FRAME_BEFORE = new RegExp(`(?:${FRAME_WORDS})(?!的)`);
/**
 * A negated frame word (lexicon.ts NEGATORS plus negatorsExtra, up to two NEGATED_ADVERBS between): the clause
 * states no field, whatever else would frame the sector (没有打造甲产业的计划, 没有发展乙业的条件, 不再发展丙).
 */
const NEGATED_FRAME = new RegExp(
  `(?:${NEGATORS}|${LEX.negatorsExtra.join("|")})(?:${NEGATED_ADVERBS}){0,2}(?:${FRAME_WORDS})`,
);
/**
 * A class head (industry.json anchorClassHeads plus classHeads), or a word of growth or building, after the sector
 * in its clause (甲等产业, 乙领域, 丙业态, 丁发展迅速), not before an event's or a body's noun (classHeadNotBefore:
 * 甲行业论坛, 乙产业协会).
 */
const CLASS_AFTER = new RegExp(
  `^[^${CLAUSE_MARKS}：:]*?(?:${alternatives([...industry.anchorClassHeads, ...LEX.classHeads, ...LEX.afterWords]).source})(?!${alternatives(LEX.classHeadNotBefore).source})`,
);
/** 以 (not 以及) before the sector and a close of withAsAfter after it in its clause (以甲、乙为主导). */
const WITH_BEFORE = /以(?!及)/;
const AS_AFTER = new RegExp(`^[^${CLAUSE_MARKS}：:]*?(?:${alternatives(LEX.withAsAfter).source})`);
/** 业 right after the sector as its own suffix (旅游业), not the start of another word (业务, 业主: lexicon.ts
 * SECTOR_SUFFIX_NOT_AFTER, sector-frames.json suffixNotAfter). */
const TRADE_SUFFIX = new RegExp(`^业(?![${SECTOR_SUFFIX_NOT_AFTER}])`);
/**
 * What makes a sector ending in 业 qualify people rather than name a field: a person head (triggers.json
 * personHeads), after holderBefore (服务业从业人员).
 */
const HOLDER_AFTER = new RegExp(
  `^(?:${alternatives(LEX.holderBefore).source})?(?:${alternatives(triggerWords("personHeads")).source})`,
);
/** A zone word or a zone's name right before a colon that opens the sector's clause (三大特色片区：甲园). */
const LABEL_BEFORE = new RegExp(`(?:${alternatives(LEX.labelZoneWords).source})[：:]$`);
/** What may stand between a zone heading a line and its list of sectors: figures or a colon, with blanks. */
const HEADING_GAP = /^(?=[^、]*[\d：:])[\s\d.．％%：:]+(?:[^\s、，,。；;：:]{1,16}、)*$/;

/**
 * The sector's clause before it with the other mentions' names blanked out: a frame word inside a name
 * (国家发展改革委, 某某促进中心) frames nothing (nor does one right before 的, FRAME_BEFORE: 打造的甲汽车).
 */
function blankedBefore(
  norm: string,
  a: number,
  m: Pick<Mention, "cs" | "ce">,
  ms: readonly Mention[],
): string {
  const chars = norm.slice(a, m.cs).split("");
  for (const o of ms) {
    if (o.cs < a || o.ce > m.cs) continue;
    for (let i = o.cs; i < o.ce; i++) chars[i - a] = "\u3000";
  }
  return chars.join("");
}

/**
 * A zone labels the sector's list: the zone heads the line before the list (甲片区 58.19 乙、丙), follows the
 * colon that closes it (乙和丙：甲片区) or stands before the colon that opens it (三大片区：乙园).
 */
function zoneLabel(
  norm: string,
  m: Pick<Mention, "cs" | "ce">,
  a: number,
  e: number,
  ms: readonly Mention[],
): boolean {
  if (LABEL_BEFORE.test(norm.slice(Math.max(0, a - 8), a))) return true;
  const colonZone =
    /[：:]/.test(norm[e] ?? "") && ms.some((z) => ZONE_TYPE.test(z.id) && z.cs > e && z.cs <= e + 3);
  return (
    colonZone ||
    ms.some((z) => ZONE_TYPE.test(z.id) && z.ce <= m.cs && HEADING_GAP.test(norm.slice(z.ce, m.cs)))
  );
}

/**
 * The clause frame of an Industry mention: the annotated sectors stand after a word of development, building,
 * gathering or covering (重点发展甲、乙, 打造丙集群, 涵盖戊等领域), before a class head (己产业, 庚等领域, 辛业)
 * or a hub being built (丙枢纽建设), between 以 and 为主导 (以壬为主导), named with 业 after a word of its own
 * (旅游业, not 农业 alone; not before a person head), or in a list a zone labels (zoneLabel); a sector word with
 * none of these in its clause is goods, a route's cargo, part of a company's or an event's name, or a service
 * offered (…出品的甲、乙经海运销往非洲, 甲科技等8个项目进驻, 拥有本省乙最大码头).
 */
export function framed(norm: string, m: Pick<Mention, "cs" | "ce">, ms: readonly Mention[] = []): boolean {
  const [a, e] = clauseOf(norm, m.cs);
  const after = norm.slice(m.ce, e);
  const before = blankedBefore(norm, a, m, ms);
  if (NEGATED_FRAME.test(before)) return false;
  return (
    FRAME_BEFORE.test(before) ||
    CLASS_AFTER.test(after) ||
    BUILT_AFTER.test(after) ||
    TRADE_SUFFIX.test(after) ||
    (WITH_BEFORE.test(norm.slice(a, m.cs)) && AS_AFTER.test(after)) ||
    (norm[m.ce - 1] === "业" && m.ce - m.cs >= 3 && !HOLDER_AFTER.test(after)) ||
    zoneLabel(norm, m, a, e, ms)
  );
}

/** Removes (in place) the Industry mentions of a passage whose clause gives them no frame (see `framed`). */
export function dropUnframedSectors(norm: string, ms: Mention[]): void {
  for (let k = ms.length - 1; k >= 0; k--) {
    const m = ms[k];
    if (m?.id.startsWith("Industry:") && !framed(norm, m, ms)) ms.splice(k, 1);
  }
}
