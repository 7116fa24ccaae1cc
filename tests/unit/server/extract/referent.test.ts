import { describe, expect, it } from "vitest";
import type { ExtractedGraph } from "../../../../contracts/graph";
import { loadCatalog } from "../../../../server/extract/catalog";
import { extractDocument } from "../../../../server/extract/index";
import { newReferents, noteSubject, referentSpans } from "../../../../server/extract/referent";

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

  it("resolves nothing when two provinces have been the subject and no title names one", () => {
    const { g } = run(["湖南扩大开放。江西推进外贸。今年，我省与欧盟的进出口额增长一成。"]);
    expect(g.edges.some((e) => e.type === "COOPERATES_WITH" && e.target === "Country:欧盟")).toBe(false);
  });

  it("does not read 全市 inside 全市场 (a word of its own)", () => {
    const r = newReferents();
    noteSubject(
      r,
      { id: "City:赣州", ev: { doc: "d", passage: "p", start: 0, end: 2, quote: "赣州", method: "pattern" } },
      true,
    );
    const cat = loadCatalog();
    expect(referentSpans(r, "今年，全市与欧盟的贸易额增长。", [], cat)).toHaveLength(1);
    expect(referentSpans(r, "今年，全市场与欧盟的贸易额增长。", [], cat)).toHaveLength(0);
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

  it("reads the word for cooperation only: no corridor of 我省 through it", () => {
    const { g } = run(["江西：物流快讯", "二、开放发展", "今年，我省融入一带一路建设成效明显。"]);
    expect(g.edges.some((e) => e.source === "Province:江西省" && e.type !== "COOPERATES_WITH")).toBe(false);
  });
});
