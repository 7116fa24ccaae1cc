import { describe, expect, it } from "vitest";
import { extractDocument } from "../../../../../server/extract/index";
import { onCorridor } from "../../../../../server/extract/relations/on-corridor";
import { relationsBy } from "../../../../support/rules";

// Invented sentences; relations as "TYPE:source->target", this rule only.
describe("relation rule on-corridor", () => {
  it("reads nothing for a place of an earlier clause when the corridor opens its own clause (release 26)", () => {
    // (the corridor, or a noun phrase it opens, is the subject of its clause: 甲市…，乙通道…提供了…)
    expect(relationsBy([onCorridor], "柳州气候宜人，目前，中老铁路建设为企业提供了新机遇。")).toEqual([]);
    expect(relationsBy([onCorridor], "赣州物流发达，近年来，长江经济带建设为企业提供了广阔空间。")).toEqual(
      [],
    );
    expect(relationsBy([onCorridor], "烟台港货运繁忙，中欧班列的开行为企业出口提供了便利。")).toEqual([]);
    // (near misses: the place is the subject of the corridor's clause, or the clause lists the place's roles)
    expect(relationsBy([onCorridor], "近年来，柳州积极融入西部陆海新通道建设。")).toEqual([
      "ON_CORRIDOR:City:柳州->Corridor:西部陆海新通道",
    ]);
    expect(relationsBy([onCorridor], "日照港将打造成区域物流的交通枢纽，“一带一路”的重要出海口。")).toEqual([
      "ON_CORRIDOR:Port:日照港->Corridor:一带一路",
    ]);
    expect(relationsBy([onCorridor], "宜昌交通便利，长江经济带的重要节点城市。")).toEqual([
      "ON_CORRIDOR:City:宜昌->Corridor:长江经济带",
    ]);
    expect(relationsBy([onCorridor], "洛阳物流发达，是“一带一路”的重要节点城市。")).toEqual([
      "ON_CORRIDOR:City:洛阳->Corridor:一带一路",
    ]);
  });

  it("keeps the place when the corridor's own clause still speaks of it (mend26i)", () => {
    // (a short 的 phrase of roles after a verb giving the place a role)
    expect(relationsBy([onCorridor], "威海将建设成为国际港口城市，“海上丝绸之路”的重要窗口。")).toEqual([
      "ON_CORRIDOR:City:威海->Corridor:21世纪海上丝绸之路",
    ]);
    expect(relationsBy([onCorridor], "湛江将打造成国际港口城市，“一带一路”的先行区。")).toEqual([
      "ON_CORRIDOR:City:湛江->Corridor:一带一路",
    ]);
    // (a frame, the place named again as the subject of the next clause)
    expect(relationsBy([onCorridor], "贵阳气候宜人，西部陆海新通道建设中，贵阳积极作为。")).toEqual([
      "ON_CORRIDOR:City:贵阳->Corridor:西部陆海新通道",
    ]);
    // (a word referring back to the place)
    expect(relationsBy([onCorridor], "满洲里口岸地处中俄边境，中欧班列途经该口岸驶往欧洲。")).toEqual([
      "ON_CORRIDOR:Port:满洲里口岸->Corridor:中欧班列",
    ]);
    // (near miss: the place named again only as a locative object of the corridor's clause)
    expect(relationsBy([onCorridor], "柳州工业发达，西部陆海新通道建设为柳州带来了机遇。")).toEqual([]);
  });

  it("puts the subject on the corridor it joins", () => {
    expect(relationsBy([onCorridor], "赣州片区深度融入西部陆海新通道建设。")).toEqual([
      "ON_CORRIDOR:Area:赣州片区->Corridor:西部陆海新通道",
    ]);
  });

  it("reads nothing for a place that only modifies a firm or a line before the corridor (release 24)", () => {
    expect(relationsBy([onCorridor], "郑州恒达物流作为班列平台，带动更多货源走上“一带一路”。")).toEqual([]);
    expect(relationsBy([onCorridor], "西安直飞曼谷航线，为更多旅客服务共建“一带一路”。")).toEqual([]);
    expect(relationsBy([onCorridor], "推动包头国际物流中心建设，深度融入“一带一路”。")).toEqual([]);
    // (near misses: the place is the subject of the trigger, or a partner of a firm)
    expect(relationsBy([onCorridor], "郑州积极融入“一带一路”建设。")).toEqual([
      "ON_CORRIDOR:City:郑州->Corridor:一带一路",
    ]);
    expect(relationsBy([onCorridor], "郑州与多家公司积极融入“一带一路”建设。")).toEqual([
      "ON_CORRIDOR:City:郑州->Corridor:一带一路",
    ]);
  });

  it("keeps a place that is the subject of a predicate before the head (mend24g)", () => {
    // (a verb, an adverb or a count between the place and the head: a predicate of the place, no noun phrase)
    expect(relationsBy([onCorridor], "洛阳大力发展现代物流，积极融入“一带一路”建设。")).toEqual([
      "ON_CORRIDOR:City:洛阳->Corridor:一带一路",
    ]);
    expect(relationsBy([onCorridor], "目前洛阳大力发展现代物流，积极融入“一带一路”建设。")).toEqual([
      "ON_CORRIDOR:City:洛阳->Corridor:一带一路",
    ]);
    expect(relationsBy([onCorridor], "烟台港新增多条外贸航线，加快融入“一带一路”建设。")).toEqual([
      "ON_CORRIDOR:Port:烟台港->Corridor:一带一路",
    ]);
    expect(relationsBy([onCorridor], "洛阳物流发达，是“一带一路”的重要节点城市。")).toEqual([
      "ON_CORRIDOR:City:洛阳->Corridor:一带一路",
    ]);
    expect(relationsBy([onCorridor], "包头发展陆港物流，开行中欧班列。")).toEqual([
      "CONNECTS:Corridor:中欧班列->City:包头",
    ]);
    // (another place between the place and the head, or a role taken by the head: a noun phrase)
    expect(relationsBy([onCorridor], "太原直飞莫斯科航班，助力共建“一带一路”。")).toEqual([]);
    expect(relationsBy([onCorridor], "目前包头远达物流作为平台企业，助力货物融入“一带一路”。")).toEqual([]);
  });

  it("keeps a place governed by a pivot verb when a verb stands before the head (mend24i)", () => {
    // (支持/指导 + place + a predicate holding a verb: the place acts, the head is its object)
    expect(relationsBy([onCorridor], "支持云南大力发展现代物流，加快融入西部陆海新通道。")).toEqual([
      "ON_CORRIDOR:Province:云南省->Corridor:西部陆海新通道",
    ]);
    expect(relationsBy([onCorridor], "指导贵州构建航空物流体系，融入“一带一路”建设。")).toEqual([
      "ON_CORRIDOR:Province:贵州省->Corridor:一带一路",
    ]);
    // (a logistics facility taking a role: the place's own node)
    expect(relationsBy([onCorridor], "这是洛阳物流园区作为节点融入“一带一路”的缩影。")).toEqual([
      "ON_CORRIDOR:City:洛阳->Corridor:一带一路",
    ]);
    // (near misses: no verb in the gap, or a facility as a verb's object with no role)
    expect(relationsBy([onCorridor], "支持包头国际物流中心建设，深度融入“一带一路”。")).toEqual([]);
    expect(relationsBy([onCorridor], "郑州恒达物流作为班列平台，带动更多货源走上“一带一路”。")).toEqual([]);
  });

  it("reads nothing when the corridor only benefits", () => {
    expect(relationsBy([onCorridor], "为“一带一路”建设注入动能。")).toEqual([]);
  });

  it("reads nothing when the corridor only qualifies a noun", () => {
    expect(relationsBy([onCorridor], "宁波舟山港深度参与编制海上丝绸之路指数。")).toEqual([]);
    expect(relationsBy([onCorridor], "宁波舟山港深度参与海上丝绸之路建设。")).toEqual([
      "ON_CORRIDOR:Port:宁波舟山港->Corridor:21世纪海上丝绸之路",
    ]);
  });

  it("reads nothing when the corridor is the background of the clause (在…的基础上)", () => {
    expect(
      relationsBy([onCorridor], "江西省在“一带一路”和“丝绸之路经济带”深入推进的基础上，积极融入长江经济带。"),
    ).toEqual(["ON_CORRIDOR:Province:江西省->Corridor:长江经济带"]);
  });

  it("takes the subject after a clause opened by 作为, not a place named before it", () => {
    expect(
      relationsBy([onCorridor], "江西发展迅速。作为中部首个纳入“一带一路”规划的内陆港，赣州港是重要的节点。"),
    ).toEqual(["ON_CORRIDOR:Port:赣州港->Corridor:一带一路"]);
  });

  it("takes the subject after a clause opened by 随着 (随着X建设的推进，S迎来…)", () => {
    expect(
      relationsBy([onCorridor], "云南省召开会议。随着中老经济走廊建设的推进，昆明迎来新的发展机遇。"),
    ).toEqual(["ON_CORRIDOR:City:昆明->Corridor:中老经济走廊"]);
  });

  it("reads no place of an earlier sentence as the subject of a 随着 clause", () => {
    expect(
      relationsBy([onCorridor], "云南省召开会议。随着中老经济走廊建设的推进，沿线迎来新的发展机遇。"),
    ).toEqual([]);
  });

  it("puts no place before a semicolon on a corridor that opens the part after it", () => {
    expect(relationsBy([onCorridor], "青岛港启用智能闸口；中老铁路则依托智能设备实现数据互通。")).toEqual([]);
  });

  it("reads a place called a pivot or junction of a corridor (支点, 连接点, 结合部)", () => {
    expect(relationsBy([onCorridor], "南昌处于长江经济带的重要连接点上。")).toEqual([
      "ON_CORRIDOR:City:南昌->Corridor:长江经济带",
    ]);
  });

  it("gives nothing to a zone named before a development zone that is the subject", () => {
    // (the development zone itself joins the broad corridor: see the named-zone test below)
    expect(relationsBy([onCorridor], "在江西自贸区座谈会上获悉，南昌综合保税区主动融入长江经济带。")).toEqual(
      ["ON_CORRIDOR:DevZone:南昌综合保税区->Corridor:长江经济带"],
    );
  });

  it("reads nothing when the corridor only qualifies the countries along it (沿线国家)", () => {
    expect(relationsBy([onCorridor], "钦州港不断开辟通往“一带一路”沿线国家的航线。")).toEqual([]);
    // (nor the countries that build it: 共建“一带一路”国家, “一带一路”共建国家)
    expect(relationsBy([onCorridor], "宁波作为枢纽，与共建“一带一路”国家的贸易日益紧密。")).toEqual([]);
    expect(relationsBy([onCorridor], "宁波作为枢纽，成为“一带一路”共建国家间的物流纽带。")).toEqual([]);
  });

  it("puts the subject opening the next clause on a corridor fronted as its ground (立足X，S…)", () => {
    expect(relationsBy([onCorridor], "立足西部陆海新通道，钦州港加密远洋航线。")).toEqual([
      "ON_CORRIDOR:Port:钦州港->Corridor:西部陆海新通道",
    ]);
    // a corridor with more after it in its clause is no fronted ground
    expect(relationsBy([onCorridor], "立足西部陆海新通道建设的成果，钦州港加密远洋航线。")).not.toContain(
      "ON_CORRIDOR:Port:钦州港->Corridor:西部陆海新通道",
    );
  });

  it("reads nothing when the trigger or the subject stands in another sentence than the corridor", () => {
    // the subject named in an earlier sentence, the corridor only named as a topic in this one
    expect(relationsBy([onCorridor], "代表团在天津举办推介会。各方都提到了“一带一路”。")).toEqual([]);
    // the trigger in an earlier sentence, the corridor in a later one
    expect(relationsBy([onCorridor], "钦州港是重要枢纽。西部陆海新通道运量增长。")).toEqual([]);
    // both in one sentence: read
    expect(relationsBy([onCorridor], "钦州港是西部陆海新通道的重要枢纽。")).toEqual([
      "ON_CORRIDOR:Port:钦州港->Corridor:西部陆海新通道",
    ]);
  });

  it("reads no place that only modifies the corridor's name (贵州X至Y铁路, 郑州—卢森堡“空中丝绸之路”)", () => {
    expect(relationsBy([onCorridor], "加快推进重要节点贵州黄桶至百色铁路建设。")).toEqual([]);
    // nor of a later corridor in the same list
    expect(
      relationsBy([onCorridor], "加快推进重要节点贵州黄桶至百色铁路建设，以及南宁至防城港铁路建设。"),
    ).toEqual([]);
    expect(relationsBy([onCorridor], "持续推进成都—罗兹“丝绸之路经济带”。")).toEqual([]);
    // nor the first end of a dash-named line listed before it with 、 (A—B、C—D铁路)
    expect(relationsBy([onCorridor], "作为重要节点，柳州—甲乙、南宁—北海铁路加快建设。")).toEqual([]);
  });

  it("puts the subject only on the head corridor of a relative clause (北接A、南连B的C)", () => {
    expect(
      relationsBy(
        [onCorridor],
        "以南宁为关键枢纽、向北接上丝绸之路经济带、向南连通海上丝绸之路的西部陆海新通道日益完善。",
      ),
    ).toEqual(["ON_CORRIDOR:City:南宁->Corridor:西部陆海新通道"]);
  });

  it("gives the carried subject no corridor of a sentence opened by a name of another kind or a quotation", () => {
    const onCorridors = (text: string) =>
      extractDocument("carried.txt", text)
        .edges.filter((e) => e.type === "ON_CORRIDOR")
        .map((e) => `${e.source}->${e.target}`);
    // carried from the heading: read
    expect(onCorridors("江西自贸试验区\n自贸试验区主动融入“一带一路”大局。")).toEqual([
      "FreeTradeZone:中国（江西）自由贸易试验区->Corridor:一带一路",
    ]);
    // a sentence about a country, or a quotation, under the same heading: not read
    expect(onCorridors("江西自贸试验区\n阿联酋希望成为“一带一路”的重要平台。")).toEqual([]);
    expect(onCorridors("江西自贸试验区\n“我们将融入长江经济带。”负责人说。")).toEqual([]);
    // a demonstrative subject (这是…) stands for what the sentence before named
    expect(onCorridors("江西自贸试验区\n据悉，这是融入“一带一路”的首趟班列。")).toEqual([]);
    // a name of another kind opening the corridor's clause after a connective, a demonstrative noun
    expect(onCorridors("江西自贸试验区\n与此同时，越南已获贷款用于中老铁路建设。")).toEqual([]);
    expect(onCorridors("江西自贸试验区\n此番班列稳定开行，使中老铁路覆盖面更大。")).toEqual([]);
  });

  it("puts a carried province on a scheduled service only as its node or when the clause names it", () => {
    const onCorridors = (text: string) =>
      extractDocument("carried.txt", text)
        .edges.filter((e) => e.type === "ON_CORRIDOR")
        .map((e) => `${e.source}->${e.target}`);
    expect(onCorridors("甘肃省\n2024年，依托中欧班列扩大出口。")).toEqual([]);
    expect(onCorridors("甘肃省\n2024年，全省依托中欧班列扩大出口。")).toEqual([
      "Province:甘肃省->Corridor:中欧班列",
    ]);
  });

  it("takes the sentence's subject for a serial clause opened by a copula, not a place of an earlier predicate", () => {
    expect(
      relationsBy([onCorridor], "榆林市地处陕西北部，是陕西能源第一大市，是“一带一路”重要节点城市。"),
    ).toEqual(["ON_CORRIDOR:City:榆林->Corridor:一带一路"]);
    // (a name heading a clause of its own stays the subject)
    expect(
      relationsBy([onCorridor], "山东是沿海大省，其门户——青岛，地处黄海之滨，也是“一带一路”重要节点。"),
    ).toEqual(["ON_CORRIDOR:City:青岛->Corridor:一带一路"]);
  });

  it("puts no place of the predicate on the corridor of a serial clause when an organisation opens the sentence", () => {
    for (const text of [
      "江西商会在赣州举办活动，是参与“海上丝绸之路”建设的举措。",
      "湖南省商务厅在长沙召开会议，是融入“一带一路”建设的重要举措。",
    ])
      expect(relationsBy([onCorridor], text)).toEqual([]);
  });

  it("takes the opening name as the subject of a serial clause unless it qualifies a noun", () => {
    // (湖南企业…, 重庆的企业…: the opening name qualifies the subject, a noun; no place of its predicate
    // stands in for it)
    expect(relationsBy([onCorridor], "湖南企业在长沙建立基地，地处中部腹地，是“一带一路”重要节点。")).toEqual(
      [],
    );
    expect(relationsBy([onCorridor], "浙江商户赴西安开设门店，是参与“一带一路”建设的重要举措。")).toEqual([]);
    expect(relationsBy([onCorridor], "上海企业赴重庆投资设厂，是融入“一带一路”建设的重要举措。")).toEqual([]);
    expect(relationsBy([onCorridor], "重庆的企业纷纷走出去，是参与“一带一路”建设的生力军。")).toEqual([]);
    // (any adverbial or predicate after the opening name keeps it the subject)
    expect(
      relationsBy([onCorridor], "湖北省近年来在武汉设立自贸片区，地处长江中游，是“一带一路”重要节点。"),
    ).toEqual(["ON_CORRIDOR:Province:湖北省->Corridor:一带一路"]);
    expect(relationsBy([onCorridor], "浙江省深入推进宁波舟山港建设，是“一带一路”的重要枢纽。")).toEqual([
      "ON_CORRIDOR:Province:浙江省->Corridor:一带一路",
    ]);
    // (a comma after the opening name keeps it the subject)
    expect(
      relationsBy([onCorridor], "湖南，地处长江中游，是毗邻江西的中部大省，也是“一带一路”重要节点。"),
    ).toContain("ON_CORRIDOR:Province:湖南省->Corridor:一带一路");
  });

  it("reads a designation verb before 为 as a copula, and takes a city written behind its province", () => {
    expect(relationsBy([onCorridor], "洛阳市被确定为“丝绸之路经济带”节点城市。")).toEqual([
      "ON_CORRIDOR:City:洛阳->Corridor:丝绸之路经济带",
    ]);
    expect(relationsBy([onCorridor], "随着“一带一路”建设推进，河南洛阳市成为重要节点城市。")).toEqual([
      "ON_CORRIDOR:City:洛阳->Corridor:一带一路",
    ]);
    // (a two-character designation verb before 为: 定位为)
    expect(relationsBy([onCorridor], "西安被定位为服务“一带一路”的枢纽城市。")).toEqual([
      "ON_CORRIDOR:City:西安->Corridor:一带一路",
    ]);
  });

  it("reads designation verbs as whole words: a noun before 为 (城市建设为, 港口合作为) or 一定为 is no copula", () => {
    for (const text of [
      "合肥城市建设为共建“一带一路”提供了支撑。",
      "温州港口建设为服务“一带一路”发挥作用。",
      "南昌的城市建设为“一带一路”提供了支撑。",
      "温州的港口合作为共建“一带一路”注入动力。",
      "合肥一定为“一带一路”建设作出新贡献。",
    ])
      expect(relationsBy([onCorridor], text)).toEqual([]);
  });

  it("keeps designation verbs in a passive or disposal frame and copula words ending in 为", () => {
    expect(relationsBy([onCorridor], "兰州被打造为服务“一带一路”的枢纽城市。")).toEqual([
      "ON_CORRIDOR:City:兰州->Corridor:一带一路",
    ]);
    expect(relationsBy([onCorridor], "省里把南宁建设为“一带一路”的重要支点。")).toEqual([
      "ON_CORRIDOR:City:南宁->Corridor:一带一路",
    ]);
    expect(relationsBy([onCorridor], "合肥作为“一带一路”重要节点城市发展迅速。")).toEqual([
      "ON_CORRIDOR:City:合肥->Corridor:一带一路",
    ]);
  });

  it("reads nothing for a decision to benefit, a beneficiary or an award to a person or a firm", () => {
    for (const text of [
      "河南省决定为“一带一路”建设提供资金支持。",
      "洛阳市为“丝绸之路经济带”建设注入动力。",
      "他被评为“一带一路”优秀记者。",
      "这家银行被评为“一带一路”金融服务先进单位，总部设在上海。",
    ])
      expect(relationsBy([onCorridor], text)).toEqual([]);
  });

  it("takes the city, not the province written before it, as the subject after a 作为 clause", () => {
    expect(relationsBy([onCorridor], "作为“一带一路”重要节点城市，江苏连云港加快建设物流枢纽。")).toEqual([
      "ON_CORRIDOR:City:连云港->Corridor:一带一路",
    ]);
    expect(relationsBy([onCorridor], "作为西部陆海新通道的重要节点，广西南宁积极发展多式联运。")).toEqual([
      "ON_CORRIDOR:City:南宁->Corridor:西部陆海新通道",
    ]);
  });

  it("keeps a province as the subject when no city is joined to it", () => {
    expect(relationsBy([onCorridor], "作为西部陆海新通道的重要节点，广西积极发展多式联运。")).toEqual([
      "ON_CORRIDOR:Province:广西壮族自治区->Corridor:西部陆海新通道",
    ]);
    expect(relationsBy([onCorridor], "作为“一带一路”重要节点，江苏与哈萨克斯坦深化物流合作。")).toEqual([
      "ON_CORRIDOR:Province:江苏省->Corridor:一带一路",
    ]);
    expect(relationsBy([onCorridor], "作为西部陆海新通道的重要节点，广西在南宁举办物流论坛。")).toEqual([
      "ON_CORRIDOR:Province:广西壮族自治区->Corridor:西部陆海新通道",
    ]);
  });

  it("reads nothing when the corridor only benefits from what the subject does (为高质量共建…注入)", () => {
    const none = [
      "霍尔果斯口岸今年进出境货物大幅增长，为高质量共建“一带一路”注入新动能。",
      "宁波舟山港作为枢纽港，为服务“一带一路”建设提供支撑。",
      "广西积极推进物流降本，为推动西部陆海新通道建设贡献力量。",
    ];
    for (const s of none) expect(relationsBy([onCorridor], s), s).toEqual([]);
    expect(relationsBy([onCorridor], "连云港港成为“一带一路”的重要节点。")).toEqual([
      "ON_CORRIDOR:Port:连云港港->Corridor:一带一路",
    ]);
  });

  it("reads no subject in the first end of a line named A至B before the service (合肥至汉堡中欧班列)", () => {
    for (const text of [
      "开行3年的成都至罗兹中欧班列首次满载回程货,标志着我市在融入“一带一路”上迈出新步伐。",
      "这是郑州至汉堡中欧班列开行的第500列,标志着我省融入国家“一带一路”建设取得新成效。",
      "这是开行两年的西安至华沙中欧班列首次满载回程货，标志着本省融入“一带一路”取得新进展。",
    ])
      expect(relationsBy([onCorridor], text).filter((r) => r.startsWith("ON_CORRIDOR:City"))).toEqual([]);
  });

  it("keeps the subject before 至今, 至少, 至此, 到目前为止 (no line named A至B; finding 2 of review18a)", () => {
    for (const [text, place] of [
      ["重庆至今已开行中欧班列超过万列，积极投身“一带一路”合作。", "Province:重庆市"],
      ["西安至少开通了中欧班列线路，参与“一带一路”建设。", "City:西安"],
      ["郑州至此成为中欧班列和“一带一路”的重要枢纽城市。", "City:郑州"],
      ["义乌到目前为止开行中欧班列，融入“一带一路”。", "City:义乌"],
    ] as const)
      expect(relationsBy([onCorridor], text), text).toContain(`ON_CORRIDOR:${place}->Corridor:一带一路`);
  });

  it("keeps a city that is the subject of its own clause before such a line", () => {
    expect(relationsBy([onCorridor], "西安积极融入“一带一路”，开行西安至华沙中欧班列。")).toContain(
      "ON_CORRIDOR:City:西安->Corridor:一带一路",
    );
    expect(
      relationsBy([onCorridor], "成都是“一带一路”的重要节点城市，成都至罗兹中欧班列开行顺利。"),
    ).toContain("ON_CORRIDOR:City:成都->Corridor:一带一路");
  });
  it("reads nothing when the service only names a facility built for it (集结中心, 集散中心)", () => {
    const none = [
      "贵阳正加快打造中欧班列贵阳集结中心，预计明年投入使用。",
      "南宁日前获批建设中欧班列集结中心。",
    ];
    for (const s of none) expect(relationsBy([onCorridor], s), s).toEqual([]);
    // a place that runs the service, joins it or is its node keeps its relation
    expect(relationsBy([onCorridor], "贵阳今年开行中欧班列，货物运往波兰。")).toEqual([
      "CONNECTS:Corridor:中欧班列->City:贵阳",
    ]);
    expect(relationsBy([onCorridor], "柳州积极融入中欧班列建设，打造区域物流枢纽。")).toEqual([
      "ON_CORRIDOR:City:柳州->Corridor:中欧班列",
    ]);
    expect(relationsBy([onCorridor], "南宁被确定为中欧班列枢纽节点城市。")).toEqual([
      "ON_CORRIDOR:City:南宁->Corridor:中欧班列",
    ]);
  });
  it("puts a named development zone on a broad corridor its clause joins, not on a service it runs", () => {
    expect(relationsBy([onCorridor], "天府新区深度融入西部陆海新通道建设。")).toEqual([
      "ON_CORRIDOR:DevZone:天府新区->Corridor:西部陆海新通道",
    ]);
    // (a noun pair before the trigger is a subject of its own, not the zone's predicate)
    expect(relationsBy([onCorridor], "浦东新区规划和建设都融入了“一带一路”理念。")).toEqual([]);
    expect(relationsBy([onCorridor], "两江新区主动服务和融入长江经济带发展。")).toEqual([
      "ON_CORRIDOR:DevZone:两江新区->Corridor:长江经济带",
    ]);
    const none = [
      "贵阳综保区今年开行西部陆海新通道班列三十列。",
      "各地产业园区正加快融入“一带一路”合作。",
      "兰州新区依托中欧班列扩大对外开放。",
      "南宁综合保税区积极开通西部陆海新通道海铁联运线路。",
    ];
    for (const s of none) expect(relationsBy([onCorridor], s), s).toEqual([]);
  });
  it("puts a zone that its copula makes a node of a broad corridor on it (是…的重要节点)", () => {
    expect(relationsBy([onCorridor], "多年来，天府新区是西部陆海新通道的关键支点。")).toEqual([
      "ON_CORRIDOR:DevZone:天府新区->Corridor:西部陆海新通道",
    ]);
    expect(relationsBy([onCorridor], "两江新区也是长江经济带和“一带一路”的关键枢纽。")).toEqual([
      "ON_CORRIDOR:DevZone:两江新区->Corridor:长江经济带",
      "ON_CORRIDOR:DevZone:两江新区->Corridor:一带一路",
    ]);
  });
  it("keeps a zone node alone before its comma, before 之一, or joined to a corridor named by its head noun", () => {
    expect(relationsBy([onCorridor], "天府新区，是西部陆海新通道的重要节点。")).toEqual([
      "ON_CORRIDOR:DevZone:天府新区->Corridor:西部陆海新通道",
    ]);
    expect(relationsBy([onCorridor], "两江新区是长江经济带的重要节点之一。")).toEqual([
      "ON_CORRIDOR:DevZone:两江新区->Corridor:长江经济带",
    ]);
    expect(relationsBy([onCorridor], "两江新区是长江经济带和某某大陆桥的关键支点。")).toEqual([
      "ON_CORRIDOR:DevZone:两江新区->Corridor:长江经济带",
    ]);
  });
  it("reads a zone node after copula adverbs (还是, 更是, 正在成为, 不仅是…也是), not after a prospect (有望)", () => {
    expect(relationsBy([onCorridor], "两江新区还是长江经济带的重要节点。")).toEqual([
      "ON_CORRIDOR:DevZone:两江新区->Corridor:长江经济带",
    ]);
    expect(relationsBy([onCorridor], "两江新区正在成为长江经济带的重要枢纽。")).toEqual([
      "ON_CORRIDOR:DevZone:两江新区->Corridor:长江经济带",
    ]);
    expect(relationsBy([onCorridor], "两江新区不仅是长江经济带的节点，也是“一带一路”的支点。")).toEqual([
      "ON_CORRIDOR:DevZone:两江新区->Corridor:长江经济带",
      "ON_CORRIDOR:DevZone:两江新区->Corridor:一带一路",
    ]);
    expect(relationsBy([onCorridor], "两江新区有望成为长江经济带的重要枢纽。")).toEqual([]);
    expect(relationsBy([onCorridor], "天府新区引进了一家物流企业，也是西部陆海新通道的重要节点。")).toEqual(
      [],
    );
  });
  it("gives a zone nothing when the node word only modifies a longer noun, or is no node noun (融入)", () => {
    const none = [
      "两江新区是长江经济带的枢纽工程建设单位之一。",
      "天府新区是“一带一路”的节点项目承办方。",
      "两江新区是长江经济带的支点企业集聚地。",
      "天府新区是“一带一路”的重镇餐饮品牌发源地。",
      "天府新区是“一带一路”的融入者和受益者。",
    ];
    for (const s of none) expect(relationsBy([onCorridor], s), s).toEqual([]);
  });
  it("gives a zone nothing when it opened an earlier clause with its own predicate, or the joined span is no corridor", () => {
    const none = [
      "天府新区引进了一家物流企业，是西部陆海新通道的重要节点。",
      "两江新区新建了果园港，是长江经济带的重要枢纽。",
      "天府新区是众多企业和“一带一路”的交汇点。",
      "天府新区是“一带一路”和众多企业的交汇点。",
    ];
    for (const s of none) expect(relationsBy([onCorridor], s), s).toEqual([]);
  });
  it("gives a zone nothing after a copula without a node word of the corridor in its clause", () => {
    const none = [
      "两江新区是“一带一路”建设的受益者之一。",
      "天府新区是西部陆海新通道建设中的一个亮点，也是人才枢纽。",
      "两江新区是长江经济带纪录片的拍摄枢纽。",
      "天府新区的企业是西部陆海新通道的重要客户和支点。",
    ];
    for (const s of none) expect(relationsBy([onCorridor], s), s).toEqual([]);
  });
  it("gives a zone nothing when a guard of zoneJoins holds (one sentence per guard)", () => {
    const none: [string, string][] = [
      ["category", "综合保税区主动融入“一带一路”合作。"],
      ["run verb", "钦州综保区积极开行西部陆海新通道海铁联运线路。"],
      ["corridor's train", "贵阳综保区积极融入西部陆海新通道班列运营。"],
      ["service", "兰州新区依托中欧班列扩大对外开放。"],
      ["way", "昆明经开区依托中老铁路运输橡胶。"],
      ["qualifies the subject", "浦东新区一家企业在越南设厂，主动融入“一带一路”合作。"],
      ["no trigger right after", "浦东新区居民热议“一带一路”倡议的新进展，融入全球化。"],
      ["noun between", "天府新区的企业依托西部陆海新通道出口农产品。"],
      ["no trigger before the corridor", "天府新区发布报告，分析“一带一路”建设十年成果。"],
    ];
    for (const [guard, text] of none) expect(relationsBy([onCorridor], text), guard).toEqual([]);
  });
  it("reads the run verbs and the adverbs of a zone only in the corridor's own clause", () => {
    expect(relationsBy([onCorridor], "两江新区去年开通多条国际货运航线，今年又积极融入长江经济带。")).toEqual(
      ["ON_CORRIDOR:DevZone:两江新区->Corridor:长江经济带"],
    );
    expect(relationsBy([onCorridor], "西安高新区开行中欧班列的同时，主动融入“一带一路”合作。")).toContain(
      "ON_CORRIDOR:DevZone:西安高新区->Corridor:一带一路",
    );
  });
  it("gives a place designated as the service's hub its relation; only a hub being built names a facility", () => {
    expect(relationsBy([onCorridor], "西安是中欧班列集结中心之一，今年开行班列四千列。")).toEqual([
      "CONNECTS:Corridor:中欧班列->City:西安",
    ]);
    expect(relationsBy([onCorridor], "乌鲁木齐被确定为中欧班列集结中心，成为向西开放的重要节点。")).toEqual([
      "ON_CORRIDOR:City:乌鲁木齐->Corridor:中欧班列",
    ]);
  });

  it("gives a place counting a railway's or unnamed brand's train as its own first no place on it", () => {
    expect(
      relationsBy(
        [onCorridor],
        "贵州省首趟中老铁路整车冷链货运列车开行，标志着贵州融入“一带一路”迈出新步伐。",
      ),
    ).toEqual(["ON_CORRIDOR:Province:贵州省->Corridor:一带一路"]);
    expect(relationsBy([onCorridor], "宁夏首趟“贺兰号”铁海联运开行。")).toEqual([]);
    expect(relationsBy([onCorridor], "柳州市第二列中越铁路冷链列车开行。")).toEqual([]);
    // (another topic: a tourist train)
    expect(relationsBy([onCorridor], "湖北省首列中老铁路旅游专列开行，游客沿线观光。")).toEqual([]);
  });

  it("reads a place on the railway when a later clause names it again with 沿线", () => {
    expect(
      relationsBy([onCorridor], "柳州市第一百列中越铁路冷链列车开行，柳州作为铁路沿线枢纽作用凸显。"),
    ).toEqual(["ON_CORRIDOR:City:柳州->Corridor:中越铁路"]);
    expect(relationsBy([onCorridor], "柳州市第一百列中越铁路冷链列车开行，游客沿线观光。")).toEqual([]);
  });

  it("keeps a broad corridor after 全省 and a run service's first train as its end", () => {
    expect(relationsBy([onCorridor], "四川省全省融入“一带一路”建设。")).toEqual([
      "ON_CORRIDOR:Province:四川省->Corridor:一带一路",
    ]);
    expect(relationsBy([onCorridor], "湖南省首趟中欧班列开行。")).toEqual([
      "CONNECTS:Corridor:中欧班列->Province:湖南省",
    ]);
  });
  it("keeps a railway's place when 首条/全省 counts no train or the train is one of the line's area", () => {
    expect(relationsBy([onCorridor], "云南省首条中老铁路沿线扶持政策出台。")).toEqual([
      "ON_CORRIDOR:Province:云南省->Corridor:中老铁路",
    ]);
    expect(relationsBy([onCorridor], "昆明全市中老铁路沿线站点客流大增。")).toEqual([
      "ON_CORRIDOR:City:昆明->Corridor:中老铁路",
    ]);
    expect(relationsBy([onCorridor], "云南首趟中老铁路沿线旅游专列开行。")).toEqual([
      "ON_CORRIDOR:Province:云南省->Corridor:中老铁路",
    ]);
    // (a counter with a numeral of the lexicon beyond ten still counts a train)
    expect(relationsBy([onCorridor], "柳州市第一百列中越铁路冷链列车开行。")).toEqual([]);
  });

  it("keeps a broad corridor's place after a counted train of it, and a node of a service", () => {
    expect(relationsBy([onCorridor], "四川首趟西部陆海新通道班列开行。")).toEqual([
      "ON_CORRIDOR:Province:四川省->Corridor:西部陆海新通道",
    ]);
    expect(relationsBy([onCorridor], "新疆全区中欧班列沿线节点加快建设。")).toEqual([
      "ON_CORRIDOR:Province:新疆维吾尔自治区->Corridor:中欧班列",
    ]);
    expect(relationsBy([onCorridor], "新疆第二列中欧班列沿线节点名单公布。")).toEqual([
      "ON_CORRIDOR:Province:新疆维吾尔自治区->Corridor:中欧班列",
    ]);
  });

  it("reads a zone a placing or founding clause of its own opens as the corridor's node (review21h 1, 11-13)", () => {
    const node = (t: string, c = "长江经济带") =>
      expect(relationsBy([onCorridor], t)).toEqual([`ON_CORRIDOR:DevZone:两江新区->Corridor:${c}`]);
    node("两江新区地处山城北部，是长江经济带的重要支点。");
    node("两江新区依托一座内河港，是长江经济带的重要支点。");
    node("两江新区，2010年成立，是长江经济带的重要节点。");
    node("两江新区是国家级新区，亦是长江经济带的节点。");
    node("两江新区是国家级新区，同样是长江经济带的重要节点。");
    node("两江新区是长江经济带的重要节点城市。");
    node("两江新区还是双城经济圈和“一带一路”的重要节点。", "一带一路");
    // (a transitive clause leaves the copula to its object)
    for (const t of [
      "两江新区成立了一家物流公司，是长江经济带的重要节点。",
      "两江新区设立了一只基金，是长江经济带的重要节点。",
      "两江新区位于山城，吸引了一家企业，是长江经济带的节点。",
      "两江新区是长江经济带的节点项目。",
    ])
      expect(relationsBy([onCorridor], t)).toEqual([]);
  });

  it("gives no place written as 甲市的/甲市南部 in a zone's clause the zone's node copula (review21h 8)", () => {
    expect(relationsBy([onCorridor], "天府新区不仅是成都的新区，也是“一带一路”的重要节点。")).toEqual([
      "ON_CORRIDOR:DevZone:天府新区->Corridor:一带一路",
    ]);
    expect(relationsBy([onCorridor], "天府新区同时是四川的经济重镇和“一带一路”的重要枢纽。")).toEqual([]);
    expect(relationsBy([onCorridor], "天府新区位于成都南部，是“一带一路”的重要节点。")).toEqual([]);
    // (a place with its own clause keeps it)
    expect(relationsBy([onCorridor], "天府新区很大，成都是“一带一路”的重要节点。")).toEqual([
      "ON_CORRIDOR:City:成都->Corridor:一带一路",
    ]);
  });

  it("puts no subject on a corridor whose 沿线 names the countries it reaches (release 22)", () => {
    expect(relationsBy([onCorridor], "湖南省开行的货运班列已辐射“一带一路”沿线20个国家。")).toEqual([]);
    expect(relationsBy([onCorridor], "厦门港积极拓展“一带一路”沿线市场。")).toEqual([]);
    expect(relationsBy([onCorridor], "江苏的农产品借助班列抵达“丝绸之路经济带”沿线各国。")).toEqual([]);
    // (沿线布局: the subject's own layout, an object only after a verb of shaping it)
    expect(relationsBy([onCorridor], "昆明机场突出“一带一路”沿线布局。")).toEqual([]);
    expect(relationsBy([onCorridor], "成都持续优化“一带一路”沿线布局。")).toEqual([]);
    expect(relationsBy([onCorridor], "西安在“一带一路”沿线布局海外仓。")).toEqual([]);
    expect(relationsBy([onCorridor], "宁波舟山港积极融入“一带一路”沿线布局。")).toEqual([
      "ON_CORRIDOR:Port:宁波舟山港->Corridor:一带一路",
    ]);
  });

  it("reads 沿线 after corridors joined by 和/与/、 as following each of them (release 22, mend after review22j)", () => {
    const none = [
      "江苏企业积极开拓“一带一路”和“海上丝绸之路”沿线国家市场。",
      "浙江产品远销“一带一路”与“21世纪海上丝绸之路”沿线30多个国家。",
      "福建企业拓展“丝绸之路经济带”、“21世纪海上丝绸之路”沿线市场。",
      "山东港口在“一带一路”和“海上丝绸之路”沿线布局海外仓。",
    ];
    for (const x of none) expect(relationsBy([onCorridor], x), x).toEqual([]);
    // (a copula before the first corridor still names the subject one of the places along them)
    expect(relationsBy([onCorridor], "福州是“海上丝绸之路”和“一带一路”沿线的重要城市。")).toEqual([
      "ON_CORRIDOR:City:福州->Corridor:21世纪海上丝绸之路",
      "ON_CORRIDOR:City:福州->Corridor:一带一路",
    ]);
  });

  it("keeps a subject named one of the places along the corridor or their hub (release 22)", () => {
    expect(relationsBy([onCorridor], "宁夏银川市被国家确定为“一带一路”沿线节点城市。")).toEqual([
      "ON_CORRIDOR:City:银川->Corridor:一带一路",
    ]);
    expect(
      relationsBy([onCorridor], "厦门港已成为中国与「海上丝绸之路」沿线国家之间最重要的贸易枢纽。"),
    ).toEqual(["ON_CORRIDOR:Port:厦门港->Corridor:21世纪海上丝绸之路"]);
    // (a copula or a verb of lying in before the corridor: the subject is one of the places along it)
    const kept: [string, string][] = [
      ["泉州是「海上丝绸之路」沿线城市。", "ON_CORRIDOR:City:泉州->Corridor:21世纪海上丝绸之路"],
      ["喀什被列为「丝绸之路经济带」沿线城市。", "ON_CORRIDOR:City:喀什->Corridor:丝绸之路经济带"],
      ["兰州属于“丝绸之路经济带”沿线的城市。", "ON_CORRIDOR:City:兰州->Corridor:丝绸之路经济带"],
      ["喀什位于「丝绸之路经济带」沿线地区。", "ON_CORRIDOR:City:喀什->Corridor:丝绸之路经济带"],
      ["银川地处“一带一路”沿线的地区。", "ON_CORRIDOR:City:银川->Corridor:一带一路"],
    ];
    for (const [x, r] of kept) expect(relationsBy([onCorridor], x), x).toEqual([r]);
  });

  it("reads a place joining the corridor inside a purpose clause (为推进甲融入…, release 22)", () => {
    expect(relationsBy([onCorridor], "为推进广西融入“一带一路”建设，铁路部门开行跨境班列。")).toEqual([
      "ON_CORRIDOR:Province:广西壮族自治区->Corridor:一带一路",
    ]);
    expect(relationsBy([onCorridor], "这为青海融入“一带一路”和西部陆海新通道建设注入动力。")).toEqual([
      "ON_CORRIDOR:Province:青海省->Corridor:一带一路",
      "ON_CORRIDOR:Province:青海省->Corridor:西部陆海新通道",
    ]);
    expect(relationsBy([onCorridor], "为湖北企业积极融入“一带一路”提供服务。")).toEqual([]);
    expect(relationsBy([onCorridor], "为甘肃省提供融入“一带一路”的机遇。")).toEqual([]);
    // (each place of a list joining the corridor in the purpose clause)
    expect(relationsBy([onCorridor], "为广西、云南融入“一带一路”建设提供支撑。")).toEqual([
      "ON_CORRIDOR:Province:广西壮族自治区->Corridor:一带一路",
      "ON_CORRIDOR:Province:云南省->Corridor:一带一路",
    ]);
    expect(relationsBy([onCorridor], "为推动江西和湖南全面融入“一带一路”，两省签署协议。")).toEqual([
      "ON_CORRIDOR:Province:江西省->Corridor:一带一路",
      "ON_CORRIDOR:Province:湖南省->Corridor:一带一路",
    ]);
    expect(relationsBy([onCorridor], "为广西、云南提供融入“一带一路”的机遇。")).toEqual([]);
  });
});

