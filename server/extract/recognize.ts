/**
 * Entity recognition in one passage: the entity rules of entities/registry.ts (catalog surface forms
 * plus the language's own naming patterns) propose candidates; overlaps are resolved (longest, then
 * priority, then leftmost); sector mentions are checked against their clause; zones named through
 * their provinces and the places inside names are added. Spans are indices into the normalised
 * clean text of the passage.
 */
import type { Catalog } from "./catalog";
import { abbreviations } from "./entities/abbreviations";
import { chinaInAgreements } from "./entities/agreement-china";
import { dropCooperationTitleNames } from "./entities/agreement-titles";
import { dropBareCategories } from "./entities/bare-categories";
import { batchZones } from "./entities/batch-zones";
import { dropBracketedNamePlaces } from "./entities/bracketed-name-places";
import { dropBylineNames } from "./entities/byline-names";
import { dropClassifyingCategories } from "./entities/category-zones";
import { dropCommonPortNouns } from "./entities/common-port-nouns";
import { compoundMembers } from "./entities/corridor-abbreviations";
import { dropDateDays } from "./entities/date-days";
import { dropEventPlaces } from "./entities/event-names";
import { dropFacilityPlaces } from "./entities/facility-places";
import { dropForeignDivisions } from "./entities/foreign-divisions";
import { splitForeignFirmCountries } from "./entities/foreign-firm-countries";
import { dropGenericFirms } from "./entities/generic-firms";
import { dropHistoricRoutes } from "./entities/historic-routes";
import { dropInstitutionPlaces } from "./entities/institution-places";
import { addNameParts } from "./entities/name-parts";
import { Names, type Span } from "./entities/names";
import { extendOffices } from "./entities/office-names";
import { trimOrganizations } from "./entities/organization-boundaries";
import { dropTitledCommitteePlaces } from "./entities/party-bodies";
import { dropQuotedPlaces } from "./entities/quoted-names";
import { lineEnds } from "./entities/railway-lines";
import { regionBodies } from "./entities/region-bodies";
import { dropRegionModifiers } from "./entities/region-modifiers";
import { ENTITY_RULES } from "./entities/registry";
import { dropNonSectors } from "./entities/sector-context";
import { shareHeads } from "./entities/shared-heads";
import { dropStationNames } from "./entities/station-names";
import { dropStreetPlaces } from "./entities/street-names";
import { dropTravelActivities } from "./entities/travel-activities";
import type { Candidate, EntityContext, EntityRule, Mention } from "./entities/types";
import { joinLaterForms } from "./entities/zone-later-forms";
import { addLearnedEntities } from "./learned/entity-classify";
import { normalize } from "./text";

export type { Span } from "./entities/names";
export type { Mention } from "./entities/types";

/** Keeps the longest candidates, then the higher priority, then the leftmost; drops what overlaps them. */
function resolveOverlaps(norm: string, cands: Candidate[]): Mention[] {
  cands.sort(
    (a, b) => b.ce - b.cs - (a.ce - a.cs) || b.prio - a.prio || a.cs - b.cs || (a.id < b.id ? -1 : 1),
  );
  const taken: boolean[] = new Array(norm.length).fill(false);
  const out: Mention[] = [];
  for (const c of cands) {
    let free = true;
    for (let i = c.cs; i < c.ce; i++) if (taken[i]) free = false;
    if (!free) continue;
    for (let i = c.cs; i < c.ce; i++) taken[i] = true;
    const { prio: _p, ...rest } = c;
    out.push(rest);
  }
  return out;
}

export class Recognizer extends Names {
  constructor(
    cat: Catalog,
    readonly rules: readonly EntityRule[] = ENTITY_RULES,
  ) {
    super(cat);
  }

  /** A new document: its own layer of names and alias memory, primed with the quoted brands of its whole text. */
  startDocument(text: string): void {
    this.newDocument();
    this.doc.start(normalize(text));
  }

  /** The mentions of one passage; `clean` (same offsets as `norm`) lets a name keep a dash as written. */
  recognize(norm: string, clean?: string): Mention[] {
    const cands: Candidate[] = [];
    // one `add` per passage (not per rule): creating closures in this loop was a hot spot
    let prio = 0;
    const add = (m: Omit<Mention, "parts"> & { parts?: Span[] }) => {
      if (m.ce <= m.cs) return;
      cands.push({ parts: [], ...m, prio });
    };
    // (one context for every rule of the passage: no rule writes to it)
    const ctx: EntityContext = { norm, clean, n: this, cands, add };
    for (const rule of this.rules) {
      prio = rule.priority;
      rule.find(ctx);
    }
    const out = resolveOverlaps(norm, dropDateDays(norm, cands));
    dropCommonPortNouns(norm, out, this);
    dropForeignDivisions(out, this.cat);
    dropBylineNames(norm, out);
    dropEventPlaces(norm, out);
    dropQuotedPlaces(norm, out);
    dropCooperationTitleNames(norm, out, this);
    dropRegionModifiers(norm, out);
    dropInstitutionPlaces(norm, out);
    dropBracketedNamePlaces(norm, out);
    dropHistoricRoutes(norm, out);
    dropFacilityPlaces(norm, out);
    dropStreetPlaces(norm, out);
    dropTitledCommitteePlaces(norm, out);
    trimOrganizations(norm, out, this);
    dropGenericFirms(norm, out, this);
    splitForeignFirmCountries(norm, out, this);
    extendOffices(norm, out, this);
    joinLaterForms(norm, out, this);
    this.doc.remember(out, this);
    dropNonSectors(norm, out, this.cat);
    dropTravelActivities(norm, out);
    shareHeads(norm, out, this.cat);
    dropStationNames(norm, out);
    dropClassifyingCategories(norm, out, this.cat);
    dropBareCategories(norm, out, this);
    if (this.rules === ENTITY_RULES) addLearnedEntities(norm, out, this);
    out.push(...batchZones(norm, out, this));
    addNameParts(norm, out, this);
    return out;
  }

  /** Public bodies of a province named without it (省商务厅): the last province of that kind named before. */
  regionBodies(norm: string, lastRegion: ReadonlyMap<string, string>): Mention[] {
    return regionBodies(norm, lastRegion, this);
  }

  /**
   * Members named by one-character abbreviations (沪苏浙, 与俄蒙, 中俄蒙合作, 中韩…自由贸易协定), and the
   * ends of railway lines (南宁至防城港铁路): mentions inside another mention.
   */
  abbreviations(norm: string, ms: Mention[]): Mention[] {
    const found = [...abbreviations(norm, ms, this.cat), ...lineEnds(ms), ...chinaInAgreements(norm, ms)];
    const seen = new Set(found.map((m) => `${m.id}@${m.cs}`));
    return [...found, ...compoundMembers(ms).filter((m) => !seen.has(`${m.id}@${m.cs}`))];
  }
}
