/**
 * The corridor → zone links of a corridor's answer, grouped per zone so that the inspector can say, for a
 * zone, how it is linked to that corridor (kind and strength). The store keeps the groups of the corridor
 * followed last (ExplorerState.corridorLinks, set by the followCorridor reducer), so undo and redo bring
 * back the links that went with the scene.
 */
import type { CorridorZonesResponse } from "../../../contracts/api";
import { type LinkStrength, linkStrength } from "./status";

export interface CorridorLinkNote {
  corridor: { id: string; name: string; nameEn: string | null };
  directness: string;
  strength: LinkStrength;
  explanation: string;
}

/** One note per link of a corridor's answer, grouped by zone, most direct first. */
export function linkNotes(res: Pick<CorridorZonesResponse, "corridor" | "links">): CorridorLinks {
  const byZone = new Map<string, CorridorLinkNote[]>();
  for (const link of [...res.links].sort((a, b) => a.rank - b.rank)) {
    const notes = byZone.get(link.zone.id) ?? [];
    notes.push({
      corridor: { id: res.corridor.id, name: res.corridor.name, nameEn: res.corridor.nameEn ?? null },
      directness: link.directness,
      strength: linkStrength(link.directness),
      explanation: link.explanation,
    });
    byZone.set(link.zone.id, notes);
  }
  return byZone;
}

export type CorridorLinks = ReadonlyMap<string, readonly CorridorLinkNote[]>;

/** The notes of one zone (none when the corridor followed last does not reach it). */
export function linksOfZone(links: CorridorLinks, zone: string): readonly CorridorLinkNote[] {
  return links.get(zone) ?? [];
}
