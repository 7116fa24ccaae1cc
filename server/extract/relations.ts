/**
 * Typed relationships inside one passage, from the mentions found there and trigger words of the
 * language: the relation rules of relations/registry.ts, run in order. Every relation carries the
 * span it was read from (used as evidence).
 */
import type { Catalog } from "./catalog";
import type { Mention } from "./entities/types";
import { learnedRelations } from "./learned/classify";
import { type Context, type FoundRelation, type ReferentSpan, relationContext } from "./relations/context";
import { halted } from "./relations/halted";
import { withoutModifierCountries } from "./relations/modifier-country";
import { RELATION_RULES } from "./relations/registry";
import type { RelationRule } from "./relations/types";

export type { Context, FoundRelation, ReferentSpan } from "./relations/context";

/** What a passage's relation search knows besides its text and mentions; every field optional. */
export interface RelationOptions {
  inTable?: boolean;
  abbr?: Mention[];
  ctx?: Context;
  /** The rules to run, in order (all of relations/registry.ts by default). */
  rules?: readonly RelationRule[];
  /** The service carried from the passage before. */
  service?: string;
  placed?: Pick<Mention, "id" | "parts">;
  referents?: readonly ReferentSpan[];
  /** The service was named in the sentence right before (same paragraph). */
  serviceJustBefore?: boolean;
  /** The service is the one the next sentence identifies (这是…第N列中欧班列). */
  serviceJustAfter?: boolean;
}

export function findRelations(
  norm: string,
  ms: Mention[],
  cat: Catalog,
  opts: RelationOptions = {},
): FoundRelation[] {
  const { inTable = false, abbr = [], ctx, rules = RELATION_RULES, service, placed } = opts;
  const { referents = [], serviceJustBefore = false, serviceJustAfter = false } = opts;
  const contextOf = (into: FoundRelation[], refs?: readonly ReferentSpan[]) =>
    Object.assign(relationContext(norm, ms, cat, inTable, abbr, ctx, into, service, placed, refs), {
      serviceJustBefore,
      serviceJustAfter,
    });
  const out: FoundRelation[] = [];
  const rc = contextOf(out);
  for (const rule of rules) rule.find(rc);
  if (rules === RELATION_RULES) out.splice(0, out.length, ...learnedRelations(rc, out));
  if (referents.length > 0) out.push(...viaReferents(out, contextOf, rules, referents));
  return withoutModifierCountries(norm, out, ms, abbr).filter((r) => !halted(norm, r, ms));
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
