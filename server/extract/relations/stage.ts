import { CLAUSE_END, clauseOf, QUESTION_REST, sentenceEnd } from "../clauses";
import type { Mention } from "../entities/types";
import {
  ACCESSION_ADVERBS,
  alternatives,
  CLAUSE_TIMES,
  NEGATED,
  NEGATED_ADVERBS,
  NEGATORS,
  NEGOTIATED_AFTER,
  NEGOTIATION_ROUND_AFTER,
  readLexicon,
  relationAlt,
  SIGNED_APPLICATION,
  STAGES,
  trigger,
  triggerWords,
} from "../lexicon";
import type { RelationContext } from "./context";
import { T_JOINT, T_PARTY, T_SIGNED } from "./triggers";

/**
 * A party named only as whom an act is addressed to (乌克兰已向新西兰提交加入CPTPP的请求, 中方向DEPA保存方
 * 新西兰提出申请): right after 向, or after 向 and the depositary or secretariat it is ("depositaryNouns").
 */
const ADDRESSED = new RegExp(`向([^，,；;。：:]{0,30}(${trigger("depositaryNouns").source}))?$`);

/** Whether the mention at `cs` is the addressee of an act rather than its actor. */
export function addressed(norm: string, cs: number): boolean {
  return ADDRESSED.test(norm.slice(Math.max(0, cs - 40), cs));
}

/**
 * The stage a text states (applied | ratified | in_force | signed | pilots), first in lexicon order;
 * a negated stage word (尚未批准) states none, nor a signing verb whose object is an application (签署了
 * 申请加入RCEP的正式文件: lexicon.ts SIGNED_APPLICATION).
 */
export function stageIn(text: string): string | undefined {
  // (a signing verb whose object is an application is part of applying: 签署了加入DEPA的申请书 → applied; a quoted
  // name counts as one word there, however long: 签署了加入《数字经济伙伴关系协定》的申请书)
  // (collapsed only then: a quoted title may hold a stage word of its own, 《关于批准…的决定》)
  const collapsed = text.replace(QUOTED_NAME, "《·》");
  const base = collapsed.search(SIGNED_APPLICATION) >= 0 ? collapsed : text;
  const read = base.replace(SIGNED_APPLICATION, (m) => `··${m.slice(2)}`);
  return GLOBAL_STAGES.find((s) => saidIn(read, s.re))?.stage;
}
/** A name in title quotes (《…》), read as one word by stageIn. */
const QUOTED_NAME = /《[^《》\n]{1,60}》/g;
const GLOBAL_STAGES = STAGES.map(({ stage, re }) => ({ stage, re: new RegExp(re.source, "g") }));

/** Whether `re` (a global regex) occurs in `text` at least once not negated (尚未批准, 没有正式加入). */
function saidIn(text: string, re: RegExp): boolean {
  return [...text.matchAll(re)].some((m) => !NEGATED.test(text.slice(0, m.index)));
}

/** A denied copula at the end of a text (不再是, 已不是, 尚未成为, 并非): what follows names no membership. */
const DENIED_COPULA = new RegExp(
  `(?:(?:${NEGATORS})(?:${NEGATED_ADVERBS}){0,2}(?:${relationAlt("deniedCopulas")})|并非)$`,
);

/** Whether `text` (the words between a country and the agreement) ends in a denied copula (美国不再是CPTPP的签署国). */
export function deniedCopula(text: string): boolean {
  return DENIED_COPULA.test(text);
}

/** Whether `re` (a global regex) occurs in `text` and every occurrence is negated (尚未加入, 未能签署). */
export function deniedIn(text: string, re: RegExp): boolean {
  const all = [...text.matchAll(re)];
  return all.length > 0 && all.every((m) => NEGATED.test(text.slice(0, m.index)));
}

/**
 * The stage of the agreement `ag` stated by norm[from, end): when another agreement stands between `from` and
 * `ag` and the words after it state a stage of their own (中国已签署RCEP并申请加入CPTPP → CPTPP applied), only
 * those words; when they state none (中国批准了RCEP和DEPA), the whole text, whose act both share.
 */
