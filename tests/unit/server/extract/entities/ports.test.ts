import { describe, expect, it } from "vitest";
import { counties } from "../../../../../server/extract/entities/counties";
import { countyGazetteer } from "../../../../../server/extract/entities/county-gazetteer";
import { ports } from "../../../../../server/extract/entities/ports";
import { ENTITY_RULES } from "../../../../../server/extract/entities/registry";
import { extractDocument } from "../../../../../server/extract/index";
import { idsBy, mentionsBy } from "../../../../support/rules";

// Invented sentences; mentions as "id@surface" after overlaps are resolved.
describe("entity rule ports", () => {
  it("reads X口岸 and X港 names, catalogued or not", () => {
    expect(mentionsBy([ports], "货物经龙南口岸出境，再到钦州港。")).toEqual([
      "Port:龙南口岸@龙南口岸",
      "Port:钦州港@钦州港",
    ]);
  });

  it("ends the words before an unseen port at a verb of a ship's call (首航, 航行: name-boundaries.json)", () => {
    const ports_ = (t: string) => mentionsBy([...ENTITY_RULES], t).filter((m) => m.startsWith("Port:"));
    expect(ports_("新船上周首航贝洛港，随后返回。")).toEqual(["Port:贝洛港@贝洛港"]);
    expect(ports_("该轮将航行塔曼港与诺沃港之间。")).toContain("Port:塔曼港@塔曼港");
    expect(ports_("该轮将航行塔曼港与诺沃港之间。").some((m) => m.includes("航行"))).toBe(false);
  });

  it("keeps a verb of a ship's call inside a firm's name (portCallVerbs are no strong stops)", () => {
    const orgs = (t: string) => idsBy([...ENTITY_RULES], t).filter((m) => m.startsWith("Organization:"));
    expect(orgs("山东首航瑞达机械股份有限公司与港方签约。")).toEqual([
      "Organization:山东首航瑞达机械股份有限公司",
    ]);
    expect(orgs("湖南停靠通供应链有限公司获评先进单位。")).toEqual(["Organization:湖南停靠通供应链有限公司"]);
  });

  it("keeps a rank written before 口岸 (portRanks: 国际) in the port's head and name", () => {
    const ports_ = (t: string) => mentionsBy([...ENTITY_RULES], t).filter((m) => m.startsWith("Port:"));
    expect(ports_("货车经龙南国际口岸进入邻国。")).toEqual(["Port:龙南国际口岸@龙南国际口岸"]);
    expect(ports_("货车经塔库里国际公路口岸出境。")).toEqual(["Port:塔库里国际公路口岸@塔库里国际公路口岸"]);
    // near misses: 国际 with no name before it, and 国际港 (a hub's name, not a port's head)
    expect(ports_("全省各类国际口岸已达20个。")).toEqual([]);
    expect(ports_("该市正加快建设国际口岸城市。")).toEqual([]);
    expect(ports_("龙南国际港务区开行班列。")).toEqual([]);
  });

  it("reads no port in a base that ends with a word of seeking or building (designation-zones.json claimsBefore)", () => {
    const ports_ = (t: string) => mentionsBy([...ENTITY_RULES], t).filter((m) => m.startsWith("Port:"));
    // 申报 (to apply for) is tagged a proper noun by the segmenter (a newspaper's name): the list decides
    expect(ports_("该区正在申报国际口岸，争取后年验收。")).toEqual([]);
    expect(ports_("全县正在申报国际航空口岸。")).toEqual([]);
    expect(ports_("該區正在申報國際口岸。")).toEqual([]);
    expect(ports_("该区正在申报口岸，争取后年验收。")).toEqual([]);
    // a name before the rank stays a port
    expect(ports_("货车经龙南国际口岸进入邻国。")).toEqual(["Port:龙南国际口岸@龙南国际口岸"]);
  });

  it("reads a country name not ending in 国 before 港 (新加坡港) as the port's name, not the country", () => {
    expect(mentionsBy([ports], "航运公司开通至新加坡港的集装箱航线。")).toContain("Port:新加坡港@新加坡港");
    // a country ending in 国, or 口岸 after a country, stays the country's ports taken together
    expect(
      mentionsBy([ports], "中国港航企业和韩国港的运量都在增长。").some((m) => m.startsWith("Port:")),
    ).toBe(false);
    expect(mentionsBy([ports], "越南口岸的通关效率明显提升。").some((m) => m.startsWith("Port:"))).toBe(
      false,
    );
    expect(mentionsBy([ports], "新加坡企业在苏州投资建厂。").some((m) => m.startsWith("Port:"))).toBe(false);
  });

  it("gives a port partner, not the country, for 与新加坡港合作 (whole pipeline)", () => {
    const g = extractDocument("port.txt", "天津港与新加坡港签署合作协议。");
    const partners = g.edges.filter((e) => e.type === "COOPERATES_WITH").map((e) => e.target);
    expect(partners).toEqual(["Port:新加坡港"]);
    const g2 = extractDocument("port2.txt", "某港务公司先后与新加坡港、巴生港开展业务合作。");
    expect(g2.edges.some((e) => e.type === "COOPERATES_WITH" && e.target === "Country:新加坡")).toBe(false);
  });

  it("reads no common noun 港口 at the start of an unseen name", () => {
    expect(mentionsBy([ports], "巨轮驶离泰国南部最大的港口宋卡港码头。")).toContain("Port:宋卡港@宋卡港");
  });

  it("drops a province prefix", () => {
    expect(mentionsBy([ports], "依托广西凭祥口岸开展边贸。")).toEqual([
      "Province:广西壮族自治区@广西",
      "Port:凭祥口岸@凭祥口岸",
    ]);
  });

  it("gives no port for a generic phrase", () => {
    expect(mentionsBy([ports], "积极推动开放口岸建设。")).toEqual([]);
  });

  it("gives no port for a descriptive phrase", () => {
    expect(mentionsBy([ports], "该口岸已成为全国最大公路口岸。")).toEqual([]);
    expect(mentionsBy([ports], "该口岸已成为龙南公路口岸。")).toEqual(["Port:龙南公路口岸@龙南公路口岸"]);
  });

  it("reads a place + transport kind + 口岸, but not a kind alone", () => {
    expect(mentionsBy([ports], "烟台水运口岸启用新系统，各大水运口岸推广。")).toEqual([
      "Port:烟台水运口岸@烟台水运口岸",
    ]);
  });

  it("takes no verb, pronoun or coordination into a port name, and no road named after a port", () => {
    expect(mentionsBy([ports], "随着钦州港扩建，我国口岸和福州与宁波两港都受益。")).toEqual([
      "Port:钦州港@钦州港",
      "Country:中国@我国",
      "City:福州@福州",
      "City:宁波@宁波",
    ]);
    expect(mentionsBy([ports], "车辆沿着北海港快速路行驶。")).toEqual(["City:北海@北海"]);
  });

  it("drops a place written with its suffix before a port name", () => {
    expect(mentionsBy([counties, ports], "班列自石家庄高邑县冀中南智能港发出。")).toEqual([
      "City:石家庄@石家庄",
      "City:高邑县@高邑县",
      "Port:冀中南智能港@冀中南智能港",
    ]);
  });

  it("reads a transliterated port name after its province even when it holds a stop character", () => {
    expect(mentionsBy([ports], "以内蒙古阿其图口岸为例。")).toEqual([
      "Province:内蒙古自治区@内蒙古",
      "Port:阿其图口岸@阿其图口岸",
    ]);
    expect(mentionsBy([ports], "甘肃可凭借口岸优势发展。")).toEqual(["Province:甘肃省@甘肃"]);
  });

  it("reads no port from a route role (始发港, 经停港, 目的港) or after a verb (携手)", () => {
    expect(mentionsBy([ports], "以该港为始发港或经停港，目的港待定。")).toEqual([]);
    expect(mentionsBy([ports], "携手蛇口港共建航线。")).toEqual(["Port:蛇口港@蛇口港"]);
  });

  it("leaves a leading country, a place written with its suffix or a city out of an unseen port's name", () => {
    const ids = (text: string) =>
      mentionsBy([countyGazetteer, ports], text).filter((m) => m.startsWith("Port:"));
    expect(ids("货轮经停日本鹿儿岛港后返航。")).toEqual(["Port:鹿儿岛港@鹿儿岛港"]);
    expect(ids("东宁市绥阳口岸恢复通关。")).toEqual(["Port:绥阳口岸@绥阳口岸"]);
    expect(ids("记者来到云南省瑞丽市畹町口岸。")).toEqual(["Port:畹町口岸@畹町口岸"]);
    expect(ids("货物在南京龙潭港装船。")).toEqual(["Port:龙潭港@龙潭港"]);
    expect(ids("宁波舟山港吞吐量增长。")).toEqual(["Port:宁波舟山港@宁波舟山港"]);
  });

  it("reads an unseen port's name on the segmenter's words: whole through a stop character, never a clause", () => {
    const ids = (text: string) => mentionsBy([ports], text).filter((m) => m.startsWith("Port:"));
    expect(ids("车队经中巴红其拉甫口岸出境。")).toEqual(["Port:红其拉甫口岸@红其拉甫口岸"]);
    expect(ids("内蒙古甘其毛都口岸货运量增长。")).toEqual(["Port:甘其毛都口岸@甘其毛都口岸"]);
    expect(ids("该港近日迎来开港十周年。")).toEqual([]);
    expect(ids("今年新开港口航线十二条，年内迎来开港庆典。")).toEqual([]);
    expect(ids("是我国对邻国的第二大陆路口岸。")).toEqual([]);
  });

  it("reads no port from a list closed by 等 (广州、上海等口岸)", () => {
    expect(
      mentionsBy([ports], "货物只能运到广州、上海等口岸出境。").filter((m) => m.startsWith("Port:")),
    ).toEqual([]);
  });
});

