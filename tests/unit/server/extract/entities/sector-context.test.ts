import { describe, expect, it } from "vitest";
import { industries } from "../../../../../server/extract/entities/industries";
import { extractDocument } from "../../../../../server/extract/index";
import { idsBy } from "../../../../support/rules";

// The sector filter runs after every rule: industries kept or dropped by what their clause says.
describe("sectors checked against their clause (entities/sector-context.ts)", () => {
  it("keeps a sector being developed", () => {
    expect(idsBy([industries], "该片区大力发展生物医药。")).toContain("Industry:生物医药");
  });

  it("drops sectors named in rule talk, as risks, as goods carried or as counted facilities", () => {
    expect(idsBy([industries], "谈判涉及生物医药条款。")).not.toContain("Industry:生物医药");
    expect(idsBy([industries], "加强新能源汽车安全监测。")).not.toContain("Industry:新能源汽车");
    expect(idsBy([industries], "货车运送新能源汽车等货物。")).not.toContain("Industry:新能源汽车");
    expect(idsBy([industries], "建成8个数据中心。")).not.toContain("Industry:数据中心");
  });

  it("drops a sector word that heads a zone's name", () => {
    const ids = idsBy([industries], "郑州积极建设临空经济区。");
    expect(ids).not.toContain("Industry:临空经济");
    expect(idsBy([industries], "郑州积极发展临空经济。")).toContain("Industry:临空经济");
  });

  it("drops an asset, a channel, produced goods and a word split across 化工程", () => {
    expect(idsBy([industries], "充分发挥航运优势和物流作用。")).toEqual([]);
    expect(idsBy([industries], "打造国际物流大通道。")).not.toContain("Industry:国际物流");
    expect(idsBy([industries], "企业生产的新能源汽车直达欧洲。")).not.toContain("Industry:新能源汽车");
    expect(idsBy([industries], "完成道路硬化工程。")).not.toContain("Industry:化工");
    expect(idsBy([industries], "重点发展航运、物流和化工产业。")).toEqual(
      expect.arrayContaining(["Industry:航运", "Industry:化工"]),
    );
  });

  it("drops a sector word that qualifies a channel, a support, an airport, a system or a test area", () => {
    expect(idsBy([industries], "新修的管线被视为该国最重要的油气战略通道。")).not.toContain("Industry:油气");
    expect(idsBy([industries], "这座跨境电商机场昨日迎来首批货机。")).not.toContain("Industry:跨境电商");
    expect(idsBy([industries], "海关在口岸新设了有色金属检测区。")).not.toContain("Industry:有色金属");
    expect(idsBy([industries], "铁路部门正完善国际物流运输体系。")).not.toContain("Industry:国际物流");
    expect(idsBy([industries], "新开的线路为沿线企业提供稳定的跨境物流支撑。")).not.toContain(
      "Industry:跨境物流",
    );
    // the same words after a clause break, or a longer head, leave the sector alone
    expect(idsBy([industries], "该片区重点发展跨境物流，支撑外贸企业出海。")).toContain("Industry:跨境物流");
    expect(idsBy([industries], "该区将加快发展航空物流，机场货运量随之增长。")).toContain(
      "Industry:航空物流",
    );
    expect(idsBy([industries], "舟山片区重点发展油气战略储备和油气贸易。")).toContain(
      "Industry:油气战略储备",
    );
  });

  it("drops a sector word that qualifies another noun (企业, 城市, 新通道, 规模, 转移)", () => {
    expect(idsBy([industries], "多家航运企业落户，旅游城市客流回升。")).toEqual([]);
    expect(idsBy([industries], "开辟跨境物流新通道，服务贸易规模扩大。")).toEqual([]);
    expect(idsBy([industries], "该市积极承接产业转移。")).toEqual([]);
    expect(idsBy([industries], "重点发展航运物流和旅游。")).toEqual(
      expect.arrayContaining(["Industry:旅游"]),
    );
  });

  it("drops a sector word that names a route, platform, product or event (线路, 平台, 产品, 博览会, 峰会)", () => {
    expect(idsBy([industries], "开通多条国际物流线路，搭建金融服务平台。")).toEqual([]);
    expect(idsBy([industries], "出口化工产品增长，旅游博览会和物流峰会下月举行。")).toEqual([]);
    // the same words as fields of development stay sectors
    expect(idsBy([industries], "重点发展国际物流、金融服务和旅游等产业。")).toEqual(
      expect.arrayContaining(["Industry:国际物流", "Industry:金融服务", "Industry:旅游"]),
    );
  });
});

