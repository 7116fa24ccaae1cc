import { describe, expect, it } from "vitest";
import { extractDocument } from "../../../../../server/extract/index";
import { focus } from "../../../../../server/extract/relations/focus";
import { expectQuotesAtOffsets, hasEdge } from "../../../../support/extracted";
import { relationsBy } from "../../../../support/rules";

// Invented sentences; relations as "TYPE:source->target", this rule only.
const has = hasEdge;
const quotesOk = expectQuotesAtOffsets;

describe("relation rule focus", () => {
  it("gives the listed sectors to the subject that develops them", () => {
    expect(relationsBy([focus], "赣州片区重点发展电子信息、新能源等产业。")).toEqual([
      "FOCUSES_ON:Area:赣州片区->Industry:电子信息",
      "FOCUSES_ON:Area:赣州片区->Industry:新能源",
    ]);
  });

  it("gives a focus to every member of a coordinated subject", () => {
    const text = "此外，杭州、宁波、温州等也都出台政策措施，支持和促进跨境电商高质量发展。";
    const g = extractDocument("coord.txt", text);
    for (const c of ["杭州", "宁波", "温州"])
      expect(has(g, `FOCUSES_ON:City:${c}->Industry:跨境电商`), c).toBe(true);
    quotesOk(g, text);
  });

  it("gives the fields its signed projects cover (涵盖…等领域) to the area", () => {
    expect(
      relationsBy([focus], "11月，河北自贸试验区雄安片区揭牌，首批签约项目涵盖数字经济、生物医药等领域。"),
    ).toEqual(["FOCUSES_ON:Area:雄安片区->Industry:数字经济", "FOCUSES_ON:Area:雄安片区->Industry:生物医药"]);
  });

  it("gives no focus for a field of cooperation (…战略合作)", () => {
    expect(relationsBy([focus], "江西正在打造新能源战略合作的重要平台。")).toEqual([]);
  });

  it("reads 主攻 (what a place attacks first) as a word of focus", () => {
    expect(relationsBy([focus], "宁波则在口岸通关方面谋求创新，主攻现代服务业。")).toEqual([
      "FOCUSES_ON:City:宁波->Industry:现代服务业",
    ]);
  });

  it("gives no focus for the fields of deals or events named between the subject and the sectors", () => {
    // (the fields of the agreements signed, of the expo held: not the park's or the city's own)
    expect(
      relationsBy([focus], "推介会上，长沙临空经济区授牌，8项协议签订，涉及冷链物流、新能源等领域。"),
    ).toEqual([]);
    expect(relationsBy([focus], "绍兴市与客商签署合作备忘录，重点发展集成电路。")).toEqual([]);
    // (without such a deal in between, the sectors stay the subject's)
    expect(relationsBy([focus], "绍兴市将重点发展集成电路。")).toEqual([
      "FOCUSES_ON:City:绍兴->Industry:集成电路",
    ]);
  });

  it("gives no focus to a province named inside an earlier clause (a setting, not the developer)", () => {
    expect(relationsBy([focus], "为适应湖北、江西两省外贸增长的需要，沿线将加快发展现代物流。")).toEqual([]);
    // (a province opening an earlier clause stays the subject of the serial clauses)
    expect(relationsBy([focus], "目前湖北已出台一批措施，持续优化营商环境，力图培育现代物流。")).toEqual([
      "FOCUSES_ON:Province:湖北省->Industry:现代物流",
    ]);
    // (the object of a pivot verb does what follows: 支持X…建设…)
    expect(relationsBy([focus], "国家支持湖北、江西等地区建设示范区，加快发展现代物流。")).toEqual([
      "FOCUSES_ON:Province:湖北省->Industry:现代物流",
      "FOCUSES_ON:Province:江西省->Industry:现代物流",
    ]);
  });

  it("gives no focus across a semicolon to a part of the sentence that has its own subject", () => {
    expect(relationsBy([focus], "赣州片区今年计划投资50亿元；新建的港口物流园将重点发展跨境电商。")).toEqual(
      [],
    );
    // (a part opening with a connective or a verb shares the subject)
    expect(relationsBy([focus], "赣州片区今年计划投资50亿元；同时大力发展跨境电商。")).toEqual([
      "FOCUSES_ON:Area:赣州片区->Industry:跨境电商",
    ]);
  });

  it("reads 突出 (what a place gives prominence to) as a word of focus", () => {
    expect(relationsBy([focus], "赣州片区的定位是：突出跨境电商，带动周边发展。")).toEqual([
      "FOCUSES_ON:Area:赣州片区->Industry:跨境电商",
    ]);
  });

  it("gives a carried subject no sector of a clause that names its own body or port before it", () => {
    const a =
      "湖南借通道拓展海外\n\n今年以来，基地累计开行国际货运列车120列。\n\n北站货场是国家级物流枢纽，也是中国铁路广州局集团有限公司发展现代物流的重点，年处理货物500万吨。";
    expect(has(extractDocument("a.txt", a), "FOCUSES_ON:Province:湖南省->Industry:现代物流")).toBe(false);
    const b =
      "山东港口联通内陆口岸\n\n据介绍，该公司开辟了两条海铁联运线路，由青岛港始发，抵达新疆霍尔果斯口岸。沿线还将依托威海港和烟台港重点发展冷链物流。";
    expect(has(extractDocument("b.txt", b), "FOCUSES_ON:Province:山东省->Industry:冷链物流")).toBe(false);
  });

  it("gives no focus to a place after 在 when the clause names its own subject before it", () => {
    expect(relationsBy([focus], "多家物流企业也在南昌布局跨境电商、冷链物流等业务。")).toEqual([]);
    // (finding 6: a time word before 在 is no subject of its own)
    expect(relationsBy([focus], "明年在赣州重点发展冷链物流等产业。")).toEqual([
      "FOCUSES_ON:City:赣州->Industry:冷链物流",
    ]);
    // (the place as the subject itself still gets it)
    expect(relationsBy([focus], "南昌重点发展跨境电商、冷链物流等产业。")).toEqual([
      "FOCUSES_ON:City:南昌->Industry:跨境电商",
      "FOCUSES_ON:City:南昌->Industry:冷链物流",
    ]);
  });

  it("gives no focus to a place that only modifies a sector name written right after it", () => {
    // (the only focus word, 产业, is part of the sector's name: nothing says the city develops it)
    expect(relationsBy([focus], "记者走访了青岛汽车及零部件产业的几家工厂。")).toEqual([]);
    expect(relationsBy([focus], "青岛重点发展汽车及零部件产业。")).toContain(
      "FOCUSES_ON:City:青岛->Industry:零部件产业",
    );
  });

  it("gives no focus from the fields named for cooperation or exchange (在/就…等领域的合作)", () => {
    const text =
      "泉州市与一座外国城市签署友好城市意向书。会议期望双方深入挖掘纺织服装、农业等领域的合作潜力。";
    const g = extractDocument("fields.txt", text);
    expect(g.edges.filter((e) => e.id.startsWith("FOCUSES_ON:"))).toEqual([]);
  });

  it("keeps the sectors a place develops when cooperation is only mentioned after them", () => {
    const cases: [string, string][] = [
      ["苏州市重点发展生物医药、人工智能等产业，打造区域交流合作中心。", "苏州"],
      ["杭州市重点发展生物医药、人工智能等领域，国际合作不断深化。", "杭州"],
      ["宁波市大力发展生物医药、人工智能等产业，与多国企业开展合作。", "宁波"],
    ];
    for (const [text, city] of cases) {
      const g = extractDocument("keep.txt", text);
      expect(has(g, `FOCUSES_ON:City:${city}->Industry:生物医药`), text).toBe(true);
      expect(has(g, `FOCUSES_ON:City:${city}->Industry:人工智能`), text).toBe(true);
    }
  });

  it("gives no focus to a place that only opens the name of a project (甲园区乙二期项目…将聚焦A)", () => {
    const text = "其中，苏州工业园区纳米城二期项目投资30亿元，将聚焦集成电路、生物医药等产业。";
    const g = extractDocument("project.txt", text);
    expect(g.edges.filter((e) => e.id.startsWith("FOCUSES_ON:"))).toEqual([]);
  });

  it("keeps the focus of a place that acts on projects or counts them", () => {
    for (const text of [
      "苏州工业园区重点发展集成电路、生物医药等产业，今年签约项目20个。",
      "苏州工业园区今年签约项目20个，重点发展集成电路、生物医药等产业。",
      "苏州工业园区共有重大项目20个，集聚集成电路、生物医药等产业。",
      // (time, count and kind words before 项目 name no project)
      "苏州工业园区年度项目重点发展集成电路和纳米技术。",
      "苏州工业园区今年新开工项目集聚集成电路、生物医药等产业。",
    ]) {
      const g = extractDocument("keep.txt", text);
      expect(has(g, "FOCUSES_ON:DevZone:苏州工业园区->Industry:集成电路"), text).toBe(true);
    }
  });

  it("reads no focus from the words of a document title (《甲市促进A产业发展的若干措施》)", () => {
    const g = extractDocument("title.txt", "市政府日前印发《苏州市促进生物医药产业高质量发展的若干措施》。");
    expect(g.edges.filter((e) => e.id.startsWith("FOCUSES_ON:"))).toEqual([]);
  });

  it("keeps the sectors a titled plan states after its title (《甲园区总体方案》提出，推动A、B…)", () => {
    for (const text of [
      "《苏州工业园区总体方案》提出，推动集成电路、生物医药等产业发展。",
      "根据《苏州工业园区总体方案》，苏州工业园区重点发展集成电路、生物医药等产业。",
      "苏州工业园区出台《人才新政》后，重点发展集成电路、生物医药等产业。",
    ]) {
      const g = extractDocument("plan.txt", text);
      expect(has(g, "FOCUSES_ON:DevZone:苏州工业园区->Industry:集成电路"), text).toBe(true);
    }
  });

  it("reads no focus from a province's or city's sectors inside the object of a verb (支持甲省汽车产业发展)", () => {
    for (const text of [
      "投资者普遍看好成都市生物医药产业的发展前景。",
      "基金将重点投向重庆市新能源汽车产业。",
      "这家银行全力支持湖北省汽车产业发展。",
      "专家建议进一步提升广东省电子信息产业的竞争力。",
      "多家外资企业表示将加大对江西省电子信息产业、生物医药产业的投资。",
    ])
      expect(relationsBy([focus], text), text).toEqual([]);
  });

  it("reads no focus from a place's sector that a carrier or an event promotes (促进甲省商贸旅游业发展)", () => {
    for (const text of [
      "新航线的开通将促进云南商贸旅游业快速发展。",
      "这条货运班列将有力带动江西省电子信息产业发展。",
      "博览会的举办将拉动贵州省生物医药产业增长。",
    ])
      expect(relationsBy([focus], text), text).toEqual([]);
  });

  it("reads no focus from every item of a promoted place's list, nor from a city after its province", () => {
    for (const text of [
      "规划提出，促进湖南省旅游业、现代服务业和高新技术产业发展。",
      "新厂投产将带动江西省赣州市电子信息产业发展。",
    ])
      expect(relationsBy([focus], text), text).toEqual([]);
  });

  it("keeps the focus of a place whose own verb stands between it and the sector (支持甲市打造…)", () => {
    expect(relationsBy([focus], "国家支持成都市打造电子信息产业集群。")).toEqual([
      "FOCUSES_ON:City:成都->Industry:电子信息",
    ]);
    expect(relationsBy([focus], "省里将促进杭州市发展数字经济。")).toEqual([
      "FOCUSES_ON:City:杭州->Industry:数字经济",
    ]);
    expect(relationsBy([focus], "上级将提升合肥市建设集成电路产业的水平。")).toEqual([
      "FOCUSES_ON:City:合肥->Industry:集成电路",
    ]);
  });

  it("keeps the focus when the place's verb is one the verb list lacks (the segmenter tags it a verb)", () => {
    expect(relationsBy([focus], "国家支持山东省升级化工产业。")).toEqual([
      "FOCUSES_ON:Province:山东省->Industry:化工",
    ]);
    expect(relationsBy([focus], "国家支持甘肃省拓展新能源产业。")).toEqual([
      "FOCUSES_ON:Province:甘肃省->Industry:新能源",
    ]);
    expect(relationsBy([focus], "国家支持湖南省改造新材料产业。")).toEqual([
      "FOCUSES_ON:Province:湖南省->Industry:新材料",
    ]);
  });

  it("keeps a focus whose place opens the clause or is a zone, next to a verb of promotion", () => {
    expect(relationsBy([focus], "云南省将大力发展商贸旅游业，促进消费升级。")).toEqual([
      "FOCUSES_ON:Province:云南省->Industry:旅游",
    ]);
    expect(relationsBy([focus], "这项政策促进了南昌片区生物医药产业发展。")).toEqual([
      "FOCUSES_ON:Area:南昌片区->Industry:生物医药",
    ]);
    expect(relationsBy([focus], "福建省出台措施促进海洋经济发展。")).toEqual([
      "FOCUSES_ON:Province:福建省->Industry:海洋经济",
    ]);
  });

  it("keeps a place that opens its clause and a zone whose sectors are supported", () => {
    expect(relationsBy([focus], "江西省重点发展电子信息产业。")).toEqual([
      "FOCUSES_ON:Province:江西省->Industry:电子信息",
    ]);
    expect(relationsBy([focus], "今年宜宾市大力发展新能源汽车产业。")).toEqual([
      "FOCUSES_ON:City:宜宾->Industry:新能源汽车",
    ]);
    expect(relationsBy([focus], "支持南昌片区生物医药产业发展。")).toEqual([
      "FOCUSES_ON:Area:南昌片区->Industry:生物医药",
    ]);
  });

  it("keeps the focus of a place written after a focus verb or a time phrase (着力打造甲市…, 上半年甲市…)", () => {
    for (const [text, rel] of [
      ["南京市着力打造南京市软件和信息服务产业。", "FOCUSES_ON:City:南京->Industry:软件和信息服务"],
      ["江西省政府提出重点发展江西省电子信息产业。", "FOCUSES_ON:Province:江西省->Industry:电子信息"],
      ["宜宾市提出，全力打造宜宾市新能源汽车产业集群。", "FOCUSES_ON:City:宜宾->Industry:新能源汽车"],
      ["加快建设苏州市生物医药产业集群。", "FOCUSES_ON:City:苏州->Industry:生物医药"],
      ["上半年宜宾市新能源汽车产业实现较快增长。", "FOCUSES_ON:City:宜宾->Industry:新能源汽车"],
    ])
      expect(relationsBy([focus], text as string), text).toContain(rel);
    expect(relationsBy([focus], "大力发展合肥市新能源汽车产业，打造合肥市集成电路产业基地。")).toEqual([
      "FOCUSES_ON:City:合肥->Industry:新能源汽车",
      "FOCUSES_ON:City:合肥->Industry:集成电路",
    ]);
  });

  it("gives no focus to a place written after a verb and before the sectors it modifies", () => {
    const one = (t: string) => relationsBy([focus], t).filter((r) => /City|Province/.test(r));
    expect(one("做大做强郑州电子信息产业、新材料产业集群。")).toEqual([]);
    expect(one("进一步扩大成都生物医药产业规模。")).toEqual([]);
    // (a focus verb right before the place, or the place opening its clause, keeps it the subject)
    expect(one("加快发展大连现代物流产业。")).toContain("FOCUSES_ON:City:大连->Industry:现代物流");
    expect(one("郑州重点发展电子信息产业。")).toContain("FOCUSES_ON:City:郑州->Industry:电子信息");
  });

  it("gives a carried place no sector of a clause that opens with its own unnamed subject (该园区…)", () => {
    const t = "昆明市地处西南。经过十年发展，该园区已聚集生物医药、新材料等产业。";
    expect(has(extractDocument("u.txt", t), "FOCUSES_ON:City:昆明->Industry:生物医药")).toBe(false);
    const u = "兰州市是交通枢纽。据介绍，兰州重点发展现代物流产业。";
    expect(has(extractDocument("v.txt", u), "FOCUSES_ON:City:兰州->Industry:现代物流")).toBe(true);
  });

  it("carries no place that only modifies a sector after a verb into the next sentence", () => {
    const t = "做大做强沈阳装备制造产业。同时布局新材料、人工智能等产业。";
    expect(has(extractDocument("w.txt", t), "FOCUSES_ON:City:沈阳->Industry:人工智能")).toBe(false);
    const u = "沈阳装备制造产业规模领先。同时布局新材料、人工智能等产业。";
    expect(has(extractDocument("x.txt", u), "FOCUSES_ON:City:沈阳->Industry:人工智能")).toBe(true);
  });

  it("reads no focus from a sector naming the kind of a ranked centre the clause builds (打造某地区…中心)", () => {
    expect(relationsBy([focus], "青岛片区打造东北亚一流的先进制造业中心。")).toEqual([]);
    expect(relationsBy([focus], "西宁片区重点发展新材料产业，打造西北地区现代物流中心。")).toEqual([
      "FOCUSES_ON:Area:西宁片区->Industry:新材料",
    ]);
    // (a centre named right after the verb, or after a verb of focus, keeps its sector)
    expect(relationsBy([focus], "厦门片区打造国际物流中心。")).toEqual([
      "FOCUSES_ON:Area:厦门片区->Industry:国际物流",
    ]);
    expect(relationsBy([focus], "钦州港片区重点发展现代物流中心。")).toEqual([
      "FOCUSES_ON:Area:钦州港片区->Industry:现代物流",
    ]);
    // (a base of a function, 加工基地/示范基地, is such a goal; an industry base, 产业基地, is not)
    expect(relationsBy([focus], "大连打造东北地区重要的装备制造业研发基地的目标。")).toEqual([]);
    expect(relationsBy([focus], "烟台片区打造全国重要的生物医药产业基地。")).toEqual([
      "FOCUSES_ON:Area:烟台片区->Industry:生物医药",
    ]);
  });

  it("keeps the focus of a sector whose goal no word ranks, or that a focus verb or 以…为中心 governs (mend28a)", () => {
    // (a verb of focus after the last verb of building: the sector is its object)
    expect(relationsBy([focus], "舟山片区建设国际门户并重点发展国际航运中心。")).toEqual([
      "FOCUSES_ON:Area:舟山片区->Industry:国际航运",
    ]);
    expect(relationsBy([focus], "福州片区携手中国建设银行重点发展跨境金融服务中心。")).toEqual([
      "FOCUSES_ON:Area:福州片区->Industry:跨境金融",
    ]);
    // (以…为中心: the sector is the centre, no kind of a hub)
    expect(relationsBy([focus], "株洲片区打造以先进制造业为中心的产业体系。")).toEqual([
      "FOCUSES_ON:Area:株洲片区->Industry:先进制造业",
    ]);
    // (a bare 国际 ranks no goal)
    expect(relationsBy([focus], "三亚打造国际旅游消费中心。")).toEqual([
      "FOCUSES_ON:City:三亚->Industry:旅游",
    ]);
    // (ranked bases of any function drop alike; an industry base keeps its sector)
    expect(relationsBy([focus], "连云港片区打造全国重要的新能源汽车生产基地。")).toEqual([]);
    expect(relationsBy([focus], "济南片区打造华北地区重要的生物医药制造基地。")).toEqual([]);
    expect(relationsBy([focus], "郑州片区打造中部地区领先的现代物流中心。")).toEqual([]);
    expect(relationsBy([focus], "南通片区打造全国重要的生物医药产业基地。")).toEqual([
      "FOCUSES_ON:Area:南通片区->Industry:生物医药",
    ]);
  });
});