describe("port words that name no port (ports, unseen-names, catalog-surfaces)", () => {
  const portIds = (t: string) => idsBy([...ENTITY_RULES], t).filter((id) => id.startsWith("Port:"));

  it("reads no port from a province's ports taken together or from 港 as a verb's object", () => {
    expect(portIds("江西口岸进出口货运量增长，南昌昌北机场口岸扩容。")).not.toContain("Port:江西口岸");
    expect(portIds("该县借港出海，抚远市借港出海。")).toEqual([]);
  });

  it("reads no port from a bare 港 after a verb or preposition (赴港, 对港, 抵港: Hong Kong or an object)", () => {
    expect(portIds("青川企业赴港设立公司，青川对港出口增长，货船抵港后卸货。")).toEqual([]);
    expect(portIds("货物运抵洋浦港后转运。")).toEqual(["Port:洋浦港"]);
  });

  it("reads no port from 港口 (a common noun) or from a generic base (节点口岸, 内河港)", () => {
    expect(portIds("打通了西宁至青岛港口的通道。")).toEqual([]);
    expect(portIds("该市是重要节点口岸，货物转运至内河港。")).toEqual([]);
  });

  it("reads the 口岸 of a known port as that port (青岛港口岸 → 青岛港)", () => {
    expect(portIds("货物经青岛港口岸出境。")).toEqual(["Port:青岛港"]);
  });

  it("reads no port from a body's port office (市政府口岸物流办, 口岸办), but 口岸 before 办理 stays a port", () => {
    expect(portIds("记者从兰州市政府口岸物流办获悉，省口岸办也有通报。")).toEqual([]);
    expect(portIds("企业在二连浩特口岸办理通关。")).toEqual(["Port:二连浩特口岸"]);
    expect(portIds("企业在黄埔区口岸办理通关。")).toEqual(["Port:黄埔区口岸"]);
  });

  it("keeps the port when 办 starts a verb done there (办公, 办结, 办妥), not an office suffix", () => {
    const portIds = (t: string) => idsBy([ports], t, false).filter((id) => id.startsWith("Port:"));
    expect(portIds("海关人员在东兴口岸办公，为旅客查验证件。")).toEqual(["Port:东兴口岸"]);
    expect(portIds("货物在东兴口岸办结全部手续后放行。")).toEqual(["Port:东兴口岸"]);
    expect(portIds("企业在东兴口岸办妥报关手续。")).toEqual(["Port:东兴口岸"]);
    expect(portIds("企业在泉州口岸办理通关手续。")).toEqual(["Port:泉州口岸"]);
    expect(portIds("货物在德宏州口岸办结手续，温州口岸办事效率提高。")).toEqual([
      "Port:德宏州口岸",
      "Port:温州口岸",
    ]);
    expect(portIds("市口岸办主任介绍了情况，国家口岸管理办公室发布通知。")).toEqual([]);
  });

  it("reads no port from a department's port office before 相关 (据省交通厅口岸办相关负责人介绍)", () => {
    expect(portIds("据省交通厅口岸办相关负责人介绍，新航线下月开通。")).toEqual([]);
    expect(portIds("据市发改委口岸办相关人员说明，通关时间缩短。")).toEqual([]);
  });

  it("reads a municipality's port before 港 or a typed 口岸 (重庆港, 重庆铁路口岸), not before the bare 口岸", () => {
    expect(portIds("货物运抵重庆港后转运。")).toEqual(["Port:重庆港"]);
    expect(portIds("货车抵达重庆铁路口岸后换装。")).toEqual(["Port:重庆铁路口岸"]);
    expect(portIds("重庆口岸通关时间进一步压缩，甘肃口岸货运量增长。")).toEqual([]);
  });

  it("reads a port led by a country's formal state name as the port alone (某国王国X港 → X港)", () => {
    expect(portIds("烟台港与柬埔寨王国戈公港签署友好港协议。")).toContain("Port:戈公港");
    expect(portIds("烟台港与柬埔寨王国戈公港签署友好港协议。")).not.toContain("Port:王国戈公港");
  });

  it("reads no port in 供港 (supplying Hong Kong), in 港珠澳 or 港都, nor in the generic 离境口岸", () => {
    expect(portIds("这家农场的蔬菜每天供港，日均供港五吨。")).toEqual([]);
    expect(portIds("海关所属港珠澳大桥的货车通道繁忙。")).toEqual([]);
    expect(portIds("市长希望打造繁荣的港都。")).toEqual([]);
    expect(portIds("各界携手共建港都新风貌。")).toEqual([]);
    // (the adverb 都 after a port's 港 keeps the port)
    expect(portIds("新建成的乙岭港和丙湾港都在东海之滨。")).toEqual(["Port:乙岭港", "Port:丙湾港"]);
    // (ports coordinated before it make 都 the adverb whatever verb follows)
    expect(portIds("新开通的乙岭港和丙湾港都面临转型压力。")).toEqual(["Port:乙岭港", "Port:丙湾港"]);
    expect(portIds("乙岭港、丙湾港都承担着中转任务。")).toEqual(["Port:乙岭港", "Port:丙湾港"]);
    expect(portIds("这里是鲜活产品的离境口岸。")).toEqual([]);
    expect(portIds("货物由钦州港离境，经东兴口岸入越。")).toEqual(["Port:钦州港", "Port:东兴口岸"]);
  });

  it("reads no port from an anaphoric determiner (上述口岸, 前述口岸) and keeps a named port after it", () => {
    const g = extractDocument(
      "anaphor.txt",
      "检验人员已在上述口岸完成查验。前述口岸与所述口岸的客流都在回升。以上口岸均已开通。上述满洲里口岸恢复客运。",
    );
    const ports = g.nodes.filter((n) => n.type === "Port").map((n) => n.name);
    expect(ports).toEqual(["满洲里口岸"]);
  });

  it("reads no port from a generic quantifier of ports (具体口岸, 部分口岸, 全部口岸)", () => {
    const ids = idsBy([ports], "具体口岸名单另行发布，部分口岸和全部口岸均已复工，二连浩特口岸客流回升。");
    expect(ids.filter((id) => id.startsWith("Port:"))).toEqual(["Port:二连浩特口岸"]);
  });
});

