/**
 * A zone's status from its node detail: established (the zone carries an `established` date), applied
 * for (an APPLIES_FOR relationship points at it, or a province applies for a zone), or proposed (a zone
 * named in the documents without either). Other entities have no zone status.
 */
import type { NodeDetail } from "../../../contracts/api";

export type ZoneStatus = "established" | "applied" | "proposed" | null;

export function zoneStatus(d: Pick<NodeDetail, "type" | "properties" | "degrees">): ZoneStatus {
  const applies = d.degrees.some((x) => x.type === "APPLIES_FOR" && x.count > 0);
  if (d.type === "FreeTradeZone") {
    if (d.properties.established !== undefined && d.properties.established !== null) return "established";
    return applies ? "applied" : "proposed";
  }
  if (d.type === "Province") return applies ? "applied" : null;
  return null;
}