describe("sector words as modifiers and goods, and clause words taken as items", () => {
  it("drops a sector word before 方面, 体系, 集散地 or 聚集区, and keeps it as a field", () => {
    expect(idsBy([industries], "冷链物流方面，各港口实行预约通关。")).toEqual([]);
    expect(idsBy([industries], "该市着力构建高效的现代物流体系。")).toEqual([]);
    expect(idsBy([industries], "该港已成为北方的商贸物流集散地。")).toEqual([]);
    expect(idsBy([industries], "打造向西开放的进出口产业聚集区。")).toEqual([]);
    expect(idsBy([industries], "该片区重点发展现代物流和冷链物流。")).toEqual(
      expect.arrayContaining(["Industry:现代物流", "Industry:冷链物流"]),
    );
  });

  it("drops a sector word before 聚集地, 岛 or 消费城镇 (a place named after it), keeps it as a field", () => {
    expect(idsBy([industries], "该港要成为北方的冷链物流聚集地。")).toEqual([]);
    expect(idsBy([industries], "该县正加快建设国际旅游岛，吸引更多游客。")).toEqual([]);
    expect(idsBy([industries], "该市将在沿江节点建设一批国际旅游消费城镇。")).toEqual([]);
    expect(idsBy([industries], "三亚片区重点发展海岛旅游和邮轮旅游。")).toEqual(
      expect.arrayContaining(["Industry:海岛旅游", "Industry:邮轮旅游"]),
    );
  });

  it("drops a sector word before 集聚地, 小镇 or 消费小镇, keeps it before 岛内/岛外 (round mend23b)", () => {
    expect(idsBy([industries], "该市要成为西部的冷链物流集聚地。")).toEqual([]);
    expect(idsBy([industries], "该县将重点发展一批文化旅游消费小镇。")).toEqual([]);
    expect(idsBy([industries], "海口片区推动冷链物流岛内外一体发展。")).toContain("Industry:冷链物流");
  });

  it("drops goods named as a train's 货源, keeps the same word as a field elsewhere", () => {
    expect(idsBy([industries], "班列货源包括装备制造、家具建材等。")).not.toContain("Industry:装备制造");
    expect(idsBy([industries], "该区聚焦装备制造、家具建材等产业。")).toContain("Industry:装备制造");
  });

  it("takes no item that starts with 的 or 尤其 or holds 也 (发展的产业也不同)", () => {
    const ids = [
      ...idsBy([industries], "两地重点发展的产业也不同，各有所长。"),
      ...idsBy([industries], "促使发展（尤其第三产业的）再上台阶。"),
    ];
    expect(ids.filter((id) => /^Industry:(的|尤其)|也/.test(id))).toEqual([]);
  });

  it("keeps a sector written as X产业 before 方面 (a topic), not a bare word before 方面", () => {
    expect(idsBy([industries], "在生物医药产业方面，该片区新建平台。")).toContain("Industry:生物医药");
    expect(idsBy([industries], "在金融方面，该片区新建平台。")).not.toContain("Industry:金融");
  });

  it("drops a sector word that names a product, a facility, a trading body or a technology", () => {
    expect(idsBy([industries], "该厂的光伏组件和光伏玻璃销往海外。")).toEqual([]);
    expect(idsBy([industries], "新建一条油气管道，旅游景区和旅游目的地游客增多。")).toEqual([]);
    expect(idsBy([industries], "国际物流股份公司入驻，油气交易中心开业。")).toEqual([]);
    expect(idsBy([industries], "企业应用物联网技术巡检。")).toEqual([]);
    expect(idsBy([industries], "新能源客车发往海外，国际物流城车站投用。")).toEqual([]);
    // the same words as fields of development stay sectors
    expect(idsBy([industries], "该区重点发展光伏、物联网和旅游等产业。")).toEqual(
      expect.arrayContaining(["Industry:光伏", "Industry:物联网", "Industry:旅游"]),
    );
  });

  it("takes no facility, bare 产业 or verb phrase with 带 (贸易带产业: trade drives industry) as a field", () => {
    const ids = [
      ...idsBy([industries], "项目涉及物流通道、基础设施、水管等领域。"),
      ...idsBy([industries], "坚持以口岸带贸易、贸易带产业。"),
      ...idsBy([industries], "带动更多新产业发展。"),
      ...idsBy([industries], "建设港口、道路的配套设施等领域。"),
    ];
    expect(ids).toEqual([]);
  });

  it("drops goods listed as varieties carried or as products entering a market", () => {
    expect(idsBy([industries], "班列货物涵盖电子、化工、服装等多个品种。")).not.toContain("Industry:化工");
    expect(idsBy([industries], "纺织品、锂电池等大多数产品进入对方市场时免征关税。")).not.toContain(
      "Industry:锂电池",
    );
    // a variety improved is no list of goods
    expect(idsBy([industries], "该区重点发展化工和种业等产业。")).toContain("Industry:化工");
  });
});

