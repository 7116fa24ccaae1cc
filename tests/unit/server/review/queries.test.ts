import { describe, expect, it } from "vitest";
import { BadRequestError } from "../../../../server/errors";
import {
  acceptQuery,
  mergeQueries,
  rejectQuery,
  retypeQuery,
  splitQuery,
} from "../../../../server/review/queries";

describe("review decision builders", () => {
  it("take the relationship type from the edge id and refuse anything else", () => {
    expect(rejectQuery("PART_OF:Area:a->FreeTradeZone:z").cypher).toMatch(/\[r:PART_OF \{id: \$edge\}\]/);
    expect(() => rejectQuery("DROP:x->y")).toThrow(BadRequestError);
    expect(() => rejectQuery("`x`) DETACH DELETE n //:a->b")).toThrow(/Not a relationship id/);
    expect(() => retypeQuery("PART_OF:a->b", "EVIL" as never)).toThrow(/Unknown relationship type/);
  });
  it("accept adds a human evidence entry only once", () => {
    const q = acceptQuery("LOCATED_IN:Area:a->City:c", "alice");
    expect(q.cypher).toContain("WHERE NOT 'human' IN r.evidenceMethods");
    expect(q.params).toEqual({ edge: "LOCATED_IN:Area:a->City:c", who: "alice" });
  });
  it("merge moves relationships of every type both ways, then mentions and claims; refuses two types", () => {
    const qs = mergeQueries("Area:a", "Area:b", ["a"], "a");
    expect(qs).toHaveLength(2);
    expect(qs[0]?.cypher).toContain("MERGE (i)-[n:$(type(r))]->(x)");
    expect(qs[0]?.cypher).toContain("MERGE (x)-[n:$(type(r))]->(i)");
    expect(qs[1]?.cypher).toContain("MENTIONED_IN");
    expect(qs[1]?.params).toMatchObject({ aliases: ["a"] });
    expect(() => mergeQueries("Area:a", "City:b", [], "")).toThrow();
  });
  it("split creates the new entity with the checked type label", () => {
    const q = splitQuery("Area:b", "a", [], "", "");
    expect(q.cypher).toContain("s:Area");
    expect(q.params).toMatchObject({ newId: "Area:a" });
    expect(() => splitQuery("Evil:b", "a", [], "", "")).toThrow(/Not an entity id/);
  });
});