describe("port names that only describe a port (ports and unseen-names: describedPort)", () => {
  const portIds = (t: string) => idsBy([...ENTITY_RULES], t).filter((id) => id.startsWith("Port:"));

  it("reads no port from a size or a count before the head (传统大港, 超级大港, 五大口岸)", () => {
    expect(portIds("传统大港普遍承压，乙湾港逆势增长。")).toEqual(["Port:乙湾港"]);
    expect(portIds("老牌大港面临转型。")).toEqual([]);
    expect(portIds("这座城市成为北方首个迈入亿吨级的超级大港。")).toEqual([]);
    expect(portIds("其客流排名位居全国前五大口岸之列。")).toEqual([]);
  });

  it("reads no port that starts on the 月 or 日 closing a date (11月台港贸易)", () => {
    expect(portIds("今年前9月台港两地的贸易额上升。")).toEqual([]);
    expect(portIds("本月12日沪港航线加班。")).not.toContain("Port:日沪港");
  });

  it("keeps short names whose 大 or numeral belongs to the name (吉大港, 三合口岸) and a dated port", () => {
    expect(portIds("集装箱在吉大港卸下后转运内陆。")).toContain("Port:吉大港");
    expect(portIds("边民经三合口岸往来两国。")).toContain("Port:三合口岸");
    expect(portIds("5月台州港吞吐量创新高。")).toContain("Port:台州港");
  });

  it("reads an unseen port right after a date from after the date's 月 or 日 (3月关丹港, 5日南沙港)", () => {
    expect(portIds("今年3月关丹港吞吐量创新高。")).toEqual(["Port:关丹港"]);
    expect(portIds("5日南沙港新开两条航线。")).toEqual(["Port:南沙港"]);
    expect(portIds("7月龙口港发运一批氧化铝。")).toEqual(["Port:龙口港"]);
    expect(portIds("2月科伦坡港转运量增加。")).toEqual(["Port:科伦坡港"]);
  });

  it("skips a date's tail (份, 起, 后) before an unseen name and reads no port from what is left (起深港)", () => {
    expect(portIds("今年4月份关丹港吞吐量回升。")).toEqual(["Port:关丹港"]);
    expect(portIds("10月起关丹港加开一条航线。")).toEqual(["Port:关丹港"]);
    expect(portIds("6月起深港两地旅客互认。")).toEqual([]);
    expect(portIds("4月后深港合作明显加快。")).toEqual([]);
    expect(portIds("15日起沪港两地证照互认。")).toEqual([]);
    expect(portIds("9月份粤港合作继续推进。")).toEqual([]);
  });
});

