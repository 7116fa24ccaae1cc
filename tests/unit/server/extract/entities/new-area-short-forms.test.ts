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

  it("derives the short forms of other new areas from the catalog", () => {
    expect(mentionsBy([newAreaShortForms], "两江今年引进外资项目二十个。")).toEqual([
      "DevZone:两江新区@两江",
    ]);
    expect(mentionsBy([newAreaShortForms], "一批数据企业落户西咸。")).toEqual(["DevZone:西咸新区@西咸"]);
    // a short form that is also a common word stays out (天府之国)
    expect(idsBy([newAreaShortForms], "四川自古号称天府，物产丰饶。")).not.toContain("DevZone:天府新区");
  });

  it("leaves the short form opening a longer name or after its city alone", () => {
    const zone = (text: string) => idsBy([...ENTITY_RULES], text).includes("DevZone:南沙新区");
    expect(zone("南沙区今年新建学校五所。")).toBe(false);
    expect(zone("货轮停靠南沙港三号泊位。")).toBe(false);
    expect(zone("南沙开发区管委会发布通告。")).toBe(false);
    expect(zone("广州南沙的游客逐年增加。")).toBe(false);
  });

  it("reads the short form only in a licensed shape, not inside other words", () => {
    const zone = (text: string) => idsBy([...ENTITY_RULES], text).includes("DevZone:南沙新区");
    expect(zone("南沙群岛附近海域的渔民今年收成不错。")).toBe(false);
    expect(zone("东南沙漠地区的降水量逐年减少。")).toBe(false);
    expect(zone("王南沙是一名退休的中学教师。")).toBe(false);
    expect(zone("南沙中学的学生参加了比赛。")).toBe(false);
    expect(zone("周末他们去南沙游玩看海。")).toBe(false);
    expect(idsBy([...ENTITY_RULES], "旅客在浦东机场转机。")).not.toContain("DevZone:浦东新区");
  });

  it("reads a counted word after a short form only after a list of short forms", () => {
    const ids = (text: string) => idsBy([...ENTITY_RULES], text);
    expect(ids("西咸两地推进公交一体化，方便市民出行。")).not.toContain("DevZone:西咸新区");
    expect(ids("前海、南沙两地联合发布人才政策。")).toContain("DevZone:南沙新区");
  });

  it("reads a bare short form before 的 only when the document names the new area in full or another one short", () => {
    const ids = (text: string) => idsBy([...ENTITY_RULES], text);
    expect(ids("两条江在城东汇合，两江的水色一清一浊。")).not.toContain("DevZone:两江新区");
    expect(ids("渔船停在南沙的礁盘附近避风。")).not.toContain("DevZone:南沙新区");
    expect(ids("两江新区发布新政。两江的企业今年增加了研发投入。")).toContain("DevZone:两江新区");
    expect(ids("贵安的数据中心和西咸的航空企业今年都有增长。")).toEqual(
      expect.arrayContaining(["DevZone:贵安新区", "DevZone:西咸新区"]),
    );
    expect(mentionsBy([newAreaShortForms], "一批企业落户南沙的产业园。")).toEqual(["DevZone:南沙新区@南沙"]);
  });

  it("reads no zone from a short form in brackets right after a port", () => {
    const zone = (text: string) => idsBy([...ENTITY_RULES], text).includes("DevZone:南沙新区");
    expect(zone("一批家电经广州港（南沙）码头装船出口。")).toBe(false);
  });
});