export function stageFrom(
  norm: string,
  from: number,
  end: number,
  ag: Mention,
  agreements: Mention[],
): string | undefined {
  const cut = Math.max(from, ...agreements.filter((x) => x.ce <= ag.cs && x.id !== ag.id).map((x) => x.ce));
  return (cut > from ? stageIn(norm.slice(cut, end)) : undefined) ?? stageIn(norm.slice(from, end));
}

/**
 * A party only hoped for: the subjects are whom a benefit helps toward a party's act (有助于台湾加入TPP, 助力我国
 * 加入, 有助于推动中国加入CPTPP, 为台湾参与TPP创造便利条件; triggers.json hopedPartyBefore, hopedPartyLead, and 为
 * with hopedPartyFrame after the agreement). `first` and `last` open and close the subjects; a party verb must
 * follow them (有助于越南签署RCEP), so a zone helped to align (助力海南自由贸易港对接CPTPP规则) still aligns. A party
 * right after a bare 支持 whose own words state applying (支持某国申请加入) has applied: it keeps that stage.
 */
export function hopedFor(norm: string, first: Mention, last: Mention, ag: Mention): boolean {
  if (!HOPED_ACT.test(norm.slice(last.ce, ag.cs))) return false;
  const before = norm.slice(Math.max(0, first.cs - 12), first.cs);
  const benefit = HOPED_BEFORE.exec(before);
  // (a party supported in applying has applied itself: 英国支持哥斯达黎加申请加入CPTPP → 哥斯达黎加 applied)
  if (supportedApplicant(norm, first, last, ag)) return false;
  return !!benefit || (/(?<![成认作因称以])为$/.test(before) && HOPED_FRAME.test(norm.slice(ag.ce)));
}

/**
 * Whether `first`…`last` stand right after a bare 支持 (no 推动/促进 after it) and their own words before the
 * agreement state applying (支持某国申请加入): the applying is theirs, stated; the supporter before 支持 is no party.
 */
export function supportedApplicant(norm: string, first: Mention, last: Mention, ag: Mention): boolean {
  const benefit = HOPED_BEFORE.exec(norm.slice(Math.max(0, first.cs - 12), first.cs));
  return benefit?.[0] === "支持" && stageIn(norm.slice(last.ce, ag.cs)) === "applied";
}
const HOPED_BEFORE = new RegExp(
  `(?:${trigger("hopedPartyBefore").source})(?:${trigger("hopedPartyLead").source})?(?:${ACCESSION_ADVERBS})?$`,
);
const HOPED_FRAME = new RegExp(`^[^，,；;。]*(?:${trigger("hopedPartyFrame").source})`);
/** A party verb right after the subjects (a count, 等, an adverb between: 等国早日加入). */
const HOPED_ACT = new RegExp(`^[^，,；;。]{0,8}?(?:${T_PARTY.source})`);

/**
 * Whether the agreement ending at `ce` is the object of talks (…协定谈判正式启动, 升级谈判, 取得新进展, 第五轮谈判):
 * the clause's stage words are about the talks, so it states no stage of the agreement.
 */
export function negotiated(norm: string, ce: number): boolean {
  return NEGOTIATED_AFTER.test(norm.slice(ce, ce + 80)) || inRound(norm, ce);
}

/** Whether the agreement ending at `ce` names a numbered round of its talks (第五轮谈判): no party yet. */
export function inRound(norm: string, ce: number): boolean {
  return NEGOTIATION_ROUND_AFTER.test(norm.slice(ce, ce + 80));
}

/** `{ properties: { stage } }` when the text states a stage, else nothing (to spread into a relation). */
export function stageOf(text: string): { properties?: Record<string, string> } {
  return stageProps(stageIn(text));
}

/** `{ properties: { stage } }` for a stage, else nothing (to spread into a relation). */
export function stageProps(stage: string | undefined): { properties?: Record<string, string> } {
  return stage ? { properties: { stage } } : {};
}

