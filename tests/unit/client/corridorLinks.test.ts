import { describe, expect, it } from "vitest";
import { linkNotes, linksOfZone } from "../../../client/src/model/corridorLinks";
import type { CorridorZonesResponse } from "../../../contracts/api";

const link = (
  zone: string,
  directness: CorridorZonesResponse["links"][number]["directness"],
  rank: number,
) => ({
  zone: { id: zone, name: zone, nameEn: null },
  directness,
  rank,
  explanation: `${zone} via ${directness}`,
  chain: [],
});

const res = {
  corridor: { id: "Corridor:C", name: "C", nameEn: "C corridor", zoneCount: 2, directCount: 1 },
  links: [link("Z1", "country", 6), link("Z1", "direct", 1), link("Z2", "province", 5)],
  graph: { nodes: [], edges: [] },
} as unknown as CorridorZonesResponse;

describe("corridor link notes", () => {
  it("groups a corridor's links by zone, most direct first, with kind and strength", () => {
    const notes = linkNotes(res);
    expect(notes.get("Z1")?.map((n) => [n.directness, n.strength])).toEqual([
      ["direct", "strong"],
      ["country", "weak"],
    ]);
    expect(notes.get("Z2")?.map((n) => [n.corridor.id, n.strength, n.explanation])).toEqual([
      ["Corridor:C", "weak", "Z2 via province"],
    ]);
  });
  it("gives a zone's notes, none for a zone the corridor does not reach", () => {
    const notes = linkNotes(res);
    expect(linksOfZone(notes, "Z2")).toHaveLength(1);
    expect(linksOfZone(notes, "Z9")).toEqual([]);
    expect(linksOfZone(linkNotes({ ...res, links: [] }), "Z2")).toEqual([]);
  });
});
