import { describe, expect, it } from "vitest";
import { extractDocument } from "../../../../../server/extract/index";
import { jointWith } from "../../../../../server/extract/relations/joint-with";
import { pairedSides } from "../../../../../server/extract/relations/paired-sides";
import { expectQuotesAtOffsets } from "../../../../support/extracted";
import { relationsBy } from "../../../../support/rules";

// Invented sentences; relations as "TYPE:source->target", these rules only.
describe("relation rule paired-sides", () => {
  it("pairs the two sides of each 与 of a list of pairs closed by a joint word", () => {
    expect(
      relationsBy(
        [pairedSides],
        "会上，江苏省南京市与德国汉堡市、浙江省宁波市与法国马赛市等签署建立友好城市关系协议书。",
      ),
    ).toEqual(["COOPERATES_WITH:City:南京->City:汉堡", "COOPERATES_WITH:City:宁波->City:马赛"]);
  });

  it("reads a list after a pairing noun, a foreign region standing for its country", () => {
    expect(
      relationsBy(
        [pairedSides],
        "今年新增的友好城市分别为四川省成都市与日本大阪市、湖南省与俄罗斯乌里扬诺夫斯克州。",
      ),
    ).toEqual(["COOPERATES_WITH:City:成都->City:大阪", "COOPERATES_WITH:Province:湖南省->Country:俄罗斯"]);
  });

  it("gives nothing for one pair, or for pairs with no joint word nor pairing noun", () => {
    expect(relationsBy([pairedSides], "江苏省南京市与德国汉堡市签署合作协议。")).toEqual([]);
    expect(relationsBy([pairedSides], "南京与汉堡、宁波与马赛的距离都很远。")).toEqual([]);
  });

  it("keeps a Chinese province or China out of a side", () => {
    expect(
      relationsBy([pairedSides], "江苏省苏州与日本大阪、杭州与韩国京畿道签署友好城市协议。"),
    ).toEqual(["COOPERATES_WITH:City:苏州->City:大阪", "COOPERATES_WITH:City:杭州->Country:韩国"]);
  });

  it("needs a signing verb right after the list, or a pairing noun introducing it", () => {
    expect(relationsBy([pairedSides], "南京与上海、杭州与宁波的高铁票价一起上调。")).toEqual([]);
    expect(
      relationsBy([pairedSides], "从地图上看，南京与上海、杭州与宁波相距都不远，这几座城市都有各自的友好城市。"),
    ).toEqual([]);
  });

  it("keeps joint-with from reading the later pairs as partners of the first side", () => {
    const text = "会上，江苏省南京市与德国汉堡市、浙江省宁波市与法国马赛市等签署建立友好城市关系协议书。";
    expect(relationsBy([jointWith], text)).toEqual([]);
    const g = extractDocument("pairs.txt", text);
    const e = g.edges.find((x) => x.type === "COOPERATES_WITH" && x.target === "City:马赛");
    expect(e?.source).toBe("City:宁波");
    expect(e?.evidence[0]?.quote).toBe("宁波市与法国马赛市");
    expectQuotesAtOffsets(g, text);
  });
});
