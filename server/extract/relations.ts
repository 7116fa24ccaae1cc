/**
 * Typed relationships inside one passage, from the mentions found there and trigger words of the
 * language: the relation rules of relations/registry.ts, run in order. Every relation carries the
 * span it was read from (used as evidence).
 */
import type { Catalog } from "./catalog";
import { clauseOf } from "./clauses";
import type { Mention } from "./entities/types";
import { learnedRelations } from "./learned/classify";
import { NEGATORS, triggerWords } from "./lexicon";
import { type Context, type FoundRelation, type ReferentSpan, relationContext } from "./relations/context";
import { withoutModifierCountries } from "./relations/modifier-country";
import { RELATION_RULES } from "./relations/registry";
import type { RelationRule } from "./relations/types";

export type { Context, FoundRelation, ReferentSpan } from "./relations/context";

export function findRelations(
  norm: string,
  ms: Mention[],
  cat: Catalog,
  inTable = false,
  abbr: Mention[] = [],
  ctx?: Context,
  rules: readonly RelationRule[] = RELATION_RULES,
  service?: string,
  placed?: Pick<Mention, "id" | "parts">,
  referents: readonly ReferentSpan[] = [],
): FoundRelation[] {
  const contextOf = (into: FoundRelation[], refs?: readonly ReferentSpan[]) =>
    relationContext(norm, ms, cat, inTable, abbr, ctx, into, service, placed, refs);
  const out: FoundRelation[] = [];
  const rc = contextOf(out);
  for (const rule of rules) rule.find(rc);
  if (rules === RELATION_RULES) out.splice(0, out.length, ...learnedRelations(rc, out));
  if (referents.length > 0) out.push(...viaReferents(out, contextOf, rules, referents));
  return withoutModifierCountries(norm, out, ms, abbr).filter((r) => !halted(norm, r));
}

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
 * Cooperation or trade that the last clause of its evidence says is halted or banned (…对日本进口水产品
 * 实施全面暂停, …的交流活动暂停): none. (A clause before it is not read: 在…的制裁下，致力强化与…的关系;
 * nor a halt denied or lifted in the clause: 合作从未中断, 解除…后.)
 */
function halted(norm: string, r: FoundRelation): boolean {
  if (r.type !== "COOPERATES_WITH" || r.cs === undefined || r.ce === undefined) return false;
  const [a, b] = clauseOf(norm, Math.max(r.cs, r.ce - 1));
  const clause = norm.slice(Math.max(a, r.cs), b).trimEnd();
  const m = HALTED.exec(clause);
  return m !== null && !HALT_DENIED.test(clause.slice(0, m.index));
}

/**
 * The cooperation a deictic place word (我省, 本市: the document's referent) is a side of, read in a
 * second run of the rules with the words as mentions; every other relation is the first run's.
 */
function viaReferents(
  out: readonly FoundRelation[],
  contextOf: (into: FoundRelation[], refs: readonly ReferentSpan[]) => ReturnType<typeof relationContext>,
  rules: readonly RelationRule[],
  referents: readonly ReferentSpan[],
): FoundRelation[] {
  const again: FoundRelation[] = [];
  const rc = contextOf(again, referents);
  for (const rule of rules) if (rule.types.includes("COOPERATES_WITH")) rule.find(rc);
  const seen = new Set(out.map((r) => `${r.source}|${r.target}`));
  return again.filter((r) => r.viaReferent && !seen.has(`${r.source}|${r.target}`));
}