describe("sector words naming a fund or a line of business", () => {
  it("drops a sector word before 基金, 发展基金 or 业务, and keeps it as a field", () => {
    expect(idsBy([industries], "两家银行设立航空产业发展基金。")).not.toContain("Industry:航空产业");
    expect(idsBy([industries], "该市设立新能源产业基金。")).not.toContain("Industry:新能源产业");
    expect(idsBy([industries], "今年该港陆续启动冷链物流业务。")).not.toContain("Industry:冷链物流");
    expect(idsBy([industries], "该片区重点发展航空产业和冷链物流。")).toEqual(
      expect.arrayContaining(["Industry:航空产业", "Industry:冷链物流"]),
    );
  });
});

describe("list items opening with a verb of coverage or a demonstrative", () => {
  it("takes no item opening with 涵盖/包括/涉及 or with 这批/这类", () => {
    const ids = idsBy([industries], "签约项目涵盖未来产业、文旅、教育等领域,这批未来产业项目陆续落地。");
    expect(ids.filter((id) => /^Industry:(涵盖|这批)/.test(id))).toEqual([]);
  });

  it("drops a sector word in a place's facility or hub (中心, 基地), keeps it as a goal without a place", () => {
    expect(idsBy([industries], "宁波冷链物流中心今年投用。")).not.toContain("Industry:冷链物流");
    expect(idsBy([industries], "该片区重点发展冷链物流，打造冷链物流中心。")).toContain("Industry:冷链物流");
  });

  it("drops a sector word before 中心 or 枢纽 with no verb of building in its clause (a role, not a sector)", () => {
    expect(idsBy([industries], "该港作为国际航运中心的地位稳固。")).not.toContain("Industry:国际航运");
    expect(idsBy([industries], "这座城市的金融中心和航运枢纽地位突出。")).not.toContain("Industry:航运");
    expect(idsBy([industries], "该片区将打造国际航运中心。")).toContain("Industry:国际航运");
  });

  it("drops a sector word before 中心城市 or 枢纽城市 (a city's role), even when the role is pursued", () => {
    expect(idsBy([industries], "甲市是国际物流中心城市。")).not.toContain("Industry:国际物流");
    expect(idsBy([industries], "乙市是区域商贸物流枢纽城市。")).not.toContain("Industry:商贸物流");
    expect(idsBy([industries], "该区推进国际物流中心城市建设。")).not.toContain("Industry:国际物流");
  });

  it("keeps a sector before a centre or hub pursued (推进, 加快, …建设) or before another noun (中心仓)", () => {
    // (through the whole extractor: a sector inside a project's name is dropped later, project-sectors.ts)
    const graphIds = (t: string) => extractDocument("hub.txt", t).nodes.map((n) => n.id);
    expect(graphIds("该片区加快布局储能中心和算力枢纽。")).toContain("Industry:算力");
    // (布局 gives the sector its clause frame, entities/sector-frames.ts: 新设了 alone gives none)
    expect(graphIds("该园区布局了冷链物流中心仓。")).toContain("Industry:冷链物流");
    expect(idsBy([industries], "甲市陆港全力保障国际物流枢纽建设。")).toContain("Industry:国际物流");
  });

  it("drops the fields signed projects cover when no zone is in the sentence, keeps them beside a zone", () => {
    // the second sentence names 冷链物流 again (known from the first); only its mentions are read
    const inSecond = (text: string) => {
      const g = extractDocument("t.txt", text);
      const cut = text.indexOf("。") + 1;
      return g.mentions.filter((m) => m.start >= cut && m.node.startsWith("Industry:")).map((m) => m.node);
    };
    expect(inSecond("该市大力发展冷链物流。本周签约的几个项目涉及冷链物流、跨境电商等领域。")).toEqual([]);
    expect(inSecond("该市大力发展冷链物流。岳阳综合保税区签约的项目涉及冷链物流等领域。")).toContain(
      "Industry:冷链物流",
    );
  });

  it("drops a sector word inside the name of a body (旅游局, 旅游组织, 物流协会)", () => {
    expect(idsBy([industries], "国家旅游局发布了出行提示。")).not.toContain("Industry:旅游");
    expect(idsBy([industries], "世界旅游组织发布了年度报告。")).not.toContain("Industry:旅游");
    expect(idsBy([industries], "市冷链物流协会召开年会。")).not.toContain("Industry:冷链物流");
    // a provincial department in 厅 (省文化和旅游厅, 交通运输厅) as a city's bureau in 局
    const docIds = (t: string) => extractDocument("dept.txt", t).nodes.map((n) => n.id);
    expect(docIds("据省旅游厅统计，全省接待游客增长。")).not.toContain("Industry:旅游");
    expect(docIds("省文化和旅游厅数据显示，全市接待游客增长。")).not.toContain("Industry:旅游");
    expect(docIds("该区重点发展旅游，省商务厅到场调研。")).toContain("Industry:旅游");
    // a sector the zone develops stays
    expect(idsBy([industries], "该片区重点发展冷链物流，协会也来参会。")).toContain("Industry:冷链物流");
  });

  it("drops goods a train or ship is loaded with, and goods counted by vehicles, tonnes or pieces", () => {
    expect(idsBy([industries], "专列满载红酒、家具和新能源汽车驶出。")).not.toContain("Industry:新能源汽车");
    expect(idsBy([industries], "货运中心累计承运新能源汽车两万辆。")).not.toContain("Industry:新能源汽车");
    expect(idsBy([industries], "其中有2600辆新能源汽车销往海外。")).not.toContain("Industry:新能源汽车");
    expect(idsBy([industries], "货轮装载3000吨光伏组件启航。")).not.toContain("Industry:光伏");
  });

  it("keeps a sector in a clause with no load, and a count written after the sector", () => {
    expect(idsBy([industries], "班列满载而归，该片区重点发展生物医药。")).toContain("Industry:生物医药");
    expect(idsBy([industries], "该片区重点发展新能源汽车，年产能超过10万辆。")).toContain(
      "Industry:新能源汽车",
    );
    expect(idsBy([industries], "该区3家企业专注新能源汽车研发。")).toContain("Industry:新能源汽车");
  });

  it("reads a load verb only as a word before the sector, never where a focus word governs the sector", () => {
    const focus = idsBy([industries], "文昌片区重点发展运载火箭、卫星应用等商业航天产业。");
    expect(focus).toContain("Industry:商业航天");
    expect(idsBy([industries], "片区重点发展工程机械、装载机和新能源汽车产业。")).toContain(
      "Industry:新能源汽车",
    );
    expect(idsBy([industries], "该区重点发展航运物流、船舶承运、港口服务等产业。")).toContain(
      "Industry:航运物流",
    );
    expect(idsBy([industries], "片区重点发展装载设备制造、冷链物流等产业。")).toContain("Industry:冷链物流");
  });

  it("keeps a counted sector whose count is the capacity of its own cluster or base", () => {
    expect(idsBy([industries], "片区形成年产50万辆新能源汽车产业集群。")).toContain("Industry:新能源汽车");
    expect(idsBy([industries], "该片区打造年产100万台新能源汽车产业基地。")).toContain("Industry:新能源汽车");
    expect(idsBy([industries], "片区正在打造年吞吐30万标箱冷链物流枢纽。")).toContain("Industry:冷链物流");
  });
});

