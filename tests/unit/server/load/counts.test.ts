import { describe, expect, it } from "vitest";
import { countsFromGraphCounts } from "../../../../server/load/counts";
import { graphCountsQuery } from "../../../../server/load/queries";

describe("the counts of a bulk-imported store, from the count store", () => {
  it("reads them with one procedure call, nothing to plan", () => {
    expect(graphCountsQuery().cypher).toBe("CALL db.stats.retrieve('GRAPH COUNTS') YIELD data RETURN data");
  });

  it("keeps nodes per label (not :Load) and relationships per type only, in name order, without zeros", () => {
    const counts = countsFromGraphCounts({
      nodes: [
        { count: 13 },
        { label: "Entity", count: 10 },
        { label: "Load", count: 1 },
        { label: "Area", count: 4 },
        { label: "Claim", count: 0 },
        { label: "Document", count: 2 },
      ],
      relationships: [
        { count: 40 },
        { relationshipType: "PART_OF", count: 30 },
        { relationshipType: "PART_OF", startLabel: "Entity", count: 30 },
        { relationshipType: "PART_OF", endLabel: "Area", count: 12 },
        { relationshipType: "BORDERS", count: 10 },
        { relationshipType: "ABOUT", count: 0 },
        { startLabel: "Entity", count: 40 },
      ],
    });
    expect(counts).toEqual({
      nodes: { Area: 4, Document: 2, Entity: 10 },
      relationships: { BORDERS: 10, PART_OF: 30 },
    });
    // The :Load record stores JSON.stringify(counts): the key order is readCounts' (ORDER BY name).
    expect(Object.keys(counts.nodes)).toEqual(["Area", "Document", "Entity"]);
    expect(Object.keys(counts.relationships)).toEqual(["BORDERS", "PART_OF"]);
  });
});
