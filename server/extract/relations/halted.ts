import { clauseOf } from "../clauses";
import { NEGATORS, triggerWords } from "../lexicon";
import type { FoundRelation } from "./context";

/**
 * Words that stop or ban what the clause says (暂停, 禁止, 管制, 制裁, 中断: triggers.json cooperationHalted),
 * read only as the clause's closing predicate (…实施全面暂停, …一律禁止, …交流活动暂停了): never before a noun
 * (管制刀具, 禁止…的合作协议, 中断两年后).
 */
const HALTED = new RegExp(`(?:${triggerWords("cooperationHalted").join("|")})了?$`);
/**
 * Words before the stop word in its clause that deny, lift or resume the halt (没有, 从未, 解除, 恢复, 不受:
 * function-words.json negators and triggers.json cooperationHaltedNotAfter).
 */
const HALT_DENIED = new RegExp(`${NEGATORS}|${triggerWords("cooperationHaltedNotAfter").join("|")}`);

/**
 * A negator or a word of refusal or ending right before 与/同 (function-words.json negators, triggers.json
 * cooperationRefused: 不与, 未与, 拒绝与, 终止与, 尚未与): the joint act after it is denied or ended.
 */
const REFUSED_WITH = new RegExp(
  `(?:${NEGATORS}|${triggerWords("cooperationRefused").join("|")})(?:与|同)`,
  "g",
);

/**
 * Whether the evidence span of `r` holds a refused 与/同 (REFUSED_WITH) whose clause does not go on to a stop word
 * (从未与某国中断往来: a denied halt, the ties go on).
 */
function refused(norm: string, r: FoundRelation & { cs: number; ce: number }): boolean {
  for (const m of norm.slice(r.cs, r.ce).matchAll(REFUSED_WITH)) {
    const at = r.cs + (m.index ?? 0) + m[0].length;
    const [, b] = clauseOf(norm, at);
    if (!HALTED_WORD.test(norm.slice(at, b))) return true;
  }
  return false;
}
/** A stop word anywhere in a text (triggers.json cooperationHalted). */
const HALTED_WORD = new RegExp(triggerWords("cooperationHalted").join("|"));

/**
 * Cooperation or trade that the last clause of its evidence says is halted or banned (…对日本进口水产品
 * 实施全面暂停, …的交流活动暂停): none. (A clause before it is not read: 在…的制裁下，致力强化与…的关系;
 * nor a halt denied or lifted in the clause: 合作从未中断, 解除…后.) Nor one whose evidence refuses 与/同
 * (某国政府不与甲国签署…, 乙省拒绝与丙方合作: refused).
 */
export function halted(norm: string, r: FoundRelation): boolean {
  if (r.type !== "COOPERATES_WITH" || r.cs === undefined || r.ce === undefined) return false;
  if (refused(norm, { ...r, cs: r.cs, ce: r.ce })) return true;
  const [a, b] = clauseOf(norm, Math.max(r.cs, r.ce - 1));
  const clause = norm.slice(Math.max(a, r.cs), b).trimEnd();
  const m = HALTED.exec(clause);
  return m !== null && !HALT_DENIED.test(clause.slice(0, m.index));
}
