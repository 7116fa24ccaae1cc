import { describe, expect, it } from "vitest";
import type { ExtractedGraph } from "../../../../contracts/graph";
import { loadCatalog } from "../../../../server/extract/catalog";
import { extractDocument } from "../../../../server/extract/index";
import { newReferents, noteTitle, referentSpans } from "../../../../server/extract/referent";

const coop = (g: ExtractedGraph, a: string, b: string) =>
  g.edges.find(
    (e) =>
      e.type === "COOPERATES_WITH" &&
      ((e.source === a && e.target === b) || (e.source === b && e.target === a)),
  );
const run = (lines: string[]) => {
  const text = lines.join("\n");
  return { text, g: extractDocument("ref.txt", text, { date: "2026-05-02" }) };
};

describe("deictic place words (我省, 本市) resolved to the document's referent", () => {
  it("reads 我省 as the province of the title and quotes both the title and the clause", () => {
    const { text, g } = run(["江西：外贸数据", "今年，我省与欧盟的进出口额增长一成。"]);
    const e = coop(g, "Province:江西省", "Country:欧盟");
    expect(e).toBeDefined();
    const quotes = e?.evidence.map((x) => x.quote) ?? [];
    expect(quotes.some((q) => q.includes("我省与欧盟"))).toBe(true);
    expect(quotes.some((q) => q.includes("江西："))).toBe(true);
    for (const ev of e?.evidence ?? []) expect(text.slice(ev.start, ev.end)).toBe(ev.quote);
  });

  it("reads 本市 as the city of the title", () => {
    const { g } = run(["赣州：开放型经济报告", "上半年，本市同新加坡签署物流合作协议。"]);
    expect(coop(g, "City:赣州", "Country:新加坡")).toBeDefined();
  });

  it("reads 我区 as an autonomous region only", () => {
    const ningxia = run(["宁夏：外贸数据", "今年，我区与欧盟的进出口额增长一成。"]).g;
    expect(coop(ningxia, "Province:宁夏回族自治区", "Country:欧盟")).toBeDefined();
    const jiangxi = run(["江西：外贸数据", "今年，我区与欧盟的进出口额增长一成。"]).g;
    expect(coop(jiangxi, "Province:江西省", "Country:欧盟")).toBeUndefined();
  });

  it("resolves nothing when no title names the place (no actor seen later stands in)", () => {
    const { g } = run(["湖南扩大开放。江西推进外贸。今年，我省与欧盟的进出口额增长一成。"]);
    expect(g.edges.some((e) => e.type === "COOPERATES_WITH" && e.target === "Country:欧盟")).toBe(false);
    const guest = run(["开放型经济观察", "福建省外贸规模稳步扩大。", "今年，我省与欧盟的贸易额增长一成。"]).g;
    expect(coop(guest, "Province:福建省", "Country:欧盟")).toBeUndefined();
    const city = run([
      "江西：开放快讯",
      "吉安市推进外贸发展。",
      "九江市市长透露，我市与新加坡合作持续加深。",
    ]).g;
    expect(coop(city, "City:吉安", "Country:新加坡")).toBeUndefined();
  });

  it("leaves the word unresolved when its passage or the one before names another province", () => {
    const speaker = run(["江西：外贸数据", "福建省商务厅厅长说，我省与欧盟的进出口额增长一成。"]).g;
    expect(coop(speaker, "Province:江西省", "Country:欧盟")).toBeUndefined();
    const before = run([
      "江西：中部开放论坛举行",
      "湖北省副省长回顾了湖北的开放历程。",
      "他说，我省与欧盟的进出口额增长一成。",
    ]).g;
    expect(coop(before, "Province:江西省", "Country:欧盟")).toBeUndefined();
    // (a place of another level does not: 我省与深圳市…)
    const partner = run(["江西：合作快讯", "今年，我省与深圳市、新加坡签署合作协议。"]).g;
    expect(coop(partner, "Province:江西省", "Country:新加坡")).toBeDefined();
  });

  it("takes the title past navigation lines (首页 > …)", () => {
    const { g } = run(["首页 > 地方新闻", "浙江：合作快讯", "今年，我省与东盟的合作协议顺利签署。"]);
    expect(coop(g, "Province:浙江省", "Country:东盟")).toBeDefined();
    const r = newReferents();
    const ev = { doc: "d", passage: "p", start: 0, end: 2, quote: "湖南", method: "pattern" as const };
    noteTitle(r, { id: "Province:湖南省", ev }, "首页 > 湖南新闻", true);
    expect(r.title).toBeUndefined();
  });

  it("reads 我区 neither for a district nor a zone of the title or the passage", () => {
    const district = run(["南宁市青秀区：招商快讯", "今年，我区与泰国企业签署合作协议。"]).g;
    expect(coop(district, "Province:广西壮族自治区", "Country:泰国")).toBeUndefined();
    const zone = run(["新疆：自贸试验区一周年", "今年，我区与哈萨克斯坦签署合作备忘录。"]).g;
    expect(coop(zone, "Province:新疆维吾尔自治区", "Country:哈萨克斯坦")).toBeUndefined();
    const area = run(["宁夏：开放快讯", "今年，我区与德国签署合作协议，银川综合保税区也同步推进。"]).g;
    expect(coop(area, "Province:宁夏回族自治区", "Country:德国")).toBeUndefined();
  });

  it("reads 市 words of a municipality's document as the municipality, never as another city", () => {
    const muni = run(["天津：港口合作快讯", "今年，本市与日本的港口合作持续深化。"]).g;
    expect(coop(muni, "Province:天津市", "Country:日本")).toBeDefined();
    const other = run([
      "天津：京津冀合作会议",
      "唐山市介绍了开放经验。",
      "会议指出，本市与日本的港口合作持续深化。",
    ]).g;
    expect(coop(other, "City:唐山", "Country:日本")).toBeUndefined();
    // (我省 is no municipality's word)
    const prov = run(["天津：港口合作快讯", "今年，我省与日本的港口合作持续深化。"]).g;
    expect(coop(prov, "Province:天津市", "Country:日本")).toBeUndefined();
  });

  it("accepts time words before the word with no comma (今年我省…, 近日我市…)", () => {
    const { g } = run(["江西：外贸数据", "今年我省与欧盟进出口额增长两成。"]);
    expect(coop(g, "Province:江西省", "Country:欧盟")).toBeDefined();
    const r = newReferents();
    const ev = { doc: "d", passage: "p", start: 0, end: 2, quote: "江西", method: "pattern" as const };
    noteTitle(r, { id: "Province:江西省", ev }, "江西：外贸数据", true);
    expect(referentSpans(r, "随后我省与东盟签署合作协议。", [], loadCatalog())).toHaveLength(1);
  });

  it("does not read 全市 inside 全市场 (a word of its own), nor 省外 meaning outside", () => {
    const r = newReferents();
    noteTitle(
      r,
      { id: "City:赣州", ev: { doc: "d", passage: "p", start: 0, end: 2, quote: "赣州", method: "pattern" } },
      "赣州：开放快讯",
      true,
    );
    const cat = loadCatalog();
    expect(referentSpans(r, "今年，全市与欧盟的贸易额增长。", [], cat)).toHaveLength(1);
    expect(referentSpans(r, "今年，全市场与欧盟的贸易额增长。", [], cat)).toHaveLength(0);
    expect(referentSpans(r, "今年，本市外来企业与欧盟客商洽谈。", [], cat)).toHaveLength(0);
    expect(referentSpans(r, "今年，本市外贸企业与欧盟客商洽谈。", [], cat)).toHaveLength(1);
    // (nor a word inside a name)
    const name = { id: "Organization:全市通物流公司", cs: 3, ce: 10, method: "pattern" as const, parts: [] };
    expect(referentSpans(r, "今年，全市通物流公司与欧盟客商洽谈。", [name], cat)).toHaveLength(0);
  });

  it("reads the word only where it opens its clause (not 全省 as a modifier inside one)", () => {
    const parks = run([
      "江西：开放快讯",
      "二、开放发展",
      "报告指出，要实现全省园区协同发展，扩大对俄贸易规模。",
    ]).g;
    expect(coop(parks, "Province:江西省", "Country:俄罗斯")).toBeUndefined();
    const fair = run(["江西：开放快讯", "二、开放发展", "展会吸引全省企业参加，与欧盟客商达成合作意向。"]).g;
    expect(coop(fair, "Province:江西省", "Country:欧盟")).toBeUndefined();
  });

  it("gives nothing for people of the province abroad (sports, tourism)", () => {
    const sport = run([
      "江西：冬季运动会闭幕",
      "我省运动员在日本举行的比赛中夺得两枚金牌，并与韩国选手合影。",
    ]).g;
    expect(sport.edges.some((e) => e.type === "COOPERATES_WITH")).toBe(false);
    const tour = run(["江西：秋季旅游推介", "本省游客赴泰国旅游人数同比增长三成。"]).g;
    expect(tour.edges.some((e) => e.type === "COOPERATES_WITH")).toBe(false);
    const school = run(["江西：高校招生", "我省考生与韩国交换生一同参加夏令营。"]).g;
    expect(school.edges.some((e) => e.type === "COOPERATES_WITH")).toBe(false);
  });

  it("reads no word in a table row", () => {
    const { g } = run([
      "江西：开放平台一览",
      "表 1 各地自由贸易试验区汇总",
      "中国（江西）自由贸易试验区 今年，我省与欧盟签署合作协议",
      "数据来源：商务部",
    ]);
    expect(coop(g, "Province:江西省", "Country:欧盟")).toBeUndefined();
  });

  it("reads the word for cooperation only: no corridor of 我省 through it", () => {
    const { g } = run(["江西：物流快讯", "二、开放发展", "今年，我省融入一带一路建设成效明显。"]);
    expect(g.edges.some((e) => e.source === "Province:江西省" && e.type !== "COOPERATES_WITH")).toBe(false);
  });
});
