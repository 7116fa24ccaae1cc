import { describe, expect, it } from "vitest";
import { devZones } from "../../../../../server/extract/entities/dev-zones";
import { idsBy, mentionsBy } from "../../../../support/rules";

// Invented sentences; mentions as "id@surface" after overlaps are resolved.
describe("entity rule dev-zones", () => {
  it("reads place-led zones, expanding 综保区, keeping 经开区 as written, and unseen names before a distinctive suffix", () => {
    expect(mentionsBy([devZones], "南昌综保区与赣州经开区联动，洋浦经济开发区也在推进。")).toEqual([
      "DevZone:南昌综合保税区@南昌综保区",
      "DevZone:赣州经开区@赣州经开区",
      "DevZone:洋浦经济开发区@洋浦经济开发区",
    ]);
  });

  it("reads a bare 开发区 after a city as that city's zone, not after a province", () => {
    expect(mentionsBy([devZones], "烟台开发区新增项目十个。")).toContain("DevZone:烟台开发区@烟台开发区");
    expect(
      mentionsBy([devZones], "山东开发区新增项目十个。").filter((m) => m.startsWith("DevZone:")),
    ).toEqual([]);
  });

  it("reads 工业园区 and 互市贸易区 after a city as its zone, not after a country or a province", () => {
    const zones = (s: string) => mentionsBy([devZones], s).filter((m) => m.startsWith("DevZone:"));
    expect(zones("昆明工业园区与瑞丽互市贸易区都在扩容。")).toEqual([
      "DevZone:昆明工业园区@昆明工业园区",
      "DevZone:瑞丽互市贸易区@瑞丽互市贸易区",
    ]);
    // the bare categories (工业园区, 边民互市贸易区) are the catalog's; no name opens at the country or province
    expect(zones("泰国近年也建设工业园区，云南互市贸易区交易活跃。").filter((m) => /[泰云]/.test(m))).toEqual(
      [],
    );
  });

  it("reads 出口加工区 after a city as its zone, not after a country, a province or a body's clause", () => {
    const zones = (s: string) => mentionsBy([devZones], s).filter((m) => m.startsWith("DevZone:"));
    expect(zones("宜昌出口加工区去年封关运作。")).toEqual(["DevZone:宜昌出口加工区@宜昌出口加工区"]);
    // a country's or a province's zones as a class, a government body's clause before the category
    expect(zones("越南出口加工区吸引外资，湖北出口加工区数量不多。").filter((m) => /[越湖]/.test(m))).toEqual(
      [],
    );
    expect(zones("请湖北省人民政府按照出口加工区的规定办理。").filter((m) => /政府/.test(m))).toEqual([]);
  });

  it("reads reform and opening pilot zones led by a place (综合改革试验区, 开放型经济试验区)", () => {
    const zones = (s: string) => mentionsBy([devZones], s).filter((m) => m.startsWith("DevZone:"));
    expect(zones("国务院同意设立湖南内陆开放型经济试验区和吉林省综合改革试验区。")).toEqual([
      "DevZone:湖南内陆开放型经济试验区@湖南内陆开放型经济试验区",
      "DevZone:吉林省综合改革试验区@吉林省综合改革试验区",
    ]);
  });

  it("opens no name at a place whose phrase ends in a possessive or a coordination", () => {
    const zones = mentionsBy([devZones], "位于泰国罗勇府的泰中罗勇产业园区和柳州产业园区和泰中联合产业园区");
    expect(zones.filter((m) => m.startsWith("DevZone:"))).toEqual(["DevZone:柳州产业园区@柳州产业园区"]);
  });

  it("opens no name at a place that is the subject of a clause or counts the zones (verb, particle, ordinal)", () => {
    // the bare category (综合保税区, 国家级新区) is another reading; no name may start at the place
    const zones = (s: string) =>
      mentionsBy([devZones], s).filter(
        (m) => m.startsWith("DevZone:") && /[南贵江]/.test(m.split("@")[1] ?? ""),
      );
    expect(zones("此举让南昌成为了国家级新区所在城市。")).toEqual([]);
    expect(zones("国务院同意在贵州设立两个综合保税区。")).toEqual([]);
    expect(zones("这是江西省首个综合保税区。")).toEqual([]);
    // a place-led name with no clause inside is still read
    expect(zones("南昌航空港经济综合实验区启用。")).toEqual([
      "DevZone:南昌航空港经济综合实验区@南昌航空港经济综合实验区",
    ]);
  });

  it("gives 经开区 its full name once the full name is known in the document", () => {
    expect(mentionsBy([devZones], "赣州经济技术开发区（简称赣州经开区）成立于1990年。")).toEqual([
      "DevZone:赣州经济技术开发区@赣州经济技术开发区",
      "DevZone:赣州经济技术开发区@赣州经开区",
    ]);
  });

  it("keeps a catalogued dev zone's own name after its place, and 中国 before a national pilot zone", () => {
    expect(mentionsBy([devZones], "南京江北新区与贵州贵安新区合作。")).toEqual([
      "DevZone:江北新区@南京江北新区",
      "DevZone:贵安新区@贵州贵安新区",
    ]);
    expect(mentionsBy([devZones], "中国南宁跨境电子商务综合试验区和昆明综合保税区获批。")).toEqual([
      "DevZone:中国南宁跨境电子商务综合试验区@中国南宁跨境电子商务综合试验区",
      "DevZone:昆明综合保税区@昆明综合保税区",
    ]);
  });

  it("reads airport economic zones and international port districts as dev zones, not industries", () => {
    expect(mentionsBy([devZones], "郑州临空经济区和重庆国际港务区加快建设。")).toEqual([
      "DevZone:郑州临空经济区@郑州临空经济区",
      "DevZone:重庆国际港务区@重庆国际港务区",
    ]);
  });

  it("reads pilot and deep-cooperation zones (综合实验区, 深度合作区), not a verb phrase before them", () => {
    const zones = (t: string) => mentionsBy([devZones], t).filter((m) => m.startsWith("DevZone:"));
    expect(zones("支持南岭综合实验区和前湾深度合作区建设。")).toEqual([
      "DevZone:南岭综合实验区@南岭综合实验区",
      "DevZone:前湾深度合作区@前湾深度合作区",
    ]);
    expect(zones("推进综合实验区建设。")).toEqual([]);
  });
});

