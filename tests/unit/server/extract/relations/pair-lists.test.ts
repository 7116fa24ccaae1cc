import { describe, expect, it } from "vitest";
import { jointWith } from "../../../../../server/extract/relations/joint-with";
import { relationsBy } from "../../../../support/rules";

// Invented sentences; relations as "TYPE:source->target", this rule only.
describe("pair lists (pair-lists.ts)", () => {
  it("keeps joint-with from reading the later pairs as partners of the first side", () => {
    const text = "会上，江苏省南京市与德国汉堡市、浙江省宁波市与法国马赛市等签署建立友好城市关系协议书。";
    expect(relationsBy([jointWith], text)).toEqual([]);
  });
});