describe("relation rule on-corridor: a quoted 号 brand before its train words, and a frame of what came before", () => {
  it("reads a city that runs a quoted brand's train as an end of its route, not as lying on it", () => {
    expect(relationsBy([onCorridor], "贵阳开行了第三条“黔中号”国际班列。")).toEqual([
      "CONNECTS:Corridor:黔中号->City:贵阳",
    ]);
  });

  it("reads no place inside 继…之后 as the subject of what the sentence says after it", () => {
    const rels = relationsBy([onCorridor], "这是贵阳继华沙中欧班列之后，融入“一带一路”的又一条新通道。");
    expect(rels).not.toContain("ON_CORRIDOR:City:华沙->Corridor:一带一路");
    expect(rels).toContain("ON_CORRIDOR:City:贵阳->Corridor:一带一路");
  });
  it("puts no place on the corridor it only hopes to become, or is said not to be, a node of (mend25e)", () => {
    for (const text of [
      "柳州有望成为西部陆海新通道的重要节点。",
      "遵义力争成为“一带一路”的重要枢纽。",
      "遵义计划成为西部陆海新通道的重要节点。",
      "桂林曾经不是“一带一路”的重要节点。",
      "桂林不再是西部陆海新通道的重要枢纽。",
    ]) {
      expect(relationsBy([onCorridor], text), text).toEqual([]);
    }
    // a stated node keeps it, and so does 不仅是 (no denial)
    expect(relationsBy([onCorridor], "柳州已成为西部陆海新通道的重要节点。")).toEqual([
      "ON_CORRIDOR:City:柳州->Corridor:西部陆海新通道",
    ]);
    expect(relationsBy([onCorridor], "柳州不仅是西部陆海新通道的重要节点，也是物流枢纽。")).toEqual([
      "ON_CORRIDOR:City:柳州->Corridor:西部陆海新通道",
    ]);
  });
  it("keeps the node a negated copula only contrasts (不是…，而是…; mend25k)", () => {
    expect(relationsBy([onCorridor], "钦州不是一座普通的海港，而是西部陆海新通道的重要节点。")).toEqual([
      "ON_CORRIDOR:City:钦州->Corridor:西部陆海新通道",
    ]);
    expect(
      relationsBy([onCorridor], "钦州不是一座普通的海港，而是有望成为西部陆海新通道的重要节点。"),
    ).toEqual([]);
  });
});