describe("the port of a special administrative region (ports.ts: cityRegionPort)", () => {
  const portIds = (t: string) => idsBy([...ENTITY_RULES], t).filter((id) => id.startsWith("Port:"));

  it("reads 香港港 and 澳门港 as ports, not as the region's ports taken together", () => {
    expect(portIds("去年香港港的货柜量首次低于邻近港口。")).toEqual(["Port:香港港"]);
    expect(portIds("这批建材经澳门港转运。")).toEqual(["Port:澳门港"]);
  });

  it("reads no port where the 港 opens another word of the region (港铁, 港币, 港人)", () => {
    expect(portIds("香港港铁公司下月调整票价。")).toEqual([]);
    expect(portIds("香港港币存款上月小幅增加。")).toEqual([]);
    expect(portIds("香港港人北上消费的热度不减。")).toEqual([]);
    expect(portIds("广东口岸进出口保持增长。")).toEqual([]);
  });

  it("reads 香港港 only when its 港 is a word of its own, and keeps the region otherwise", () => {
    const ids = (t: string) => idsBy([...ENTITY_RULES], t);
    expect(ids("这家企业在香港港交所挂牌上市。")).toEqual(["Province:香港特别行政区"]);
    expect(ids("游客在香港港式茶餐厅排队。")).toEqual(["Province:香港特别行政区"]);
    expect(ids("香港港台节目在内地播出。")).toEqual(["Province:香港特别行政区"]);
    expect(portIds("他乘坐香港港龙航空的航班到了外地。")).toEqual([]);
    expect(portIds("香港港岛区的写字楼租金回落。")).toEqual([]);
    expect(portIds("一批钢材从香港港转运至东南亚。")).toEqual(["Port:香港港"]);
    expect(portIds("香港港货柜码头昨夜作业繁忙。")).toEqual(["Port:香港港"]);
  });
  it("reads an unseen name right after the verb that governs it (批复同意某某公路口岸, 看好某某口岸)", () => {
    expect(idsBy([ports], "国务院批复同意勐朗公路口岸对外开放。")).toContain("Port:勐朗公路口岸");
    expect(idsBy([ports], "商户十分看好塔科口岸的区位。")).toContain("Port:塔科口岸");
  });

  it("reads no port from a framework's short name after a verb (看好澜湄口岸合作, 看好上合口岸合作)", () => {
    const portsOf = (t: string) => idsBy([ports], t).filter((id) => id.startsWith("Port:"));
    expect(portsOf("商户十分看好澜湄口岸合作。")).toEqual([]);
    expect(portsOf("商户十分看好上合口岸合作。")).toEqual([]);
    expect(portsOf("投资人都看好中吉乌口岸建设。")).toEqual([]);
  });

  it("reads no port from a place and a verb made with 港 (某市开港, as 某市借港出海)", () => {
    const ids = idsBy([...ENTITY_RULES], "龙井市开港仪式昨天举行。");
    expect(ids.filter((id) => id.startsWith("Port:"))).toEqual([]);
    // 集港: goods gathered at the port before they leave
    const gathered = idsBy([...ENTITY_RULES], "甘肃苹果在兰州集港后出口至泰国，货物在钦州港集港后装船。");
    expect(gathered.filter((id) => id.startsWith("Port:"))).toEqual(["Port:钦州港"]);
  });

  it("reads no port from a verb before a common noun (建设边境口岸, 打造开放口岸, 建好枢纽港, 考察新港)", () => {
    const text =
      "继续深化拓展沿边口岸，努力打造开放口岸，希望建好区域枢纽港，加快建设边境口岸，随后认真考察新港。";
    expect(idsBy([ports], text).filter((id) => id.startsWith("Port:"))).toEqual([]);
  });
  it("reads the second end of a route only (从某地机场到某某口岸)", () => {
    const ids = idsBy([...ENTITY_RULES], "旅行团从保山机场到猴桥口岸只需两小时。").filter((id) =>
      id.startsWith("Port:"),
    );
    expect(ids).not.toContain("Port:机场到猴桥口岸");
    expect(ids).toContain("Port:猴桥口岸");
  });

  it("reads the name after a word opened by 到 (到访某某口岸, 到位某某口岸), not the word's tail", () => {
    const portsOf = (t: string) => idsBy([...ENTITY_RULES], t).filter((id) => id.startsWith("Port:"));
    expect(portsOf("代表团到访勐朗口岸调研。")).toEqual(["Port:勐朗口岸"]);
    expect(portsOf("资金已到位塔科口岸建设加快。")).toEqual(["Port:塔科口岸"]);
    expect(portsOf("代表团到访边境口岸调研，游客到访智慧口岸，货物到达该口岸。")).toEqual([]);
  });

  it("reads no port from a verb made with 港 after a port (某港开港)", () => {
    const ids = idsBy([...ENTITY_RULES], "自从肯尼亚蒙巴萨港开港以来货量倍增。");
    expect(ids.filter((id) => id.startsWith("Port:"))).toEqual(["Port:蒙巴萨港"]);
  });

  it("splits ports written run together (青岛港天津港广州港)", () => {
    const ids = idsBy([...ENTITY_RULES], "名单上有上海港深圳港厦门港三个港口。").filter((id) =>
      id.startsWith("Port:"),
    );
    expect(ids).toEqual(["Port:上海港", "Port:深圳港", "Port:厦门港"]);
  });

  it("reads no port from a class or a traffic of ports (省级口岸, 边贸口岸, 支线港, 恢复通行口岸)", () => {
    const text = "全省有省级口岸八个、边贸口岸五个，另有支线港三个，恢复通行口岸增至四个。";
    expect(idsBy([...ENTITY_RULES], text).filter((id) => id.startsWith("Port:"))).toEqual([]);
  });
  it("keeps ports after 至, 到 or 港 of another word (截至目前某港, 运至某港, 香港某口岸, 至今港口)", () => {
    const ports_ = (t: string) => idsBy([...ENTITY_RULES], t).filter((id) => id.startsWith("Port:"));
    expect(ports_("截至目前湛江港吞吐量稳步增长。")).toEqual(["Port:湛江港"]);
    expect(ports_("这批钢材运至钦州港后转运。")).toEqual(["Port:钦州港"]);
    expect(ports_("旅客经香港深圳湾口岸出境。")).toEqual(["Port:深圳湾口岸"]);
    expect(ports_("今年以来至今港口运行平稳，到港船舶增多。")).toEqual([]);
  });

  it("reads no port whose whole base is a framework's short name (东盟港, 澜湄港, 中欧口岸), keeps a city's port", () => {
    const all = (s: string) => idsBy([...ENTITY_RULES], s);
    expect(all("东盟港建设提速，澜湄港也在规划。").filter((id) => id.startsWith("Port:"))).toEqual([]);
    expect(all("中欧口岸合作更紧密。").filter((id) => id.startsWith("Port:"))).toEqual([]);
    expect(all("钦州港建设提速。")).toContain("Port:钦州港");
  });

  it("reads a port where 办 is the verb after 口岸 (在某口岸办相关手续), not a port office", () => {
    expect(portIds("旅客可在阿日哈沙特口岸办相关入境手续。")).toEqual(["Port:阿日哈沙特口岸"]);
    expect(portIds("司机们到策克口岸办相关证件。")).toEqual(["Port:策克口岸"]);
  });

  it("reads no municipality's port where 港 opens a Hong Kong word (港商, 港资, 港人)", () => {
    expect(portIds("重庆港商投资项目增至三百个。")).toEqual([]);
    expect(portIds("重庆港资企业座谈会召开。")).toEqual([]);
    expect(portIds("北京港人协会举办年会。")).toEqual([]);
  });

  it("reads no bilateral pair from a 中 that ends a word (其中某某港)", () => {
    expect(portIds("其中朝天门港游客最多。")).toEqual(["Port:朝天门港"]);
  });

  it("starts a port's name after a country's formal state name written before it", () => {
    expect(portIds("秘鲁共和国钱凯港迎来首艘货轮。")).toEqual(["Port:钱凯港"]);
    expect(portIds("肯尼亚共和国拉穆港建设加快。")).toEqual(["Port:拉穆港"]);
    expect(portIds("德意志联邦共和国不来梅港吞吐量回升。")).toEqual(["Port:不来梅港"]);
    expect(portIds("双方代表考察了泰王国林查班港。")).toEqual(["Port:林查班港"]);
    expect(portIds("秘鲁共和国总统参观了钱凯港。")).toEqual(["Port:钱凯港"]);
  });

  it("reads no municipality's port where 港 opens a Hong Kong word the segmenter does not know (港大, 港籍)", () => {
    expect(portIds("北京港大校友会成立十周年。")).toEqual([]);
    expect(portIds("重庆港籍居民可办理居住证。")).toEqual([]);
    expect(portIds("货轮驶离重庆港前往宜昌。")).toEqual(["Port:重庆港"]);
    // the lexicon word's tail read into a longer word (港/j 大型/b): the port stays
    expect(portIds("重庆港大型货轮靠泊。")).toEqual(["Port:重庆港"]);
  });

  it("reads the port after a formal state name the segmenter does not split off, the country a part", () => {
    expect(portIds("缅甸联邦共和国某漂港项目稳步推进。")).toEqual(["Port:某漂港"]);
    expect(portIds("印度尼西亚共和国丹戎某碌港拥堵缓解。")).toEqual(["Port:丹戎某碌港"]);
    const m = mentionsBy([...ENTITY_RULES], "缅甸联邦共和国某漂港项目稳步推进。");
    expect(m).toEqual(["Port:某漂港@缅甸联邦共和国某漂港"]);
  });

  it("reads a country's formal name of the catalog before its port (阿拉伯埃及共和国, 文莱达鲁萨兰国)", () => {
    expect(portIds("阿拉伯埃及共和国某得港运河码头扩建。")).toEqual(["Port:某得港"]);
    expect(portIds("文莱达鲁萨兰国某拉港集装箱码头交付。")).toEqual(["Port:某拉港"]);
  });
});

