import { clauseOf, sentenceEnd, sentenceStart } from "../clauses";
import type { Mention } from "../entities/types";
import { NEGATED_ADVERBS, NEGATORS, relationAlt, triggerWords } from "../lexicon";
import type { FoundRelation } from "./context";
import { WITH_PARTNER } from "./stage";

/** The words that stop or ban what the clause says (暂停, 禁止, 管制, 制裁, 中断: triggers.json cooperationHalted). */
const HALT_WORDS = triggerWords("cooperationHalted").join("|");
/**
 * A stop word read only as the clause's closing predicate (…实施全面暂停, …一律禁止, …交流活动暂停了): never
 * before a noun (管制刀具, 禁止…的合作协议, 中断两年后).
 */
const HALTED = new RegExp(`(?:${HALT_WORDS})了?$`);
/** A stop word anywhere in the rest of a clause (从未与某国中断往来). */
const HALTED_WORD = new RegExp(HALT_WORDS);
/**
 * Words before the stop word in its clause that deny, lift or resume the halt (没有, 从未, 解除, 恢复, 不受:
 * function-words.json negators and triggers.json cooperationHaltedNotAfter).
 */
const HALT_DENIED = new RegExp(`${NEGATORS}|${triggerWords("cooperationHaltedNotAfter").join("|")}`);

/** The words of refusal or ending (triggers.json cooperationRefused: 拒绝, 终止, 不再, 不得). */
const REFUSAL = triggerWords("cooperationRefused").join("|");
/**
 * A denied or refused 与/同: a negator (function-words.json negators) or a word of refusal right before 与
 * (不与, 未与, 拒绝与, 终止与), or before 同 except 不 (不同 is "different": 在不同领域与某国合作) and except a
 * word 同 begins (未同意, 没有同时); adverbs and modals (function-words.json negatedAdverbs: 未曾与, 不会与, 没能同,
 * 尚未正式与) and 同意/愿意 may stand between (未同意与某国合作, 不愿意与…). A 不 after 无, 莫 or
 * a modal 不得/不能/不可 is a double negative (无不与, 不得不与: the joint act stands).
 */
const NOT_BU = NEGATORS.split("|")
  .filter((w) => w !== "不")
  .join("|");
const ADV = `(?:${NEGATED_ADVERBS}){0,2}`;
const REFUSED_WITH = new RegExp(
  `(?:(?<!无|莫|不得|不能|不可)不|${NOT_BU}|${REFUSAL})${ADV}(?:同意|愿意)?与|(?:${NOT_BU}|${REFUSAL})${ADV}同(?![意时样步等类期])`,
  "g",
);
/** Another 与/同 opening a side (not 共同, 协同, 相同, 等同). */
const OTHER_WITH = /与|(?<![共协相等合])同/;

/**
 * Whether the evidence span of `r` holds a refused 与/同 (REFUSED_WITH) that governs the relation's partner: the
 * partner named after it (a mention of either side in `ms`, else the span's end) with no other 与/同 between
 * (没有与甲国签署…，而是与乙国签署: 乙国 stands), and whose clause does not go on to a stop word (从未与某国中断往来:
 * a denied halt, the ties go on).
 */
function refused(
  norm: string,
  r: FoundRelation & { cs: number; ce: number },
  ms: readonly Mention[],
): boolean {
  for (const m of norm.slice(r.cs, r.ce).matchAll(REFUSED_WITH)) {
    const at = r.cs + (m.index ?? 0) + m[0].length;
    const side = ms.find((x) => x.cs >= at && x.cs < r.ce && (x.id === r.target || x.id === r.source));
    if (OTHER_WITH.test(norm.slice(at, side ? side.cs : r.ce))) continue;
    const [, b] = clauseOf(norm, at);
    if (!HALTED_WORD.test(norm.slice(at, b))) return true;
  }
  return false;
}

/**
 * Words of wishing (relation-words.json "jointWishLeads": 希望, 盼望, 期待), of aiming (relation-words.json
 * "aimLeads": 旨在, 以期, 为了, 目的是, 将为) and of proposing (triggers.json "proposalVerbs": 建议, 提议, 倡议, 呼吁).
 */
const WISH_LEAD = new RegExp(
  `(?:${relationAlt("jointWishLeads")}|${relationAlt("aimLeads")}|${triggerWords("proposalVerbs").join("|")})`,
  "g",
);
/** A clause opened as the basis of an act (relation-words.json "jointWishNounLeads": 根据, 按照, 应, 经). */
const NOUN_LEAD = new RegExp(`^[\\s“"]*(?:${relationAlt("jointWishNounLeads")})`);
/** Words after the wish word that make it a noun or a name (relation-words.json "jointWishNounTails": 工程, 书). */
const NOUN_TAIL = new RegExp(`^(?:${relationAlt("jointWishNounTails")})`);
/** Verbs taking the wish word as object (relation-words.json "jointWishObjectVerbs": 听取, 采纳, 满怀). */
const OBJECT_VERB = new RegExp(relationAlt("jointWishObjectVerbs"));
/** A completed act: 已/已经, or 了 (not 为了, 了解; relation-words.json jointWishDoneMarks). */
const DONE = new RegExp(relationAlt("jointWishDoneMarks"));
/**
 * A later clause whose subject is the sides together and states an act done (目前双方已签署…, 两市随后签署了…;
 * relation-words.json sidesCount, at most four characters before 已/了).
 */