// release 22: a predicate of state closing the clause describes a place's economy, not a focus
describe("sectors described by a predicate of state (entities/sector-context.ts)", () => {
  it("drops a sector described by a predicate of state (甲国制造业发达, 乙产业发展蓬勃)", () => {
    for (const [text, id] of [
      ["泰国的旅游业非常发达，每年接待游客数千万人次。", "Industry:旅游"],
      ["苏州市电子信息、生物医药产业发展蓬勃，德国企业纷纷前来。", "Industry:生物医药"],
      ["日本的半导体产业实力雄厚，中日合作空间广阔。", "Industry:半导体"],
      ["印度尼西亚的矿业门类齐全，尤以农业、林业……最为突出……", "Industry:农业"],
      ["越南的纺织服装产业蓬勃发展，吸引中国企业投资。", "Industry:纺织服装"],
      // 使 inside 大使 is no goal verb (review 22h)
      ["泰国大使说泰国旅游业非常发达。", "Industry:旅游"],
      // the last item before 等 and a class noun (review 22a)
      ["广州市跨境电商、数字贸易等新业态发展蓬勃。", "Industry:数字贸易"],
    ] as const)
      expect(idsBy([industries], text), text).not.toContain(id);
  });

  it("keeps a sector a predicate of state does not close, or a zone's strengths", () => {
    for (const [text, id] of [
      ["南沙片区重点发展航运物流、跨境电商，成效突出。", "Industry:跨境电商"],
      ["该自贸片区将突出发展生物医药和高端装备制造产业。", "Industry:生物医药"],
      ["合肥片区着力发展集成电路产业，推动其繁荣发展。", "Industry:集成电路"],
      ["厦门片区航运物流、金融服务等产业集聚效应突出。", "Industry:金融服务"],
      ["苏州片区的生物医药产业十分发达，集聚企业上千家。", "Industry:生物医药"],
      ["该市将推动新能源汽车产业繁荣发展，与日本企业深化合作。", "Industry:新能源汽车"],
      // a zone named only by a generic word (review 22a)
      ["自贸试验区设立以来，跨境电商蓬勃发展。", "Industry:跨境电商"],
      ["片区旅游业蓬勃发展，游客人数再创新高。", "Industry:旅游"],
      // a goal pursued: 确保, 力争, 使, 让 (review 22h)
      ["力争使全市人工智能产业更加发达。", "Industry:人工智能"],
      ["确保全区冷链物流繁荣发展。", "Industry:冷链物流"],
      ["西安要让航空航天产业更加发达。", "Industry:航空航天"],
    ] as const)
      expect(idsBy([industries], text), text).toContain(id);
  });
});