describe("a verb between a place and a zone head (entities/dev-zones.ts)", () => {
  it("reads no name when the place is the subject of a verb before the head", () => {
    const ids = (t: string) => idsBy([devZones], t).filter((i) => i.startsWith("DevZone:"));
    expect(ids("广西开展综合保税区绩效考核。")).not.toContain("DevZone:广西开展综合保税区");
    expect(ids("湖北推进综合保税区扩区。")).not.toContain("DevZone:湖北推进综合保税区");
    expect(ids("云南落实边境经济合作区政策。")).not.toContain("DevZone:云南落实边境经济合作区");
  });

  it("reads no name when an adverb opens the words before the verb", () => {
    const ids = (t: string) => idsBy([devZones], t).filter((i) => i.startsWith("DevZone:"));
    expect(ids("湖北大力推进综合保税区扩区。")).not.toContain("DevZone:湖北大力推进综合保税区");
    expect(ids("贵州持续优化综合保税区营商环境。")).not.toContain("DevZone:贵州持续优化综合保税区");
    expect(ids("云南积极落实边境经济合作区政策。")).not.toContain("DevZone:云南积极落实边境经济合作区");
    expect(ids("去年，西安新区成为国家级新区。")).not.toContain("DevZone:西安新区成为国家级新区");
  });

  it("keeps a zone named after its place", () => {
    const ids = (t: string) => idsBy([devZones], t).filter((i) => i.startsWith("DevZone:"));
    expect(ids("武威保税物流中心今年扩容。")).toContain("DevZone:武威保税物流中心");
    expect(ids("贵阳综保区新增三家企业。")).toContain("DevZone:贵阳综合保税区");
  });

  it("keeps a bonded logistics centre's bracketed type in its name, and nothing else in brackets", () => {
    const zones = (t: string) => mentionsBy([devZones], t).filter((m) => m.startsWith("DevZone:"));
    expect(zones("柳州保税物流中心(B型)本周通过联合验收。")).toEqual([
      "DevZone:柳州保税物流中心(B型)@柳州保税物流中心(B型)",
    ]);
    // full-width or mixed brackets: one id, written with ASCII brackets
    expect(zones("钦州保税物流中心（A型）换了门卫。")).toEqual([
      "DevZone:钦州保税物流中心(A型)@钦州保税物流中心（A型）",
    ]);
    expect(zones("钦州保税物流中心(A型）换了门卫。")).toEqual([
      "DevZone:钦州保税物流中心(A型)@钦州保税物流中心(A型）",
    ]);
    expect(zones("柳州保税物流中心(二期)下月动工。")).toEqual(["DevZone:柳州保税物流中心@柳州保税物流中心"]);
    expect(zones("柳州保税物流中心(以下简称中心)招聘保安。")).toEqual([
      "DevZone:柳州保税物流中心@柳州保税物流中心",
    ]);
    expect(zones("柳州保税物流中心(筹)的食堂对外开放。")).toEqual([
      "DevZone:柳州保税物流中心@柳州保税物流中心",
    ]);
    // a catalogued centre keeps its catalog name
    expect(zones("武威保税物流中心(B型)开始招商。")).toEqual(["DevZone:武威保税物流中心@武威保税物流中心"]);
  });

  it("reads an unseen two-character name at a clause's start before a bonded zone's or a new area's head", () => {
    const zones = (s: string) => mentionsBy([devZones], s).filter((m) => m.startsWith("DevZone:"));
    expect(zones("近日，闽疆保税港区引进船舶租赁项目。")).toEqual(["DevZone:闽疆保税港区@闽疆保税港区"]);
    expect(zones("去年，桂疆综保区进出口额增长，滇安新区集中开工。")).toEqual([
      "DevZone:桂疆综合保税区@桂疆综保区",
      "DevZone:滇安新区@滇安新区",
    ]);
    // inside a clause (a verb's object), a known word (直辖, 各类, 城市) or an attribute of kind (跨越式): no name
    expect(
      zones("要充分发挥综合保税区作用，该市直辖综保区发展，各类新区、城市新区提速。").filter(
        (m) => !m.startsWith("DevZone:综合保税区@"),
      ),
    ).toEqual([]);
    expect(zones("建议设立“跨越式经济开发区”。")).toEqual([]);
  });
});
