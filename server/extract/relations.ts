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
  const out: FoundRelation[] = [];
  const rc = relationContext(norm, ms, cat, inTable, abbr, ctx, out, service, placed);
  for (const rule of rules) rule.find(rc);
  if (rules === RELATION_RULES) out.splice(0, out.length, ...learnedRelations(rc, out));
  return withoutModifierCountries(norm, out, ms, abbr);
}