// release 22: a sector opening a designated zone's name (甲业高新技术产业示范区, 乙经济产业试点园区)
describe("sectors inside a designated zone's name (entities/sector-context.ts, industry-items.ts)", () => {
  it("drops a sector or an X产业 name that opens the name of a designated zone or centre", () => {
    for (const [text, id] of [
      ["黄河三角洲农业高新技术产业示范区与日本企业签署合作协议。", "Industry:农业"],
      ["该县获批建设国家级生物医药产业试点园区，自贸片区企业积极入驻。", "Industry:生物医药"],
      ["这是布局在高原的循环经济产业试点园区。", "Industry:循环经济产业"],
      ["项目包括东北冰雪产业创新中心公共服务平台。", "Industry:东北冰雪产业"],
      // 区 as a word of its own before another word (review 22h)
      ["厦门跨境电商产业区分布在自贸片区和火炬园。", "Industry:跨境电商"],
      ["青岛海洋经济产业区别具特色。", "Industry:海洋经济"],
    ] as const)
      expect(idsBy([industries], text), text).not.toContain(id);
  });

  it("keeps a sector whose 产业 heads no designated zone", () => {
    for (const [text, id] of [
      ["合肥片区重点发展集成电路产业，建设国家级产业创新中心。", "Industry:集成电路"],
      ["天津片区的融资租赁产业示范作用突出。", "Industry:融资租赁"],
      ["苏州片区大力发展生物医药产业，产业规模突破千亿元。", "Industry:生物医药"],
      // 区位, 区块 are no zone heads; 试点/示范 as verbs head nothing (review 22a)
      ["长沙市新材料产业区位优势明显。", "Industry:新材料"],
      ["无锡市物联网产业区块链平台上线。", "Industry:物联网"],
      ["宁夏推动葡萄酒产业示范发展。", "Industry:葡萄酒产业"],
      ["普洱市大力发展茶叶产业试点示范。", "Industry:茶叶产业"],
      // 区别, 区分, 区划, 区隔: words of their own, no zone heads (review 22h)
      ["新能源汽车产业区别于传统汽车制造，技术迭代快。", "Industry:新能源汽车"],
      ["该市跨境电商产业区分为两个板块。", "Industry:跨境电商"],
      ["深圳人工智能产业区划调整方案出台。", "Industry:人工智能"],
      ["滨海新材料产业区隔明显。", "Industry:新材料"],
    ] as const)
      expect(idsBy([industries], text), text).toContain(id);
  });
});