// Invented sentences: 港 opening a word where it is Hong Kong or the harbour trade as a modifier (港资, 港航).
describe("entity rule ports: words 港 opens (port-objects.json harbourWords)", () => {
  const portIds = (t: string) => idsBy([...ENTITY_RULES], t).filter((id) => id.startsWith("Port:"));

  it("reads no port before 港资, 港商, 港式, 港企, 港人, 港航, 港籍, 港元 or 港币", () => {
    expect(portIds("鹤城港资酒店增多。")).toEqual([]);
    expect(portIds("南岭港商协会成立。")).toEqual([]);
    expect(portIds("东街港式点心热销。")).toEqual([]);
    expect(portIds("该市大力发展滨江港航服务业。")).toEqual([]);
    expect(portIds("一批鹤城港籍船员上岗。")).toEqual([]);
  });

  it("reads no port before a word where 港 is Hong Kong itself (港剧, 港府, 港星, 港胞: hongKongWords)", () => {
    expect(portIds("鹤城港剧外景地对外开放。")).toEqual([]);
    expect(portIds("南岭港府访问团抵达。")).toEqual([]);
    expect(portIds("东街港星见面会举行。")).toEqual([]);
    expect(portIds("鹤城港胞联谊会成立。")).toEqual([]);
  });

  it("still reads a port's name before 大 when 港大 is no Hong Kong word (白沙港大力发展)", () => {
    expect(portIds("白沙港大力发展集装箱运输。")).toEqual(["Port:白沙港"]);
  });

  it("still reads the port before a noun opening with the harbour word's second character (航线, 企业: wordsAfterPort)", () => {
    expect(portIds("白沙港扩建工程开工。")).toEqual(["Port:白沙港"]);
    expect(portIds("白沙港航线增加到十条。")).toEqual(["Port:白沙港"]);
    expect(portIds("白沙港企业加快转型。")).toEqual(["Port:白沙港"]);
  });
});
