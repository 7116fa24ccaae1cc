import { describe, expect, it } from "vitest";
import { dbHitsOf, profiled } from "../../../../bench/scale/profile";

describe("query-case profiling", () => {
  it("puts PROFILE after the pre-parser options, or first when there are none", () => {
    expect(profiled("CYPHER expressionEngine=compiled\nMATCH (n) RETURN n")).toBe(
      "CYPHER expressionEngine=compiled\nPROFILE MATCH (n) RETURN n",
    );
    expect(profiled("MATCH (n) RETURN n")).toBe("PROFILE MATCH (n) RETURN n");
  });
  it("sums the db hits of every operator of a plan", () => {
    const plan = { dbHits: 1, children: [{ dbHits: 10, children: [{ dbHits: 100 }] }, { dbHits: 1000 }] };
    expect(dbHitsOf(plan)).toBe(1111);
    expect(dbHitsOf(false)).toBe(0);
  });
});
