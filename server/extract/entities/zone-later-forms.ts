/**
 * A development zone named in full once and written shorter later in the same document is the same zone:
 * - a short name declared in brackets after it (某地农业高新技术产业示范区（下称某地示范区）; core-words.json
 *   discourseAliasOpeners);
 * - its name without the province that opens it (某省某市台商工业园 … 某市台商工业园), without a bracketed
 *   place inside it (中某(某市)产业园 … 中某产业园), or a park's 园区 written 园
 *   (中某某市产业园区 … 中某某市产业园; dev-zone-heads.json laterFormEndings).
 * Only zones found by the patterns are joined (a catalogued zone keeps its own name), and only to a zone the
 * document named with the longer name first (DocumentAliases holds the forms of the earlier passages, and the
 * shorter forms written, which the builder adds to the zone's aliases: the catalog is not written here).
 */
import { idType as typeOf } from "../../../contracts/graph";
import { HAN } from "../clauses";
import { ALIAS_BRACKET, ZONE_LATER_ENDINGS } from "../lexicon";
import type { Names } from "./names";
import type { Mention } from "./types";

/** A bracketed place or note inside a zone's name: 中某(某市)产业园. */
const BRACKETED = new RegExp(`[（(]${HAN.source}{1,8}[）)]`);

/** The shorter forms a zone's full name may be written in later (at least four characters each). */
export function laterForms(name: string, n: Names): string[] {
  const forms = new Set<string>();
  const lead = n.startsWithPlace(name);
  const bases = [name];
  if (lead?.id.startsWith("Province:")) bases.push(name.slice(lead.len));
  for (const b of [...bases]) if (BRACKETED.test(b)) bases.push(b.replace(BRACKETED, ""));
  for (const b of bases) {
    forms.add(b);
    for (const [full, later] of ZONE_LATER_ENDINGS)
      if (b.endsWith(full)) forms.add(b.slice(0, -full.length) + later);
  }
  forms.delete(name);
  return [...forms].filter((f) => f.length >= 4);
}

/** A zone the patterns found (not the catalog's, not a bare category), with its name. */
function patternZone(id: string, n: Names): string | undefined {
  if (typeOf(id) !== "DevZone") return undefined;
  const e = n.cat.get(id);
  return e && !e.inCatalog && e.properties.kind !== "category" ? e.name : undefined;
}

/**
 * Rewrites the passage's zone mentions written in a shorter form of a zone named earlier (or earlier in this
 * passage) to that zone, and remembers the forms of the passage's full names for the passages after it.
 */
export function joinLaterForms(norm: string, ms: Mention[], n: Names): void {
  const sorted = [...ms].sort((a, b) => a.cs - b.cs);
  for (const m of sorted) {
    if (typeOf(m.id) !== "DevZone") continue;
    const name = patternZone(m.id, n);
    const earlier = name ? n.doc.zoneForm(name) : undefined;
    if (earlier && earlier !== m.id) {
      if (name) n.doc.addJoinedForm(earlier, name);
      m.id = earlier;
      continue;
    }
    // a declared short name stands for the zone, catalogued or not
    const declared = ALIAS_BRACKET.exec(norm.slice(m.ce))?.[1];
    if (declared) n.doc.addZoneForm(declared, m.id);
    if (name) for (const f of laterForms(name, n)) n.doc.addZoneForm(f, m.id);
  }
}