// release 22: 对…乙产业…具有/起到…作用: a sector something benefits, not a field developed
describe("sectors an event benefits (entities/sector-context.ts)", () => {
  it("drops a sector between 对 and a verb of effect with its noun", () => {
    for (const [text, id] of [
      ["新航线的开通对泰国旅游业发展具有重要的推动作用。", "Industry:旅游"],
      ["该铁路对沿线国家的农业出口有着积极影响，老挝受益明显。", "Industry:农业"],
      ["这一政策对越南纺织服装行业产生了深远影响。", "Industry:纺织服装"],
    ] as const)
      expect(idsBy([industries], text), text).not.toContain(id);
  });

  it("keeps a sector outside that frame", () => {
    for (const [text, id] of [
      ["南沙片区重点发展跨境电商，对大湾区建设具有重要作用。", "Industry:跨境电商"],
      ["苏州片区对生物医药产业给予专项资金支持，发挥了引导作用。", "Industry:生物医药"],
      ["合肥片区在集成电路领域对标国际，具有较强影响力。", "Industry:集成电路"],
      // 对 inside 对外, 对接 (review 22a)
      ["面向中亚发展对外贸易与冷链物流具有重要意义。", "Industry:冷链物流"],
      ["片区对接欧洲市场发展跨境电商产生了良好效应。", "Industry:跨境电商"],
    ] as const)
      expect(idsBy([industries], text), text).toContain(id);
  });

  it("keeps the field of a zone that is the subject before 对 (review 22h)", () => {
    for (const [text, id] of [
      ["中国（湖南）自由贸易试验区长沙片区对数字经济发展发挥了重要引领作用。", "Industry:数字经济"],
      ["海口综合保税区对航空维修产业的集聚起到了带动作用。", "Industry:航空维修"],
      ["深港合作区对跨境电商发展发挥了示范引领作用。", "Industry:跨境电商"],
      ["自贸试验区对生物医药产业的支持具有示范意义。", "Industry:生物医药"],
    ] as const)
      expect(idsBy([industries], text), text).toContain(id);
    // the zone after 对 is what benefits: no subject of the effect
    expect(idsBy([industries], "新航线的开通对泰国旅游业发展具有重要的推动作用。")).not.toContain(
      "Industry:旅游",
    );
  });

  // Release 24 (round mend24b): a link's opening earlier in the sentence does not make the sector a mere effect
  // when a place acts in between, the opening is its own measure, 实现 reports no opening, or 通道 is no transport.
  it("keeps a sector pushed after a link's opening when a place, a measure or no opening is read", () => {
    for (const [text, id] of [
      ["随着甲乙铁路开通，丙市抢抓机遇，推动新能源汽车产业发展。", "Industry:新能源汽车"],
      ["丁市将加快国际航线开通，推动跨境电商产业发展。", "Industry:跨境电商"],
      ["今年，戊市国际航线实现新突破，带动冷链物流产业快速发展。", "Industry:冷链物流"],
      ["己省农产品出口绿色通道建成，将促进现代农业产业发展。", "Industry:现代农业"],
    ] as const)
      expect(idsBy([industries], text), text).toContain(id);
  });
});

