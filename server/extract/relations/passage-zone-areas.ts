import type { Mention } from "../entities/types";
import { type RelationContext, typeOf } from "./context";
import type { RelationRule } from "./types";

/** Between an area and the zone it is said to belong to: Y片区是/作为/隶属于X自贸区(的…). */
const COPULA = /^(是|为|系|作为|隶属于?|属于|归属于?|纳入)$/;
/** Between a zone and its area: X自贸区Y片区, X自贸区（Y片区）, X自贸区的Y片区. */
const ADJACENT = /^[(（]?$/;
const GENITIVE = /^[)）]?的$/;
/** Between two areas of one list: A片区、B片区和C片区. */
const LIST_JOIN = /^(、|和|及|与|以及|,|，)$/;

/**
 * The zone a sentence states an area belongs to: X自贸区的Y片区, Y片区是X自贸区的…, an area in a list
 * that opens with a zone's area (广西自贸试验区南宁片区、钦州港片区), and areas enumerated after their
 * zone (江西自贸试验区设南昌、赣州、九江三个片区). The catalog never supplies the relation.
 */
function statedZone(
  rc: RelationContext,
  area: Mention,
  zones: Mention[],
  prev: { area: Mention; zone: Mention } | undefined,
): Mention | undefined {
  const { norm } = rc;
  const sent = rc.sentStartOf(area.cs);
  const before = zones.filter((z) => z.ce <= area.cs && z.cs >= sent);
  const nearest = before[before.length - 1];
  const gap = nearest ? norm.slice(nearest.ce, area.cs) : "-";
  if (nearest && (ADJACENT.test(gap) || GENITIVE.test(gap))) return nearest;
  if (prev && LIST_JOIN.test(norm.slice(prev.area.ce, area.cs))) return prev.zone;
  const after = zones.find((z) => z.cs >= area.ce && COPULA.test(norm.slice(area.ce, z.cs)));
  if (after) return after;
  if (area.enumerated) {
    if (nearest) return nearest;
    const inSentence = zones.filter((z) => z.cs >= sent && rc.sentStartOf(z.cs) === sent);
    if (inSentence.length === 1) return inSentence[0];
  }
  return undefined;
}

/**
 * A reading that puts an area the catalog resolves to another zone (临港新片区 in a sentence about
 * 广东) is a misreading: the catalog resolves the name, it never supplies the relation.
 */
function agreesWithCatalog(rc: RelationContext, area: string, zone: string): boolean {
  const parent = rc.cat.get(area)?.parent;
  return !parent || `FreeTradeZone:${parent}` === zone;
}

/**
 * PART_OF: areas with the zone their sentence states them in, and areas of a passage that names only
 * one zone (the passage speaks of that zone's areas). An area in a zone's own name
 * (中国（上海）自由贸易试验区临港新片区) is adjacent-names' reading; tables are table-rows'.
 */
export const passageZoneAreas: RelationRule = {
  name: "passage-zone-areas",
  types: ["PART_OF"],
  find(rc) {
    const { norm, push, of, pool, fromCtx } = rc;
    // (a zone referred to by its anaphor or defined short name counts as named here: 自贸试验区…涵盖三个片区)
    const zones = [
      ...of("FreeTradeZone"),
      ...pool.filter((m) => fromCtx.has(m) && typeOf(m.id) === "FreeTradeZone"),
    ].sort((x, y) => x.cs - y.cs);
    const only = [...new Set(zones.map((m) => m.id))];
    const named = (id: string) => zones.find((m) => m.id === id);
    let prev: { area: Mention; zone: Mention } | undefined;
    for (const area of of("Area")) {
      const zone = statedZone(rc, area, zones, prev);
      prev = undefined;
      if (zone && agreesWithCatalog(rc, area.id, zone.id)) {
        prev = { area, zone };
        // 中国（X）自由贸易试验区Y片区: adjacent-names gives it
        if (zone.ce <= area.cs && ADJACENT.test(norm.slice(zone.ce, area.cs))) continue;
        const cs = Math.min(zone.cs, area.cs);
        const ce = Math.max(zone.ce, area.ce);
        push({
          type: "PART_OF",
          subj: zone,
          source: area.id,
          target: zone.id,
          method: "pattern",
          confidence: 0.9,
          cs,
          ce,
        });
      } else if (only.length === 1 && only[0] && agreesWithCatalog(rc, area.id, only[0])) {
        push({
          type: "PART_OF",
          subj: named(only[0]),
          source: area.id,
          target: only[0],
          method: "pattern",
          confidence: area.enumerated ? 0.9 : 0.75,
        });
      }
    }
  },
};
