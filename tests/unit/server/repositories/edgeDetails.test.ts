import { describe, expect, it } from "vitest";
import { edgeDetailsQuery } from "../../../../server/repositories/edgeDetails";

describe("edgeDetailsQuery", () => {
  it("reads every id in one query, one indexed branch per relationship type", () => {
    const q = edgeDetailsQuery(["PART_OF:a", "LOCATED_IN:b", "PART_OF:c", "PART_OF:a"]);
    expect(q.cypher.match(/MATCH /g)).toHaveLength(2);
    expect(q.cypher).toContain("[r:PART_OF]");
    expect(q.cypher).toContain("[r:LOCATED_IN]");
    expect(Object.values(q.params ?? {})).toEqual([["PART_OF:a", "PART_OF:c"], ["LOCATED_IN:b"]]);
  });
  it("looks up an id without a known type prefix on every type", () => {
    const q = edgeDetailsQuery(["legacy-id"]);
    expect(q.cypher).toContain("-[r]->");
    expect(q.params).toEqual({ ids0: ["legacy-id"] });
  });
});
