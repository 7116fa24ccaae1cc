/**
 * The corridor → zone links the corridors panel listed last, kept per zone so that the inspector can say,
 * for a zone, how it is linked to that corridor (kind and strength). Display only: nothing here is state
 * that undo, the URL or a share link would need.
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
export function linkNotes(res: CorridorZonesResponse): Map<string, CorridorLinkNote[]> {
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

export class CorridorLinkNotes {
  private byZone = new Map<string, CorridorLinkNote[]>();
  set(res: CorridorZonesResponse): void {
    this.byZone = linkNotes(res);
  }
  forZone(id: string): CorridorLinkNote[] {
    return this.byZone.get(id) ?? [];
  }
}

/** The notes of the corridor the panel shows (written by CorridorsPanel, read by the Inspector). */
export const corridorLinkNotes = new CorridorLinkNotes();
