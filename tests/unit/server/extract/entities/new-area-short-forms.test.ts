import { describe, expect, it } from "vitest";
import { newAreaShortForms } from "../../../../../server/extract/entities/new-area-short-forms";
import { ENTITY_RULES } from "../../../../../server/extract/entities/registry";
import { idsBy, mentionsBy } from "../../../../support/rules";

// Invented sentences; mentions as "id@surface" after overlaps are resolved.
describe("entity rule new-area-short-forms", () => {
  it("reads a new area's short form as the catalogued zone", () => {
    expect(mentionsBy([newAreaShortForms], "三家航运企业上月落户南沙。")).toEqual(["DevZone:南沙新区@南沙"]);
    expect(idsBy([...ENTITY_RULES], "前海、南沙两个平台联合发布人才政策。")).toContain("DevZone:南沙新区");
  });

  it("leaves the short form opening a longer name or after its city alone", () => {
    const zone = (text: string) => idsBy([...ENTITY_RULES], text).includes("DevZone:南沙新区");
    expect(zone("南沙区今年新建学校五所。")).toBe(false);
    expect(zone("货轮停靠南沙港三号泊位。")).toBe(false);
    expect(zone("南沙开发区管委会发布通告。")).toBe(false);
    expect(zone("广州南沙的游客逐年增加。")).toBe(false);
  });
});
