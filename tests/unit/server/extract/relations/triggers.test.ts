import { describe, expect, it } from "vitest";
import { COPULA_OPEN } from "../../../../../server/extract/relations/triggers";

// Invented text: the shared relation triggers.
describe("relation triggers (relations/triggers.ts)", () => {
  it("opens a clause with a copula after its adverbs and time words, for every rule that reads it (mend25k)", () => {
    const open = new RegExp(COPULA_OPEN);
    expect(open.exec("也已成为某某的节点")?.[0]).toBe("也已成为");
    expect(open.exec("目前是某某的枢纽")?.[0]).toBe("目前是");
    expect(open.test("将成为某某的节点")).toBe(false);
  });
});
