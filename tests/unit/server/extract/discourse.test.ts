import { describe, expect, it } from "vitest";
import type { ExtractedGraph } from "../../../../contracts/graph";
import { aliasSpans, definedAliases, placeAnaphorIn } from "../../../../server/extract/discourse";
import { extractDocument } from "../../../../server/extract/index";
import { expectQuotesAtOffsets, hasEdge } from "../../../support/extracted";

const edge = (g: ExtractedGraph, id: string) => g.edges.find((e) => e.id === id);

const has = hasEdge;
const quotesOk = expectQuotesAtOffsets;

describe("subjects carried across sentences", () => {
  const text = [
    "内蒙古自贸试验区的联动发展路径",
    "发挥引领带动作用，构建联动发展新格局。加强与天津港、唐山港等港口陆海联动，助力形成开放格局。",
    "二是率先对接中国已申请加入的多边经贸协定的规则。例如，《数字经济伙伴关系协定》（DEPA）等。",
  ].join("\n");
  const g = extractDocument("ctx.txt", text, { date: "2026-04-10" });
  const zone = "FreeTradeZone:中国（内蒙古）自由贸易试验区";

  it("links the ports of a subjectless clause to the zone of the heading, quoting both passages", () => {
    for (const p of ["天津港", "唐山港"]) {
      const e = edge(g, `LINKED_PORT:${zone}->Port:${p}`);
      expect(e, p).toBeDefined();
      expect(e?.evidence.length).toBe(2);
      const quotes = e?.evidence.map((x) => x.quote) ?? [];
      expect(quotes.some((q) => q.includes(p))).toBe(true);
      expect(quotes.some((q) => q.includes("内蒙古自贸试验区"))).toBe(true);
      expect(e?.confidence).toBeLessThan(0.75);
      for (const ev of e?.evidence ?? []) expect(text.slice(ev.start, ev.end)).toBe(ev.quote);
    }
  });

  it("gives the agreements of a following 例如 sentence to the previous sentence's subject", () => {
    const e = edge(g, "ALIGNS_WITH:Country:中国->Agreement:数字经济伙伴关系协定");
    expect(e?.evidence.some((x) => x.quote.includes("申请加入"))).toBe(true);
    expect(e?.evidence.some((x) => x.quote.includes("数字经济伙伴关系协定"))).toBe(true);
  });

  it("does not carry a subject into a new paragraph about zones in general", () => {
    const h = extractDocument(
      "gen.txt",
      "重庆自由贸易试验区依托中欧班列，探索陆上贸易规则。在此基础上，自由贸易试验区应聚焦先进制造业。",
    );
    expect(
      edge(h, "FOCUSES_ON:FreeTradeZone:中国（重庆）自由贸易试验区->Industry:先进制造业"),
    ).toBeUndefined();
  });

  it("a destination is no paragraph subject; an object of 依托 is none before a second verb", () => {
    const text =
      "乌鲁木齐片区加快建设国际陆港区。今年上半年，线路通达阿拉木图、塔什干等城市。片区重点发展现代物流和软件信息服务。" +
      "两地自贸试验区依托空港和综保区发展航空维修、跨境电商等业态。";
    const g = extractDocument("dest.txt", text);
    expect(has(g, "FOCUSES_ON:Area:乌鲁木齐片区->Industry:软件信息服务")).toBe(true);
    expect(has(g, "FOCUSES_ON:City:阿拉木图->Industry:软件信息服务")).toBe(false);
    expect(has(g, "FOCUSES_ON:DevZone:综合保税区->Industry:航空维修")).toBe(false);
    quotesOk(g, text);
  });

  it("a place a train leaves from or goes to, or a reporter walks into, is no paragraph subject", () => {
    const text = "一列班列从南昌货运站缓缓驶出，运往宁波。该线路面向东盟开放合作。";
    const g = extractDocument("origin.txt", text);
    expect(has(g, "COOPERATES_WITH:City:南昌->Country:东盟")).toBe(false);
    expect(has(g, "COOPERATES_WITH:City:宁波->Country:东盟")).toBe(false);
    const h = extractDocument(
      "visit.txt",
      "记者走进江西一家市场看到，货架上摆满商品。这里面向东盟开放合作。",
    );
    expect(has(h, "COOPERATES_WITH:Province:江西省->Country:东盟")).toBe(false);
    // (a place opening the sentence stays the subject)
    const k = extractDocument("own.txt", "南昌持续扩大开放，班列开行量增长。这里面向东盟开放合作。");
    expect(has(k, "COOPERATES_WITH:City:南昌->Country:东盟")).toBe(true);
  });
});