/**
 * ALIGNS_WITH from each member country to the agreement, spanning `at(member)`, with the stage when
 * one is given (piloting is for zones, not for parties).
 */
export function pushMembers(
  push: RelationContext["push"],
  members: Mention[],
  agreement: string,
  at: (member: Mention) => { cs: number; ce: number },
  stage: string | undefined,
): void {
  for (const c of members)
    push({
      type: "ALIGNS_WITH",
      source: c.id,
      target: agreement,
      method: "pattern",
      confidence: 0.75,
      ...at(c),
      ...(stage && stage !== "pilots" ? { properties: { stage } } : {}),
    });
}

/**
 * ALIGNS_WITH from each party to the agreement `ag`, spanning the agreement to the end `ce` of its clause,
 * with the stage its clause states (named-parties.ts, agreement-parties.ts); piloting is for zones, not for parties
 * (as pushMembers).
 */
export function pushParties(
  push: RelationContext["push"],
  parties: string[],
  ag: Mention,
  ce: number,
  stage: { properties?: Record<string, string> },
): void {
  for (const source of parties)
    push({
      type: "ALIGNS_WITH",
      source,
      target: ag.id,
      method: "pattern",
      confidence: 0.7,
      cs: ag.cs,
      ce,
      ...(stage.properties?.stage === "pilots" ? {} : stage),
    });
}

/** A 与/同 naming a partner (not the 与/同 of a word: 参与, 给与, 共同, 不同, 相同, 如同). */
export const WITH_PARTNER = /(?<![参给赋授])与|(?<![共不相如等协])同/;
/** A joint or signing word (签署, 签订, 合作) that a later clause may deny. */
const ACT_ALL = new RegExp(`${T_JOINT.source}|${T_SIGNED.source}`, "g");
/**
 * Whether the sentence, after the joint act ending at `ce`, denies a joint or signing word in a clause naming no
 * other partner (拟与某国签署协议，但目前仍未签署: a plan not carried out; not …，而与乙国尚未签署, nor …，但尚未
 * 落实). Read by joint-with.ts and cooperation.ts.
 */
export function deniedLater(norm: string, ce: number): boolean {
  const rest = norm.slice(ce, sentenceEnd(norm, ce));
  for (const m of rest.matchAll(ACT_ALL)) {
    const before = rest.slice(0, m.index);
    if (NEGATED.test(before) && !WITH_PARTNER.test(before.split(CLAUSE_END).pop() ?? "")) return true;
  }
  return false;
}

/**
 * A condition or a wish before the agreement (triggers.json serviceRunConditions and partnerWish: 如果…,
 * 希望《…》), a time word (function-words.json clauseTimes: 如果明年…) or a year between, and an optional title quote.
 */
const HEDGED_BEFORE = new RegExp(
  `(?:${[...triggerWords("serviceRunConditions"), ...triggerWords("partnerWish")].join("|")})` +
    `(?:${CLAUSE_TIMES}|\\d{4}\\s*年)?[《“"]?$`,
);
/**
 * An open question right after the agreement (origin-goods.json undecided: 能否, 是否…), a closing quote and at most
 * five characters with no 的 between (…协定升级议定书能否…); not a question about what it brought (…协定的生效是否带动了…).
 */
const UNDECIDED = new RegExp(
  `^[》”"]?[^的，,；;。]{0,5}?(?:${alternatives(readLexicon<{ undecided: string[] }>("origin-goods.json").undecided).source})`,
);

/**
 * Whether the agreement `cs`…`ce` is only hoped for, set as a condition or asked about in its clause
 * (如果甲国—乙国自由贸易协定正式实施…, 希望《…》早日生效, …能否实施仍不确定, …生效了吗？): no party yet.
 * Read by named-parties.ts and agreement-parties.ts (mend25k: one hedge for both rules).
 */
export function hedged(norm: string, cs: number, ce: number): boolean {
  const [a, b] = clauseOf(norm, cs);
  const after = norm.slice(ce, b + 1);
  return HEDGED_BEFORE.test(norm.slice(a, cs)) || UNDECIDED.test(after) || QUESTION_REST.test(after);
}
