import { describe, expect, it } from "vitest";
import { triggerWords } from "../../../../../server/extract/lexicon";
import type { RelationContext } from "../../../../../server/extract/relations/context";
import {
  FIRM_PHRASE,
  pointAt,
  pushPartners,
  SIGNED_CLAUSE,
} from "../../../../../server/extract/relations/cooperate";

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

  it("reads a signed clause and a company's phrase with the words of triggers.json", () => {
    // (signedSelfNamed, signedDocuments, companyPhraseJoins: moved out of the code in release 25)
    expect(triggerWords("signedDocuments")).toContain("备忘录");
    expect(triggerWords("signedSelfNamed")).toEqual(["签约"]);
    expect(SIGNED_CLAUSE.test("在会上签署了两份合作备忘录")).toBe(true);
    expect(SIGNED_CLAUSE.test("现场签约")).toBe(true);
    expect(SIGNED_CLAUSE.test("签署后，双方举行会谈")).toBe(false);
    const firm = new RegExp(`^${FIRM_PHRASE}$`);
    expect(firm.test("汽车制造企业")).toBe(true);
    expect(triggerWords("companyPhraseJoins")).toContain("同");
    expect(firm.test("汽车同物流企业")).toBe(false);
  });
});
