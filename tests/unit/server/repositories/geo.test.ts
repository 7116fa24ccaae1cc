import { describe, expect, it } from "vitest";
import { corridorStationsQuery, PLACE_TYPES, placesQuery } from "../../../../server/repositories/geo";

describe("geo query builders", () => {
  it("reads the places by their type labels, with no parameter to inject", () => {
    const q = placesQuery();
    expect(q.cypher).toContain(`MATCH (n:${PLACE_TYPES.join("|")})`);
    expect(q.params).toBeUndefined();
    expect(PLACE_TYPES).toEqual(["FreeTradeZone", "Area", "Province", "City", "Port", "Country"]);
  });

  it("takes a corridor's stations from ON_CORRIDOR/CONNECTS neighbours and the areas of its zones", () => {
    const q = corridorStationsQuery().cypher;
    expect(q).toContain("(c)-[:ON_CORRIDOR|CONNECTS]-(s:FreeTradeZone|Area|Province|City|Port|Country)");
    expect(q).toContain("(c)-[:ON_CORRIDOR]-(:FreeTradeZone)<-[:PART_OF]-(s:Area)");
    expect(q).toMatch(/ORDER BY corridor\.id$/);
  });
});