describe("objects written after their province", () => {
  it("are no paragraph subject: 与云南昭通 leaves the carried area in place", () => {
    const text =
      "宜宾片区主动服务周边，与遵义等地签订合作协议。与云南昭通开展物流合作。探索与贵安新区加强通关合作。";
    const g = extractDocument("objects.txt", text);
    expect(has(g, "COOPERATES_WITH:Area:宜宾片区->DevZone:贵安新区")).toBe(true);
    expect(g.edges.some((e) => e.type === "COOPERATES_WITH" && e.source === "City:昭通")).toBe(false);
  });

  it("nor is any place of a locative list (在A、B等地建立…) the subject of a later clause", () => {
    const text = "宜宾片区主动服务周边。在遵义、毕节等3个地区建立无水港，与昭通开展物流合作。";
    const g = extractDocument("locative.txt", text);
    expect(has(g, "COOPERATES_WITH:Area:宜宾片区->City:昭通")).toBe(true);
    expect(g.edges.some((e) => e.type === "COOPERATES_WITH" && e.source === "City:毕节")).toBe(false);
  });
});

describe("numbered headings (三、长沙片区)", () => {
  it("keep their line and give its area to the subjectless clauses under it, through a line naming it", () => {
    const text = "三、长沙片区\n长沙片区位于湖南中部，交通便利。\n着重发展智能装备、生物医药等产业。";
    const g = extractDocument("numbered.txt", text);
    const e = edge(g, "FOCUSES_ON:Area:长沙片区->Industry:生物医药");
    expect(e?.evidence.map((x) => x.quote)).toContain("三、长沙片区");
    quotesOk(g, text);
    // a numbered line that is a sentence broken after a comma is still rejoined
    const broken = extractDocument("broken.txt", "一、长沙片区推动开放，重点发展\n生物医药等产业。");
    expect(broken.passages.map((x) => x.clean)).toEqual(["一、长沙片区推动开放，重点发展生物医药等产业。"]);
  });
});

describe("short names a document defines (以下简称)", () => {
  const zone = "FreeTradeZone:中国（江西）自由贸易试验区";
  const mention = (id: string, cs: number, ce: number) => ({
    id,
    cs,
    ce,
    method: "pattern" as const,
    parts: [],
  });

  it("reads the bracket right after a zone (or after 及其扩展区域), with or without quotes", () => {
    const a = "中国（江西）自由贸易试验区（以下简称自贸试验区）是重大决策。";
    expect(definedAliases(a, [mention(zone, 0, 13)])).toEqual([
      { alias: "自贸试验区", id: zone, cs: 0, ce: 24 },
    ]);
    const b = "中国（江西）自由贸易试验区及其扩展区域(以下简称「试验区」)。";
    expect(definedAliases(b, [mention(zone, 0, 13)]).map((x) => x.alias)).toEqual(["试验区"]);
    // a plan or a product defines no short name of a zone
    expect(definedAliases("《总体方案》（以下简称《方案》）", [])).toEqual([]);
  });

  it("finds the short name where it stands alone, not inside another word or the definition", () => {
    const t = "自贸试验区涵盖三个片区，沿边自贸试验区和全国自贸试验区另论（以下简称自贸试验区）。";
    expect(aliasSpans(t, [], "自贸试验区")).toEqual([{ cs: 0, ce: 5 }]);
  });

  /** A plan that names the zone in its first line (defining a short name or not) and lists areas later. */
  const plan = (alias: string) =>
    [
      `为加快推进中国（江西）自由贸易试验区${alias}建设，制定本方案。`,
      "一、功能布局",
      "自贸试验区实施范围98.6平方公里，包括三个片区：龙湖片区60平方公里，青山片区30平方公里。",
    ].join("\n");

  it("gives a later paragraph's short name its zone, quoting the definition", () => {
    const text = plan("（以下简称自贸试验区）");
    const g = extractDocument("alias.txt", text);
    const e = edge(g, `PART_OF:Area:青山片区->${zone}`);
    expect(e?.evidence.some((x) => x.quote.includes("以下简称自贸试验区"))).toBe(true);
    expect(e?.evidence.some((x) => x.quote.includes("青山片区"))).toBe(true);
    expect(has(g, `PART_OF:Area:龙湖片区->${zone}`)).toBe(true);
    quotesOk(g, text);
  });

  it("without a definition, a bare 自贸试验区 of a later paragraph names no zone", () => {
    expect(has(extractDocument("noalias.txt", plan("")), `PART_OF:Area:青山片区->${zone}`)).toBe(false);
  });
});

describe("the place of a dateline", () => {
  it("carries no subject into the next sentences", () => {
    const text =
      "中新社昆明3月2日电 随着“一带一路”建设加速推进，越来越多的企业走出国门。由中国和老挝两国政府共同合作开创的园区正成为投资热土。";
    const g = extractDocument("dateline.txt", text, { date: "2026-03-02" });
    expect(g.edges.filter((e) => e.source === "City:昆明" && e.type !== "CO_OCCURS")).toEqual([]);
  });
});

describe("a word for the place talked about before a name (placeAnaphorIn)", () => {
  it("finds 全区, 我市 or 本省 in the lead of a clause, not before a clause mark", () => {
    expect(placeAnaphorIn("今年全区新开")).toBe(true);
    expect(placeAnaphorIn("我市积极融入")).toBe(true);
    expect(placeAnaphorIn("全区统筹推进，积极融入")).toBe(false);
    expect(placeAnaphorIn("企业积极融入")).toBe(false);
  });
});
