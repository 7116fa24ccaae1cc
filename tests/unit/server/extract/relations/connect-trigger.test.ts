import { describe, expect, it } from "vitest";
import { connectTrigger } from "../../../../../server/extract/relations/connect-trigger";
import { relationsBy } from "../../../../support/rules";

// Invented sentences; relations as "TYPE:source->target", this rule only.
describe("relation rule connect-trigger", () => {
  it("connects a service to the places after its trigger", () => {
    const found = relationsBy([connectTrigger], "中欧班列直达德国和波兰。");
    expect(found).toContain("CONNECTS:Corridor:中欧班列->Country:德国");
    expect(found).toContain("CONNECTS:Corridor:中欧班列->Country:波兰");
  });
});
