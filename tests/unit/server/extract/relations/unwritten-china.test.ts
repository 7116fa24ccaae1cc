import { describe, expect, it } from "vitest";
import { extractDocument } from "../../../../../server/extract/index";
import { chinaSide, writesChina } from "../../../../../server/extract/relations/unwritten-china";

// Invented texts; only cooperation with China is looked at.
const chinaCoop = (text: string) =>
  extractDocument("china.txt", text)
    .edges.filter((e) => e.type === "COOPERATES_WITH" && [e.source, e.target].includes("Country:中国"))
    .map((e) => `${e.source}->${e.target}`);

describe("unwritten China (a 中-led compound in a text that never writes China in full)", () => {
  it("tells whether a text writes China in full, inside a name or not", () => {
    expect(writesChina("中蒙两国经贸合作不断深化。")).toBe(false);
    expect(writesChina("中方表示愿同各方合作。")).toBe(false);
    expect(writesChina("中国（辽宁）自由贸易试验区，中蒙两国")).toBe(true);
    expect(writesChina("我国与蒙古国的边境贸易")).toBe(true);
  });

  it("gives no cooperation with China when the text writes it only in a compound", () => {
    expect(chinaCoop("这座口岸是蒙古国南部的重要通道。中蒙边境贸易额逐年增长。")).toEqual([]);
    expect(chinaCoop("该大桥全长一公里，由中老双方共同承建。")).toEqual([]);
  });

  it("keeps it when China is written in full elsewhere in the text", () => {
    expect(chinaCoop("中国是蒙古国最大的贸易伙伴。中蒙边境贸易额逐年增长。")).toEqual([
      "Country:中国->Country:蒙古国",
    ]);
  });

  it("gives none with a country written only in a compound either (both sides in full, set 21 note (1))", () => {
    expect(chinaCoop("中塔乌公路由中塔乌三方共同推进，中国与塔吉克斯坦签署了合作文件。")).toEqual([
      "Country:中国->Country:塔吉克斯坦",
    ]);
    expect(chinaCoop("中国农业银行发布报告。中老边境贸易额逐年增长。")).toEqual([]);
    // (a country written in full by another of its names still counts: 东南亚国家联盟 for 东盟)
    expect(chinaCoop("中国与东南亚国家联盟签署合作协议。")).toEqual(["Country:中国->Country:东盟"]);
    // (and so does a name used in Taiwan or Hong Kong, world-countries.json variants: 东协, 宏都拉斯)
    expect(chinaCoop("中国与东协签署合作协议。")).toEqual(["Country:中国->Country:东盟"]);
    expect(chinaCoop("中國與宏都拉斯簽署合作協議。")).toEqual(["Country:中国->Country:洪都拉斯"]);
  });

  it("reads only cooperation, with China on either side", () => {
    expect(chinaSide({ type: "COOPERATES_WITH", source: "Country:越南", target: "Country:中国" })).toBe(true);
    expect(chinaSide({ type: "CONNECTS", source: "Corridor:中老铁路", target: "Country:中国" })).toBe(false);
    expect(chinaSide({ type: "COOPERATES_WITH", source: "Country:越南", target: "Country:老挝" })).toBe(
      false,
    );
  });
});