describe("someone's trade (sector-context.ts peopleTrade; industry.json tradeClasses, tradeHolders, tradeVerbs)", () => {
  const sectors = (t: string) =>
    extractDocument("trade.txt", t)
      .nodes.filter((x) => x.id.startsWith("Industry:"))
      .map((x) => x.id)
      .sort();
  it("drops a list of trades closed by a class noun and the people who hold them", () => {
    expect(sectors("研讨会上，来自港口、会计、咨询和其他行业代表作了交流。")).toEqual([]);
    expect(sectors("晚宴上，省长会见了从事葡萄酒、纺织及皮革业以及物流行业等法国企业家。")).toEqual([]);
  });
  it("drops a trade someone works in (从事…行业) in a text with no zone", () => {
    expect(sectors("这位工程师从事光伏组件行业十余年，亲历了技术更替。")).toEqual([]);
  });
  it("keeps sectors a zone develops, and 代表性 is no holder", () => {
    expect(sectors("某自贸片区重点发展跨境电商、冷链物流等产业，一批龙头企业代表出席。")).toEqual([
      "Industry:冷链物流",
      "Industry:跨境电商",
    ]);
    expect(sectors("某市大力发展数字经济和生物医药产业，吸引代表性企业落户。")).toEqual([
      "Industry:数字经济",
      "Industry:生物医药",
    ]);
  });
  it("reads no holder in 以…为代表 nor in the verb 代表着 (round mend28d)", () => {
    expect(sectors("江西片区以有色金属、光伏等行业为代表的新兴产业加速集聚。")).toEqual([
      "Industry:光伏",
      "Industry:有色金属",
    ]);
    expect(sectors("该自贸片区数字贸易产业代表着全国一流水平。")).toEqual(["Industry:数字贸易"]);
  });
  it("reads no class noun in the 业 of 企业 or 从业 (round mend28d)", () => {
    expect(sectors("吉林片区聚集了汽车、冷链物流等领域企业和商会。")).toContain("Industry:冷链物流");
    expect(sectors("海南自贸港旅游业从业人员超过十万人。")).toEqual(["Industry:旅游"]);
  });
});
