import { clauseEnd, clauseOf, sentenceEnd, sentenceStart } from "../clauses";
import type { Mention } from "../entities/types";
import { alternatives, readLexicon, relationAlt, trigger } from "../lexicon";
import { opensClause } from "./admin-belonging";
import { CLAUSE_LEAD, type RelationContext, typeOf } from "./context";
import { CONDITION_WORD, listAfter, pointAt, pushPartners } from "./cooperate";
import type { RelationRule } from "./types";

const WORDS = readLexicon<{
  channelVerbs: string[];
  channelQualifiers: string[];
  laterCopulas: string[];
  notCopulas: string[];
}>("channel-subject.json");
/** 是 opening a question or a modal phrase, no copula (channel-subject.json "notCopulas": 是否, 是不是, 是时候). */
const NOT_COPULA = new RegExp(`^(${alternatives(WORDS.notCopulas).source})`);
/**
 * A copula opening a later clause of the same subject (channel-subject.json "laterCopulas": 是, 也是, 还是…),
 * not one of "notCopulas".
 */
const LATER_COPULA = new RegExp(`^(?!${NOT_COPULA.source})(${alternatives(WORDS.laterCopulas).source})`);
const VERBS = alternatives(WORDS.channelVerbs).source;
/** Verbs of a channel leading to partners (channel-subject.json "channelVerbs": 通往, 面向, 进入, 连接…). */
const VERB = new RegExp(VERBS, "g");
/** The verb at a given place. */
const VERB_AT = new RegExp(`^(${VERBS})`);
/** A joint between two lists that share the channel. */
const JOINT = `(${relationAlt("channelJoints")})`;
/** A place read as a modifier, not a subject, when one of these follows it (甲市的…, 甲省某…: channelSubjectModifiers). */
const SUBJECT_MODIFIED = new RegExp(`^(?:${relationAlt("channelSubjectModifiers")})`);
/** The verb alone, right after a joint, for a second list sharing the channel (进入缅甸和连接南亚). */
const NEXT_VERB = new RegExp(`^${JOINT}(${VERBS})`);
/** A joint right before a verb: it may chain the verb to a list before. */
const JOINT_BEFORE = new RegExp(`${JOINT}$`);
/**
 * What closes the partners: modifiers (triggers.json "channelDegree": 开放, 重要, 唯一, 最大…; a superlative
 * 最便捷的; channel-subject.json "channelQualifiers": 陆路, 陆上, 国家级, 国际), 的, then a channel noun
 * ("channelToward": 口岸, 公路口岸, 通道, 出海口).
 */
const CHANNEL = new RegExp(
  `^(等)?(${relationAlt("channelPartnerKinds")})?(?:${trigger("channelDegree").source}|最[\\u4e00-\\u9fff]{1,3}?的|${alternatives(WORDS.channelQualifiers).source}|的)*(?:${trigger("channelToward").source})(?!${relationAlt("channelNounNot")})`,
);
/** A home phrase between 是 and the verb: a short run with no 的 and no clause mark (广西, 吉林省, 中国西部地区). */
const HOME_GAP = /^[^的，,；;。！？!?：:]{0,10}$/;
const SUBJECT = /^(Port|City)$/;
/** The places that may be the subject of a sentence (as context.ts subjectBefore takes them). */
const PLACES = ["Port", "City", "Province", "Country", "DevZone", "Area", "FreeTradeZone"];

/**
 * The port or city a copula sentence describes as a channel, for the verb at `at`: the last port or city of
 * the sentence written right before 是 (or a copula of "laterCopulas": 某市也是…), the verb in its clause or in a later clause opened by 是, with at
 * most a short home phrase between 是 and the verb (友谊关口岸是广西面向…, 某口岸是国家一类口岸，是吉林省通往…,
 * 某口岸是甲市的口岸，也是乙省通往…).
 */
export function copulaSubject(rc: RelationContext, at: number): Mention | undefined {
  const { norm, ms } = rc;
  const from = sentenceStart(norm, at);
  const s = ms
    .filter(
      (x) => x.cs >= from && x.ce < at && SUBJECT.test(typeOf(x.id)) && LATER_COPULA.test(norm.slice(x.ce)),
    )
    .sort((x, y) => x.ce - y.ce)
    .pop();
  if (!s) return sentenceSubject(rc, at);
  const [a] = clauseOf(norm, at);
  const later = LATER_COPULA.exec(norm.slice(a));
  const glued = LATER_COPULA.exec(norm.slice(s.ce))?.[0].length ?? 1;
  const gapFrom = a <= s.cs ? s.ce + glued : later ? a + later[0].length : -1;
  return gapFrom >= 0 && HOME_GAP.test(norm.slice(gapFrom, at)) ? s : undefined;
}

/**
 * With no port or city written right before 是: the subject of the sentence's earlier clauses (context.ts
 * subjectBefore: a speaker's X表示 is none, a fronted 作为 clause belongs to the subject after it) when it is a
 * port or city opening its clause (after its province or a date at most: 广西某市与某国接壤，是…, 某市作为…的
 * 交汇点，作为…) and every clause from the one after it to the verb's opens with a copula (channel-subject.json
 * "laterCopulas": 某市地处…，是…口岸，也是…门户).
 */
