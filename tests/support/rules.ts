import { loadCatalog } from "../../server/extract/catalog";
import { catalogSurfaces } from "../../server/extract/entities/catalog-surfaces";
import type { EntityRule } from "../../server/extract/entities/types";
import { Recognizer } from "../../server/extract/recognize";
import { findRelations } from "../../server/extract/relations";
import type { RelationRule } from "../../server/extract/relations/types";
import { normalize } from "../../server/extract/text";

/**
 * Runs only the given entity rules (after the catalog surface forms when `withCatalog`) on one
 * sentence, with a fresh catalog, and returns "id@surface" for each mention kept.
 */
export function mentionsBy(rules: EntityRule[], text: string, withCatalog = true): string[] {
  const norm = normalize(text);
  const rec = new Recognizer(loadCatalog(), withCatalog ? [catalogSurfaces, ...rules] : rules);
  return rec.recognize(norm, text).map((m) => `${m.id}@${text.slice(m.cs, m.ce)}`);
}

/** The ids of the mentions the rules find (see mentionsBy). */
export function idsBy(rules: EntityRule[], text: string, withCatalog = true): string[] {
  return mentionsBy(rules, text, withCatalog).map((s) => s.slice(0, s.lastIndexOf("@")));
}

/**
 * Runs every entity rule, then only the given relation rules, on one passage without context, and
 * returns "TYPE:source->target" for each relation found.
 */
export function relationsBy(rules: RelationRule[], text: string): string[] {
  const norm = normalize(text);
  const rec = new Recognizer(loadCatalog());
  const ms = rec.recognize(norm, text);
  const abbr = rec.abbreviations(norm, ms);
  return findRelations(norm, ms, rec.cat, { abbr, rules }).map((r) => `${r.type}:${r.source}->${r.target}`);
}
