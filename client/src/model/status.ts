/**
 * Status shown on the canvas and in panels:
 * - a zone's status: established (the zone carries an `established` date), applied for (an
 *   APPLIES_FOR relationship points at it, or a province applies for a zone), or proposed (a zone
 *   named in the documents without either). Other entities have no zone status. The server computes
 *   the same rule into node attributes (`status`, server/repositories/fragments.ts statusExpr);
 * - the strength of a corridor → zone link, from how it was found (a sentence, or a chain).
 */
import type { NodeDetail } from "../../../contracts/api";

export type ZoneStatus = "established" | "applied" | "proposed" | null;
export const ZONE_STATUSES = ["established", "applied", "proposed"] as const;

export function zoneStatus(d: Pick<NodeDetail, "type" | "properties" | "degrees">): ZoneStatus {
  const applies = d.degrees.some((x) => x.type === "APPLIES_FOR" && x.count > 0);
  if (d.type === "FreeTradeZone") {
    if (d.properties.established !== undefined && d.properties.established !== null) return "established";
    return applies ? "applied" : "proposed";
  }
  if (d.type === "Province") return applies ? "applied" : null;
  return null;
}

/** The status a node of the scene carries (from the API's node attributes), or null. */
export function nodeStatus(attrs: Record<string, unknown>): ZoneStatus {
  const s = attrs.status;
  return s === "established" || s === "applied" || s === "proposed" ? s : null;
}

/**
 * How a status is drawn: a ring inside the node (solid, dashed or dotted), so the three differ
 * without colour; the same style names are CSS border styles for the legend swatches.
 */
export type RingStyle = "solid" | "dashed" | "dotted";
export const STATUS_RING: Record<Exclude<ZoneStatus, null>, RingStyle> = {
  established: "solid",
  applied: "dashed",
  proposed: "dotted",
};

/** Canvas dash pattern of a ring style, in pixels of a 64-pixel pictogram. */
export function ringDash(style: RingStyle): number[] {
  if (style === "dashed") return [14, 8];
  if (style === "dotted") return [3, 7];
  return [];
}

export type Directness = "direct" | "area" | "port" | "city" | "province" | "country";
export type LinkStrength = "strong" | "medium" | "weak";

/**
 * A corridor → zone link's strength: a sentence linking them (direct) is strong; a chain through the
 * zone's own area, port or city is medium; a chain through the whole province, or through a country
 * the corridor reaches that borders the zone's province, is weak (the province or country is on the
 * corridor, the zone may not be).
 */
export function linkStrength(directness: string): LinkStrength {
  if (directness === "direct") return "strong";
  if (directness === "area" || directness === "port" || directness === "city") return "medium";
  return "weak";
}
