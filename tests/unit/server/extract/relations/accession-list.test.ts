import { describe, expect, it } from "vitest";
import { extractDocument } from "../../../../../server/extract/index";
import { accessionList } from "../../../../../server/extract/relations/accession-list";
import { relationsBy } from "../../../../support/rules";

const RCEP = "Agreement:区域全面经济伙伴关系协定";
const CPTPP = "Agreement:全面与进步跨太平洋伙伴关系协定";

// Invented sentences: countries that join an agreement named earlier in the sentence.
describe("relation rule accession-list", () => {
  it("makes the countries of a clause that deposits its instruments members of the agreement before it", () => {
    expect(
      relationsBy(
        [accessionList],
        "据RCEP保管机构通报，老挝、泰国2个东盟成员国和日本、新西兰已向东盟秘书长递交核准书，协定随即生效。",
      ),
    ).toEqual([
      `ALIGNS_WITH:Country:老挝->${RCEP}`,
      `ALIGNS_WITH:Country:泰国->${RCEP}`,
      `ALIGNS_WITH:Country:日本->${RCEP}`,
      `ALIGNS_WITH:Country:新西兰->${RCEP}`,
    ]);
    expect(relationsBy([accessionList], "CPTPP委员会会议期间，智利宣布已完成国内批准程序。")).toEqual([
      `ALIGNS_WITH:Country:智利->${CPTPP}`,
    ]);
    // traditional characters
    expect(relationsBy([accessionList], "CPTPP擴員進程加快，秘魯也已正式加入。")).toEqual([
      `ALIGNS_WITH:Country:秘鲁->${CPTPP}`,
    ]);
  });

  it("lets a separate customs territory join like a country", () => {
    expect(relationsBy([accessionList], "RCEP生效一年后，香港也已申请加入。")).toEqual([
      `ALIGNS_WITH:Province:香港特别行政区->${RCEP}`,
    ]);
    // (not another province)
    expect(relationsBy([accessionList], "RCEP生效一年后，广东也已申请加入。")).toEqual([]);
  });

  it("records the stage the act states", () => {
    const stage = (text: string, id: string) =>
      extractDocument("accession.txt", text).edges.find((e) => e.id === id)?.properties.stage;
    expect(stage("RCEP签署一年后，泰国向保管机构交存核准书。", `ALIGNS_WITH:Country:泰国->${RCEP}`)).toBe(
      "ratified",
    );
    expect(stage("在CPTPP框架下，厄瓜多尔已申请加入。", `ALIGNS_WITH:Country:厄瓜多尔->${CPTPP}`)).toBe(
      "applied",
    );
  });

  it("gives nothing without an agreement before, with the agreement in the clause, or for descriptive countries", () => {
    // (the agreement only by anaphor: nothing to name)
    expect(relationsBy([accessionList], "该协定签署后，越南率先完成了国内核准程序。")).toEqual([]);
    // (a clause that names its agreement is the membership rule's)
    expect(relationsBy([accessionList], "在此之前，越南已完成RCEP核准程序。")).toEqual([]);
    // (the bloc describing the count, and the addressee of the act, are not members)
    expect(relationsBy([accessionList], "RCEP生效需要6个东盟成员国完成核准程序。")).toEqual([]);
    expect(relationsBy([accessionList], "RCEP方面，企业已向东盟秘书处提交核准书副本。")).toEqual([]);
    // (countries of an unrelated act, or leaving)
    expect(
      relationsBy([accessionList], "RCEP生效后，日本企业对越南出口增长，中国与东盟签署了农业协议。"),
    ).toEqual([]);
    expect(relationsBy([accessionList], "TPP谈判结束后，美国宣布退出并申请加入其他安排。")).toEqual([]);
  });
});
