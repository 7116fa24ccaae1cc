import { describe, expect, it } from "vitest";
import { extractDocument } from "../../../../../server/extract/index";
import { rankedInPlace } from "../../../../../server/extract/relations/ranked-in-place";
import { relationsBy } from "../../../../support/rules";

// Invented sentences; relations as "TYPE:source->target", this rule only.
describe("relation rule ranked-in-place", () => {
  it("locates a zone or port ranked first or only of a province in it", () => {
    expect(relationsBy([rankedInPlace], "满洲里口岸是内蒙古唯一的对俄铁路口岸。")).toEqual([
      "LOCATED_IN:Port:满洲里口岸->Province:内蒙古自治区",
    ]);
    expect(
      relationsBy([rankedInPlace], "郑州经济技术开发区作为河南省首个国家级开发区，带动了周边发展。"),
    ).toEqual(["LOCATED_IN:DevZone:郑州经济技术开发区->Province:河南省"]);
  });

  it("takes the subject of the clauses before a copula that opens its clause", () => {
    expect(relationsBy([rankedInPlace], "二连浩特口岸历史悠久，是内蒙古最大的陆路口岸。")).toEqual([
      "LOCATED_IN:Port:二连浩特口岸->Province:内蒙古自治区",
    ]);
  });

  it("gives nothing when further places follow the place (a port serving several)", () => {
    expect(relationsBy([rankedInPlace], "天津港是北京、河北等地最大的出海港口。")).toEqual([]);
    expect(relationsBy([rankedInPlace], "连云港港是河南和陕西最大的出海港口。")).toEqual([]);
  });

  it("gives nothing for China, a rank without a zone head, or a province the catalog contradicts", () => {
    expect(relationsBy([rankedInPlace], "绥芬河口岸为中国最大的对俄铁路口岸。")).toEqual([]);
    expect(relationsBy([rankedInPlace], "满洲里口岸是内蒙古唯一的选择。")).toEqual([]);
    expect(relationsBy([rankedInPlace], "满洲里口岸是黑龙江省最大的陆路口岸。")).toEqual([]);
  });
});

// Invented sentences: a wider rank listed before the place, and 这 standing for the zone or port named last.
describe("relation rule ranked-in-place: wider ranks and 这 for the zone named before", () => {
  it("reads the place after a wider rank listed first (是全国第N个、甲省首个…)", () => {
    expect(
      relationsBy([rankedInPlace], "南宁综合保税区设立于2015年，是全国第四十个、广西首个沿海综合保税区。"),
    ).toEqual(["LOCATED_IN:DevZone:南宁综合保税区->Province:广西壮族自治区"]);
    expect(relationsBy([rankedInPlace], "洛阳综合保税区是全国第一个、也是唯一的内陆型综合保税区。")).toEqual(
      [],
    );
  });

  it("takes the zone named before a clause opened by 这是 in the same sentence", () => {
    expect(
      relationsBy([rankedInPlace], "洛阳综合保税区去年封关运作，这是河南省首个内陆型综合保税区。"),
    ).toEqual(["LOCATED_IN:DevZone:洛阳综合保税区->Province:河南省"]);
    // (这 not opening its clause: a reported opinion about something unnamed)
    expect(relationsBy([rankedInPlace], "洛阳综合保税区的专家说这是河南省最大的综合保税区。")).toEqual([]);
  });

  it("gives nothing when the rank's head is of another kind than the zone or port before", () => {
    expect(
      relationsBy([rankedInPlace], "昆明综合保税区招商顺利，这是云南省首个由民营资本建设的机场。"),
    ).toEqual([]);
    expect(relationsBy([rankedInPlace], "记者走访了青岛港，这是山东省最大的综合保税区招商活动。")).toEqual(
      [],
    );
  });
});

describe("ranked-in-place across sentences (whole document)", () => {
  const located = (text: string) =>
    extractDocument("rank.txt", text)
      .edges.filter((e) => e.type === "LOCATED_IN" && e.target.startsWith("Province:"))
      .map((e) => `${e.source}->${e.target}|${e.evidence.map((x) => x.quote).join("|")}`);

  it("gives the zone of the previous sentence of the paragraph to 这是甲省首个…, quoting both", () => {
    const [e, ...rest] = located("考察团参观了昆明综合保税区。这是云南省首个综合保税区。");
    expect(rest).toEqual([]);
    expect(e?.startsWith("DevZone:昆明综合保税区->Province:云南省|")).toBe(true);
    expect(e).toContain("这是云南省首个综合保税区");
    expect(e).toContain("|昆明综合保税区");
  });

  it("does not reach into the paragraph before, nor give a port a zone's rank", () => {
    expect(located("考察团参观了昆明综合保税区。\n\n这是云南省首个综合保税区。")).toEqual([]);
    expect(located("首趟班列今天抵达青岛港。这是山东省首个开行专列的综合保税区。")).toEqual([]);
  });
});
