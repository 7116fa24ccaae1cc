/**
 * Typed relationships inside one passage, from the mentions found there and trigger words of the
 * language: the relation rules of relations/registry.ts, run in order. Every relation carries the
 * span it was read from (used as evidence).
 */
import type { Catalog } from "./catalog";
import type { Mention } from "./entities/types";
import { learnedRelations } from "./learned/classify";
import { type Context, type FoundRelation, relationContext } from "./relations/context";
import { withoutModifierCountries } from "./relations/modifier-country";
import { RELATION_RULES } from "./relations/registry";
import type { RelationRule } from "./relations/types";

export type { Context, FoundRelation } from "./relations/context";

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
): FoundRelation[] {
  const { referents, ...plain } = ctx ?? { id: "", anaphors: [] };
  const first = ctx && plain.id ? plain : undefined;
  const out: FoundRelation[] = [];
  const rc = relationContext(norm, ms, cat, inTable, abbr, first, out, service, placed);
  for (const rule of rules) rule.find(rc);
  if (rules === RELATION_RULES) out.splice(0, out.length, ...learnedRelations(rc, out));
  if (referents?.length)
    out.push(...viaReferents(out, norm, ms, cat, inTable, abbr, ctx, rules, service, placed));
  return withoutModifierCountries(norm, out, ms, abbr);
}

/**
 * The cooperation a deictic place word (我省, 本市: the document's referent) is a side of, read in a
 * second run of the rules with the words as mentions; every other relation is the first run's.
 */
function viaReferents(
  out: readonly FoundRelation[],
  norm: string,
  ms: Mention[],
  cat: Catalog,
  inTable: boolean,
  abbr: Mention[],
  ctx: Context | undefined,
  rules: readonly RelationRule[],
  service?: string,
  placed?: Pick<Mention, "id" | "parts">,
): FoundRelation[] {
  const again: FoundRelation[] = [];
  const rc = relationContext(norm, ms, cat, inTable, abbr, ctx, again, service, placed);
  for (const rule of rules) if (rule.types.includes("COOPERATES_WITH")) rule.find(rc);
  const seen = new Set(out.map((r) => `${r.source}|${r.target}`));
  return again.filter((r) => r.viaReferent && !seen.has(`${r.source}|${r.target}`));
}
