import { describe, expect, it } from "vitest";
import type { RelationContext } from "../../../../../server/extract/relations/context";
import { pointAt, pushPartners } from "../../../../../server/extract/relations/cooperate";

describe("cooperate helpers", () => {
  it("pointAt is a zero-width mention at the offset", () => {
    expect(pointAt(7)).toMatchObject({ id: "", cs: 7, ce: 7 });
  });

  it("pushPartners links home to every partner but itself, from the earlier start to ce", () => {
    const out: Parameters<RelationContext["push"]>[0][] = [];
    const home = { id: "Province:福建省", cs: 4, ce: 6, method: "pattern", parts: [] } as const;
    pushPartners((r) => out.push(r), { ...home, parts: [] }, ["Province:福建省", "Country:越南"], 2, 12);
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({
      type: "COOPERATES_WITH",
      source: "Province:福建省",
      target: "Country:越南",
      cs: 2,
      ce: 12,
      confidence: 0.7,
    });
  });
});