function sentenceSubject(rc: RelationContext, at: number): Mention | undefined {
  const { norm, ms } = rc;
  const from = sentenceStart(norm, at);
  const [start] = clauseOf(norm, at);
  const a = start + (/^\s*/.exec(norm.slice(start))?.[0].length ?? 0);
  const later = LATER_COPULA.exec(norm.slice(a));
  if (start <= from || !later || !HOME_GAP.test(norm.slice(a + later[0].length, at))) return undefined;
  // (作为…门户，乙市…: the clause is about the place that opens the next clause of the sentence)
  const ahead = rc.subjectBefore(pointAt(at), PLACES);
  if (ahead && ahead.cs > at && ahead.cs < sentenceEnd(norm, at)) return undefined;
  const s = rc.subjectBefore(pointAt(a), PLACES);
  if (!s || s.cs < from || !SUBJECT.test(typeOf(s.id)) || SUBJECT_MODIFIED.test(norm.slice(s.ce)))
    return undefined;
  const sorted = [...ms].sort((x, y) => x.cs - y.cs);
  if (!opensClause(norm, sorted, s) && !CLAUSE_LEAD.test(norm.slice(clauseOf(norm, s.cs)[0], s.cs)))
    return undefined;
  for (let p = clauseEnd(norm, s.ce) + 1; p < start; p = clauseEnd(norm, p) + 1)
    if (!LATER_COPULA.test(norm.slice(p).trimStart())) return undefined;
  return s;
}

/** The partners of the channel whose verb is at `at` and the end of its channel noun, or undefined. */
export function channelPartners(rc: RelationContext, at: number): { ids: string[]; end: number } | undefined {
  const { norm, ms } = rc;
  const cands = ms
    .filter((m) => typeOf(m.id) === "Country" && m.id !== "Country:中国")
    .sort((x, y) => x.cs - y.cs);
  const ids: string[] = [];
  let pos = at + (VERB_AT.exec(norm.slice(at))?.[0].length ?? 0);
  for (;;) {
    const list = listAfter(norm, cands, pos, true);
    if (list.list.length === 0) return undefined;
    ids.push(...list.list.map((x) => x.id));
    const next = NEXT_VERB.exec(norm.slice(list.end));
    if (!next) {
      const channel = CHANNEL.exec(norm.slice(list.end));
      return channel ? { ids, end: list.end + channel[0].length } : undefined;
    }
    pos = list.end + next[0].length;
  }
}

/**
 * A port or city described as a channel to partners: 友谊关口岸是广西面向东盟最大的陆路口岸, 珲春口岸是国家一类
 * 口岸，是吉林省通往俄罗斯的唯一公路口岸, 某口岸是中国进入缅甸和连接南亚东南亚的重要陆路通道 → COOPERATES_WITH
 * from the port or city (the subject of 是) to each country listed after the verb, when a channel noun
 * (口岸, 通道, 大通道, 门户, 出海口) closes them; the home place written between 是 and the verb is no side. With
 * no port or city right before 是, the one that opens the sentence when the verb's clause opens with a copula
 * (凭祥与越南接壤，也是我国通往东盟的重要门户; 东兴市作为…，作为我国面向越南乃至东盟的大通道). A province or
 * zone as the subject, a hub or role noun (枢纽, 窗口), or a verb with no copula give nothing here
 * (cooperation.ts reads 面向 for those).
 */
export const channelSubject: RelationRule = {
  name: "channel-subject",
  types: ["COOPERATES_WITH"],
  find(rc) {
    for (const v of rc.norm.matchAll(VERB)) {
      const at = v.index ?? 0;
      // (a verb chained after a first list is read with it: 进入缅甸和连接南亚)
      if (JOINT_BEFORE.test(rc.norm.slice(Math.max(0, at - 2), at)) && channelBefore(rc, at)) continue;
      const s = copulaSubject(rc, at);
      const p = s && !hypothetical(rc.norm, s, at) ? channelPartners(rc, at) : undefined;
      if (s && p) pushPartners(rc.push, s, p.ids, s.cs, p.end);
    }
  },
};

/** Whether a verb earlier in the clause opens a list chained to the verb at `at`. */
function channelBefore(rc: RelationContext, at: number): boolean {
  const [a] = clauseOf(rc.norm, at);
  for (const v of rc.norm.slice(a, at).matchAll(VERB))
    if (channelPartners(rc, a + (v.index ?? 0))) return true;
  return false;
}

/**
 * Whether the sentence only supposes or asks the channel: a condition opens it before the subject (如果这条铁路
 * 建成，某口岸是…), or it ends in 吗 or a question mark (某市是中国通往某国的口岸吗？).
 */
function hypothetical(norm: string, s: Mention, at: number): boolean {
  if (CONDITION_WORD.test(norm.slice(sentenceStart(norm, at), s.cs))) return true;
  const end = sentenceEnd(norm, at);
  return /[？?]/.test(norm[end] ?? "") || /吗[。！？!?]?$/.test(norm.slice(at, end + 1));
}
