import { describe, expect, it } from "vitest";
import { corridorCountries } from "../../../../../server/extract/relations/corridor-countries";
import { relationsBy } from "../../../../support/rules";

// Invented sentences; relations as "TYPE:source->target", this rule only.
describe("relation rule corridor-countries", () => {
  it("puts the countries summed up as builders of a corridor on it (等共建“一带一路”国家)", () => {
    expect(
      relationsBy([corridorCountries], "这批货物途经波兰、白俄罗斯和俄罗斯等共建“一带一路”国家。"),
    ).toEqual([
      "ON_CORRIDOR:Country:波兰->Corridor:一带一路",
      "ON_CORRIDOR:Country:白俄罗斯->Corridor:一带一路",
      "ON_CORRIDOR:Country:俄罗斯->Corridor:一带一路",
    ]);
  });

  it("reads 沿线国家 after the corridor and a count after 等", () => {
    expect(relationsBy([corridorCountries], "班列覆盖老挝、泰国等6个“一带一路”沿线国家。")).toEqual([
      "ON_CORRIDOR:Country:老挝->Corridor:一带一路",
      "ON_CORRIDOR:Country:泰国->Corridor:一带一路",
    ]);
  });

  it("needs 等 closing the list and a word for the countries' role", () => {
    expect(relationsBy([corridorCountries], "越南和老挝也是“一带一路”沿线重要国家。")).toEqual([]);
    expect(relationsBy([corridorCountries], "德国、法国等“一带一路”项目伙伴国家。")).toEqual([]);
    expect(relationsBy([corridorCountries], "老挝、泰国等东盟国家。")).toEqual([]);
  });

  it("leaves China out of the list (中国与A等共建国家 names China as the other party)", () => {
    expect(relationsBy([corridorCountries], "中国与塔吉克斯坦等丝绸之路经济带沿线国家加强往来。")).toEqual([
      "ON_CORRIDOR:Country:塔吉克斯坦->Corridor:丝绸之路经济带",
    ]);
  });

  it("does not read countries excluded from the corridor's members (国家以外, 之外) nor 国家级", () => {
    const none = [
      "美国、日本等共建“一带一路”国家以外的经济体也关注这一倡议。",
      "印度、美国等“一带一路”沿线国家以外的国家态度谨慎。",
      "巴西、阿根廷等共建“一带一路”国家之外的市场仍待开拓。",
      "德国、法国等共建“一带一路”国家级园区名单公布。",
    ];
    for (const s of none) expect(relationsBy([corridorCountries], s), s).toEqual([]);
  });

  it("keeps the members when 外 starts a word after 国家 (国家外长, 外交, 外贸)", () => {
    expect(
      relationsBy([corridorCountries], "哈萨克斯坦、乌兹别克斯坦等共建“一带一路”国家外长出席会议。"),
    ).toEqual([
      "ON_CORRIDOR:Country:哈萨克斯坦->Corridor:一带一路",
      "ON_CORRIDOR:Country:乌兹别克斯坦->Corridor:一带一路",
    ]);
  });
});
