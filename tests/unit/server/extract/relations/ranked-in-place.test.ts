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

// Invented sentences (review of release 19): the zone 这 stands for, and the places its name opens with.
describe("ranked-in-place: what 这 stands for", () => {
  const located = (text: string) =>
    extractDocument("rank.txt", text)
      .edges.filter((e) => e.type === "LOCATED_IN" && e.target.startsWith("Province:"))
      .map((e) => `${e.source}->${e.target}`);

  it("keeps the city a zone carried from the sentence before opens with (no other province)", () => {
    expect(
      located("黑龙江企业家李强投资了绥芬河综合保税区。这是吉林省首个民营资本参与的开发区。"),
    ).not.toContain("DevZone:绥芬河综合保税区->Province:吉林省");
    expect(located("甘肃考察团赴郑州经开综合保税区学习。这是甘肃省首个对外开放的综合保税区。")).toEqual([]);
  });

  it("gives nothing when the rank's head sits inside a longer phrase 这 stands for", () => {
    expect(
      relationsBy(
        [rankedInPlace],
        "天津港保税区的企业到重庆两路寸滩保税港区考察，这是天津首个赴渝考察的开发区代表团。",
      ),
    ).toEqual([]);
    expect(located("记者在郑州新郑综合保税区见到了王经理。这是河南省最大的综合保税区内的企业。")).toEqual([]);
    // (the head closing its phrase, or 之一 after it, keeps the reading)
    expect(
      relationsBy([rankedInPlace], "洛阳综合保税区去年封关运作，这也是河南省最大的综合保税区之一。"),
    ).toEqual(["LOCATED_IN:DevZone:洛阳综合保税区->Province:河南省"]);
  });

  it("keeps the reading when a list mark, conjunction, bracket or space follows the head", () => {
    const zone = "LOCATED_IN:DevZone:洛阳综合保税区->Province:河南省";
    const of = (tail: string) =>
      relationsBy([rankedInPlace], `洛阳综合保税区去年封关运作，这是河南省首个综合保税区${tail}`);
    expect(of("（由出口加工区升级）。")).toEqual([zone]);
    expect(of("和首个开通跨境电商的园区。")).toEqual([zone]);
    expect(of("、中部最大的内陆综保区。")).toEqual([zone]);
    expect(of(" 也是唯一一个。")).toEqual([zone]);
  });

  it("reads 这是 and 此为, not the preposition of 这为", () => {
    // (the zone's name gives it 重庆市 by another rule; 四川省 is only the preposition's object)
    expect(
      located("重庆西永综合保税区去年进出口额突破千亿元。这为四川省最大的综合保税区提供了参照。"),
    ).not.toContain("DevZone:重庆西永综合保税区->Province:四川省");
    expect(
      relationsBy([rankedInPlace], "洛阳综合保税区去年封关运作，此为河南省首个内陆型综合保税区。"),
    ).toEqual(["LOCATED_IN:DevZone:洛阳综合保税区->Province:河南省"]);
  });

  it("gives nothing for a subject whose name opens with another province", () => {
    expect(relationsBy([rankedInPlace], "重庆西永综合保税区是四川省首个跨省共建的综合保税区。")).toEqual([]);
    expect(
      relationsBy(
        [rankedInPlace],
        "重庆西永综合保税区引进四川企业，这是四川省首个落户外省综合保税区的企业。",
      ),
    ).toEqual([]);
  });
});

