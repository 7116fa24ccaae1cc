import { describe, expect, it } from "vitest";
import { extractDocument } from "../../../../../server/extract/index";
import { accededParty } from "../../../../../server/extract/relations/acceded-party";
import { relationsBy } from "../../../../support/rules";

const RCEP = "Agreement:区域全面经济伙伴关系协定";
const DEPA = "Agreement:数字经济伙伴关系协定";

// Invented sentences: a party named by what it did to an agreement (a relative clause before it).
describe("relation rule acceded-party", () => {
  it("makes the countries after 申请加入/批准/签署 + agreement + 的 parties of it", () => {
    expect(relationsBy([accededParty], "工作组将审查申请加入DEPA的韩国能否满足要求。")).toEqual([
      `ALIGNS_WITH:Country:韩国->${DEPA}`,
    ]);
    expect(relationsBy([accededParty], "已批准RCEP的泰国和新加坡率先享受减税。")).toEqual([
      `ALIGNS_WITH:Country:泰国->${RCEP}`,
      `ALIGNS_WITH:Country:新加坡->${RCEP}`,
    ]);
    // traditional characters
    expect(relationsBy([accededParty], "已遞交申請加入DEPA的秘魯仍在談判。")).toEqual([
      `ALIGNS_WITH:Country:秘鲁->${DEPA}`,
    ]);
  });

  it("records the stage of the act", () => {
    const stage = (text: string, id: string) =>
      extractDocument("acceded.txt", text).edges.find((e) => e.id === id)?.properties.stage;
    expect(stage("申请加入DEPA的韩国正在等待审查。", `ALIGNS_WITH:Country:韩国->${DEPA}`)).toBe("applied");
    expect(stage("已批准RCEP的泰国率先享受减税。", `ALIGNS_WITH:Country:泰国->${RCEP}`)).toBe("ratified");
  });

  it("gives nothing for a negated act, a non-country after 的, or a country inside a longer name", () => {
    expect(relationsBy([accededParty], "尚未加入RCEP的印度仍在观望。")).toEqual([]);
    expect(relationsBy([accededParty], "加入RCEP的好处显而易见，签署RCEP的15个国家覆盖三成人口。")).toEqual(
      [],
    );
    expect(relationsBy([accededParty], "申请加入DEPA的中国台湾地区引发关注。")).toEqual([]);
    // (the agreement as an object of talk, not of an act)
    expect(relationsBy([accededParty], "研究RCEP的日本学者认为前景乐观。")).toEqual([]);
  });
});