const SIDES_DONE = new RegExp(`(?:${relationAlt("sidesCount")})[^，,；;。！？!?]{0,4}?(?:${DONE.source})`);
/** Marks that end what a wish word can govern inside a sentence. */
const WISH_STOP = /[；;：:]/;
/** A comma (a wish word may govern across one). */
const COMMA = /[，,]/;
/** 与/同 opening a side (stage.ts WITH_PARTNER), all of them. */
const WITH_ALL = new RegExp(WITH_PARTNER.source, "g");

/**
 * Whether the wish word at [w, we) is a noun or inside a name, not the verb heading a 与/同 at `at`: inside a
 * mention (新希望集团), after 的 (的建议), before a noun tail (希望工程, 建议书), after a verb taking it as object
 * (听取专家建议, 满怀希望), closing a clause that ends in 下 before the 与 (在省政府建议和推动下，), or closing a
 * clause opened as the basis of an act (根据双方建议，, 应某方提议，; not 应建议同某地…).
 */
function wishNoun(norm: string, w: number, we: number, at: number, ms: readonly Mention[]): boolean {
  if (ms.some((m) => m.cs <= w && m.ce >= we) || norm[w - 1] === "的") return true;
  if (NOUN_TAIL.test(norm.slice(we))) return true;
  const [a, b] = clauseOf(norm, w);
  const before = norm.slice(a, w);
  const after = norm.slice(we, b).trimEnd();
  if (OBJECT_VERB.test(before)) return true;
  if (b < at && after.endsWith("下")) return true;
  return after === "" && NOUN_LEAD.test(before);
}

/**
 * A wish or a proposal heads the 与/同 at `at`: the last such word of its sentence before it, read as a verb
 * (wishNoun), with no other 与/同, colon or semicolon between and at most one comma, which either follows the word
 * (委员们建议，加强与…) or opens the 与's clause (希望扩大开放，与某地加强…); and not a completed act (已, 了:
 * 满怀希望，与某国签署了…; 希望成为…，已与某国开展…), nor one a later clause of the sentence states the sides
 * did together (希望与某地共建…，目前双方已签署框架协议).
 */
function wishHeads(norm: string, at: number, ms: readonly Mention[]): boolean {
  const from = sentenceStart(norm, at);
  const last = [...norm.slice(from, at).matchAll(WISH_LEAD)].pop();
  if (!last) return false;
  const w = from + (last.index ?? 0);
  const we = w + last[0].length;
  if (wishNoun(norm, w, we, at, ms)) return false;
  const rest = norm.slice(we, at);
  if (WISH_STOP.test(rest) || OTHER_WITH.test(rest) || DONE.test(rest)) return false;
  const [head, tail, ...more] = rest.split(COMMA);
  if (more.length > 0 || (tail !== undefined && head !== "" && tail.trim() !== "")) return false;
  const [, b] = clauseOf(norm, at);
  return !DONE.test(norm.slice(at, b)) && !SIDES_DONE.test(norm.slice(b, sentenceEnd(norm, at)));
}

/**
 * Whether the 与/同 that opens the relation's partner (the last one before the later side mention in the span, else
 * the span's first) is headed by a wish or a proposal (某省希望与某地加强…合作; 委员们建议，加强与某港…的合作;
 * 某国希望能在明年与某国签署…): a wish states no cooperation (在希望与甲国合作的同时，已与乙国签署…: 乙国 stands).
 */
function wished(
  norm: string,
  r: FoundRelation & { cs: number; ce: number },
  ms: readonly Mention[],
): boolean {
  const sides = ms.filter((x) => x.cs >= r.cs && x.cs < r.ce && (x.id === r.target || x.id === r.source));
  const later = sides.length > 1 ? Math.max(...sides.map((x) => x.cs)) : r.cs;
  const w =
    [...norm.slice(r.cs, later).matchAll(WITH_ALL)].pop() ?? WITH_PARTNER.exec(norm.slice(r.cs, r.ce));
  return w !== null && wishHeads(norm, r.cs + (w.index ?? 0), ms);
}

/**
 * Cooperation or trade that the last clause of its evidence says is halted or banned (…对日本进口水产品
 * 实施全面暂停, …的交流活动暂停): none. (A clause before it is not read: 在…的制裁下，致力强化与…的关系;
 * nor a halt denied or lifted in the clause: 合作从未中断, 解除…后.) Nor one whose evidence refuses 与/同
 * (某国政府不与甲国签署…, 乙省拒绝与丙方合作: refused).
 */
export function halted(norm: string, r: FoundRelation, ms: readonly Mention[] = []): boolean {
  if (r.type !== "COOPERATES_WITH" || r.cs === undefined || r.ce === undefined) return false;
  if (refused(norm, { ...r, cs: r.cs, ce: r.ce }, ms)) return true;
  if (wished(norm, { ...r, cs: r.cs, ce: r.ce }, ms)) return true;
  const [a, b] = clauseOf(norm, Math.max(r.cs, r.ce - 1));
  const clause = norm.slice(Math.max(a, r.cs), b).trimEnd();
  const m = HALTED.exec(clause);
  return m !== null && !HALT_DENIED.test(clause.slice(0, m.index));
}