// Invented sentences (release 27): the ranked phrase written before the zone or port it names, and an area of a
// zone as the place.
describe("ranked-in-place: a ranked phrase before the name, an area as the place", () => {
  it("locates the zone or port named after a dash right after the rank's head", () => {
    expect(
      relationsBy([rankedInPlace], "据报道，四川首个综合保税区——成都高新综合保税区已通过验收。"),
    ).toEqual(["LOCATED_IN:DevZone:成都高新综合保税区->Province:四川省"]);
    expect(relationsBy([rankedInPlace], "云南最大的边境口岸——瑞丽口岸货运量创新高。")).toEqual([
      "LOCATED_IN:Port:瑞丽口岸->Province:云南省",
    ]);
    // (any dash of dash-lines' DASHES: an en dash, a box-drawing dash)
    expect(relationsBy([rankedInPlace], "云南最大的边境口岸–瑞丽口岸货运量创新高。")).toEqual([
      "LOCATED_IN:Port:瑞丽口岸->Province:云南省",
    ]);
    expect(relationsBy([rankedInPlace], "云南最大的边境口岸─瑞丽口岸货运量创新高。")).toEqual([
      "LOCATED_IN:Port:瑞丽口岸->Province:云南省",
    ]);
  });

  it("locates the zone named after the comma of a 作为 phrase opening its clause", () => {
    expect(
      relationsBy([rankedInPlace], "去年，作为河南省首个综合保税区，郑州新郑综合保税区进出口额大幅增长。"),
    ).toEqual(["LOCATED_IN:DevZone:郑州新郑综合保税区->Province:河南省"]);
  });

  it("gives nothing when the head does not close the phrase, is of another kind, or 作为 has a subject", () => {
    expect(relationsBy([rankedInPlace], "湖北首个综合保税区建设方案——武汉东湖综合保税区规划获批。")).toEqual(
      [],
    );
    expect(relationsBy([rankedInPlace], "作为山东省最大的港口，青岛综合保税区也在扩容。")).toEqual([]);
    expect(relationsBy([rankedInPlace], "他作为广东省首个综合保税区的负责人，出席了会议。")).toEqual([]);
    expect(relationsBy([rankedInPlace], "作为江苏省首个综合保税区的申报者，苏州工业园区积极推进。")).toEqual(
      [],
    );
    expect(
      relationsBy([rankedInPlace], "作为四川省首个跨省共建的综合保税区，重庆西永综合保税区开始运行。"),
    ).toEqual([]);
    expect(relationsBy([rankedInPlace], "中国首家综合保税区——苏州工业园综合保税区。")).toEqual([]);
    // (a zone ranked among several places lies in none of them)
    expect(
      relationsBy([rankedInPlace], "甘肃、青海等地最大的综合保税区——金昌综合保税区今年进出口增长。"),
    ).toEqual([]);
    expect(relationsBy([rankedInPlace], "作为宁夏和甘肃最大的综合保税区，金昌综合保税区发展迅速。")).toEqual(
      [],
    );
  });

  it("places a port ranked in an area of a zone in the area, and nothing else there", () => {
    expect(relationsBy([rankedInPlace], "洋山港作为临港新片区唯一的深水港口，吞吐量持续增长。")).toEqual([
      "LOCATED_IN:Port:洋山港->Area:临港新片区",
    ]);
    expect(
      relationsBy([rankedInPlace], "中国（上海）自由贸易试验区是临港新片区首个开放平台所在的试验区。"),
    ).toEqual([]);
  });
});

// Invented sentences (release 27 mends): a qualifier putting the ranked zone abroad, an area holding ports only,
// and the guards of the ranked phrase before the name.
describe("ranked-in-place: abroad qualifiers, areas and the guards of the phrase before the name", () => {
  it("gives nothing when the qualifier puts the ranked zone abroad (在乙国, 境外, 海外)", () => {
    expect(relationsBy([rankedInPlace], "福建在印度尼西亚的首个园区——青山工业园区带动了当地就业。")).toEqual(
      [],
    );
    expect(relationsBy([rankedInPlace], "作为广东省在埃及的首个园区，青山工业园区发展迅速。")).toEqual([]);
    expect(relationsBy([rankedInPlace], "青山工业园区是福建企业境外投资的最大园区。")).toEqual([]);
    // (a country reached from the place, not a place of the zone: the reading stays)
    expect(relationsBy([rankedInPlace], "二连浩特口岸是内蒙古通往蒙古国的最大公路口岸。")).toEqual([
      "LOCATED_IN:Port:二连浩特口岸->Province:内蒙古自治区",
    ]);
  });

  it("places no zone in an area of a zone (the zone may hold the area)", () => {
    expect(relationsBy([rankedInPlace], "滨海综合保税区是天津港片区最大的综合保税区。")).toEqual([]);
  });

  it("reads the first place of a phrase naming several in none (甲和乙最大的…——丙)", () => {
    expect(
      relationsBy([rankedInPlace], "甘肃和宁夏最大的综合保税区——银川综合保税区今年进出口增长。"),
    ).toEqual([]);
    // (a zone whose name holds the place: the name's own rule reads it)
    expect(relationsBy([rankedInPlace], "成都首个综合保税区——成都高新综合保税区通过验收。")).toEqual([]);
    expect(relationsBy([rankedInPlace], "作为重庆首个综合保税区，重庆西永综合保税区发展迅速。")).toEqual([]);
  });

  it("reads no zone after the comma of a copula that is not 作为 opening its clause", () => {
    expect(
      relationsBy([rankedInPlace], "洛阳综合保税区是河南省首个综合保税区，南阳综合保税区随后获批。"),
    ).toEqual(["LOCATED_IN:DevZone:洛阳综合保税区->Province:河南省"]);
    expect(
      relationsBy([rankedInPlace], "曹妃甸综合保税区作为河北省首个综合保税区，黄骅综合保税区作为第二个。"),
    ).toEqual(["LOCATED_IN:DevZone:曹妃甸综合保税区->Province:河北省"]);
  });
});
