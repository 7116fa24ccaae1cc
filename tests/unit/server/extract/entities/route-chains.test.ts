import { describe, expect, it } from "vitest";
import { loadCatalog } from "../../../../../server/extract/catalog";
import { routeChains } from "../../../../../server/extract/entities/route-chains";
import { Recognizer } from "../../../../../server/extract/recognize";
import { normalize } from "../../../../../server/extract/text";
import { idsBy, mentionsBy } from "../../../../support/rules";

// Invented sentences; mentions as "id@surface" after overlaps are resolved.
describe("entity rule route-chains", () => {
  it("reads a service named by its stops joined by dashes, starting at the first known place", () => {
    expect(mentionsBy([routeChains], "今年新开通了武汉-阿拉木图-欧洲班列。", false)).toEqual([
      "Corridor:武汉-阿拉木图-欧洲班列@武汉-阿拉木图-欧洲班列",
    ]);
  });

  it("reads a quoted chain of gazetteer cities before its kind, keeping the dashes as written", () => {
    expect(mentionsBy([routeChains], "共建「南宁─谅山─河内」经济走廊。", false)).toEqual([
      "Corridor:南宁─谅山─河内经济走廊@南宁─谅山─河内」经济走廊",
    ]);
  });

  it("names a train's chain quoted before 班列 without the kind (the quoted line name)", () => {
    expect(mentionsBy([routeChains], "首趟“成都—罗兹—汉堡”班列抵达。", false)).toEqual([
      "Corridor:成都—罗兹—汉堡@成都—罗兹—汉堡”班列",
    ]);
  });

  it("reads a quoted chain closed by a short cargo word and a train word as the line's name", () => {
    expect(mentionsBy([routeChains], "昨日“洛阳—钦州—曼谷”果蔬班列首次发车。", false)).toEqual([
      "Corridor:洛阳—钦州—曼谷@洛阳—钦州—曼谷”果蔬班列",
    ]);
    expect(mentionsBy([routeChains], "新开的“宜宾—宁波”化工专列每周一班。", false)).toEqual([
      "Corridor:宜宾—宁波@宜宾—宁波”化工专列",
    ]);
  });

  it("reads a quoted chain before a longer run of freight words as the line's name, a mode first allowed", () => {
    expect(mentionsBy([routeChains], "上月“郑州—罗兹”欧亚回程货运班列加密到每周三趟。", false)).toEqual([
      "Corridor:郑州—罗兹@郑州—罗兹”欧亚回程货运班列",
    ]);
    expect(mentionsBy([routeChains], "“南宁—河内”公铁联运跨境货运班列明年扩容。", false)).toEqual([
      "Corridor:南宁—河内@南宁—河内”公铁联运跨境货运班列",
    ]);
    expect(mentionsBy([routeChains], "“厦门—杜伊斯堡”冷藏集装箱过境专列下周抵达。", false)).toEqual([
      "Corridor:厦门—杜伊斯堡@厦门—杜伊斯堡”冷藏集装箱过境专列",
    ]);
  });

  it("reads no line from a longer run without a freight word, with a clause word, or of travellers", () => {
    for (const s of [
      "“西安—兰州”丝路文化旅游观光专列周末发车。",
      "“北京—上海”沿线的货运班列都已满员。",
      "“广州—深圳”城际周末加开临时专列。",
      "“昆明—大理”游客出行保障物资专列启程。",
      "“郑州—西安”航空货运物流快线班列停运。",
      "“沈阳—大连”汽车展示会专列开进展馆。",
      "今年推出“成都—西安”双城文化交流主题班列。",
      "“武汉—长沙”抗疫医疗物资专列连夜开出。",
      "“南京—杭州”救灾物资专列今晨抵达。",
    ]) {
      expect(mentionsBy([routeChains], s, false)).toEqual([]);
    }
  });

  it("reads no line from a long run that does not end in a freight word (event and people trains)", () => {
    for (const s of [
      "“北京—天津”汽车文化博览会观展专列周六开出。",
      "“郑州—武汉”快递小哥春节返乡专列今晨出发。",
      "“杭州—宁波”服装设计大赛嘉宾专列下午到站。",
      "“义乌—金华”电商直播带货体验班列首发。",
      "“太原—石家庄”物流专业高校毕业生专列出发。",
    ]) {
      expect(mentionsBy([routeChains], s, false), s).toEqual([]);
    }
  });

  it("reads no line from a long run with a person noun, a time word or a run verb before the freight word", () => {
    for (const s of [
      "“南京—上海”工人返乡物流班列每日一趟。",
      "“合肥—南昌”嘉宾行李物流班列准点抵达。",
      "“成都—罗兹”明年新增货运班列。",
      "“郑州—罗兹”累计发送集装箱班列。",
      "“郑州—罗兹”本月共计发送集装箱班列。",
      "“重庆—杜伊斯堡”明年计划新增货运班列。",
      "“西安—阿拉木图”全程时效缩短物流班列。",
    ]) {
      expect(mentionsBy([routeChains], s, false), s).toEqual([]);
    }
  });

  it("reads no line before relief words (慈善, 援建), even before a freight word (review21h 5, 10)", () => {
    for (const t of [
      "“兰州—西宁”慈善助学物资专列抵达。",
      "“南昌—九江”援建物资专列今日发车。",
      "“武汉—杜伊斯堡”抗疫物资货运专列启程。",
      "“厦门—罗兹”援助物资货运班列抵达。",
      "“义乌—马德里”抗疫物资集装箱专列出发。",
      "“泉州—格但斯克”赈灾集装箱班列发车。",
      "“成都—拉萨”援藏物资货运专列启程。",
    ])
      expect(mentionsBy([routeChains], t, false)).toEqual([]);
  });

  it("reads a line past a network or railway before its freight words (review21h 6)", () => {
    expect(mentionsBy([routeChains], "“成都—罗兹”中欧铁路国际货运班列开行。", false)).toEqual([
      "Corridor:成都—罗兹@成都—罗兹”中欧铁路国际货运班列",
    ]);
    expect(mentionsBy([routeChains], "“连云港—阿拉木图”新亚欧大陆桥集装箱班列出发。", false)).toEqual([
      "Corridor:连云港—阿拉木图@连云港—阿拉木图”新亚欧大陆桥集装箱班列",
    ]);
    // (the bans still read the words the railway would hide)
    for (const t of ["“西安—汉堡”新增中欧铁路货运班列。", "“西安—汉堡”旅客铁路货运专列开行。"])
      expect(mentionsBy([routeChains], t, false)).toEqual([]);
  });

  it("reads no line before theme, run-state or time words in a long run (review21h 7, 9)", () => {
    for (const t of [
      "“北京—天津”婚庆主题集装箱专列开出。",
      "“北京—天津”车展参展汽车专列抵达。",
      "“西安—汉堡”试运行货运班列出发。",
      "“西安—汉堡”暂停集装箱班列。",
      "“西安—汉堡”每周两列货运班列。",
      "“西安—汉堡”节后首趟集装箱班列。",
    ])
      expect(mentionsBy([routeChains], t, false)).toEqual([]);
  });

  it("reads no line from a quoted chain before a passenger or tourist train word (the catalogued 中欧班列: the line)", () => {
    expect(mentionsBy([routeChains], "暑期推出“西安—兰州”旅游班列，游客可沿途观光。", false)).toEqual([]);
    expect(mentionsBy([routeChains], "周末加开“南京—杭州”高铁班列接送球迷。", false)).toEqual([]);
    // (before the catalogued 中欧班列 itself the quote names its line since release 28: set 18 note (4), r696)
    expect(mentionsBy([routeChains], "首趟“合肥—汉堡”中欧班列今日启程。", false)).toEqual([
      "Corridor:合肥—汉堡@合肥—汉堡”",
    ]);
    expect(mentionsBy([routeChains], "“无锡—大阪”航空货运专列试运行。", false)).toEqual([]);
    expect(mentionsBy([routeChains], "“桂林—昆明”助农班列今晨开出。", false)).toEqual([]);
  });

  it("reads a quoted chain before 专列 only with a freight word (a 专列 is often a special passenger train)", () => {
    expect(mentionsBy([routeChains], "“贵阳—广州”返岗专列载着乡亲南下。", false)).toEqual([]);
    expect(mentionsBy([routeChains], "“大连—沈阳”球迷专列下午出发。", false)).toEqual([]);
    expect(mentionsBy([routeChains], "“武汉—长沙”城际专列加开两趟。", false)).toEqual([]);
    expect(mentionsBy([routeChains], "“成都—钦州”空箱专列周五开出。", false)).toEqual([
      "Corridor:成都—钦州@成都—钦州”空箱专列",
    ]);
  });

  it("reads goods words and a freight word after 高铁/动车 as freight before 专列 (review20l 7, 8)", () => {
    expect(mentionsBy([routeChains], "“义乌—华沙”小商品专列周三开出。", false)).toEqual([
      "Corridor:义乌—华沙@义乌—华沙”小商品专列",
    ]);
    expect(mentionsBy([routeChains], "“长沙—杜伊斯堡”日用品专列周四开出。", false)).toEqual([
      "Corridor:长沙—杜伊斯堡@长沙—杜伊斯堡”日用品专列",
    ]);
    expect(mentionsBy([routeChains], "“南宁—深圳”高铁货运专列试运行。", false)).toEqual([
      "Corridor:南宁—深圳@南宁—深圳”高铁货运专列",
    ]);
    // a rail mode alone, or a passenger kind with a freight word, is still no line
    expect(mentionsBy([routeChains], "“南宁—深圳”高铁专列试运行。", false)).toEqual([]);
    // a rail–water train (航运班列) is a freight line too (review20l 12)
    expect(mentionsBy([routeChains], "“宜昌—上海”航运班列开通。", false)).toEqual([
      "Corridor:宜昌—上海@宜昌—上海”航运班列",
    ]);
    expect(mentionsBy([routeChains], "“南宁—桂林”旅游物资专列试运行。", false)).toEqual([]);
  });

  it("reads no line from a quoted chain before a brand of its own (长安号)", () => {
    expect(mentionsBy([routeChains], "“西安—汉堡”长安号班列再次启程。", false)).toEqual([]);
  });

  it("reads a corner-quoted chain too, the evidence running to the train word", () => {
    expect(mentionsBy([routeChains], "「昆明—万象」冷链班列驶出站台。", false)).toEqual([
      "Corridor:昆明—万象@昆明—万象」冷链班列",
    ]);
  });

  it("reads no line from a quoted pair of China and one partner before a train word", () => {
    expect(mentionsBy([routeChains], "双方打造“中国—泰国”水果班列品牌。", false)).toEqual([]);
  });

  it("reads no route before a kind used as a modifier (班列式: train-style)", () => {
    expect(mentionsBy([routeChains], "推出“北京-上海”班列式旅游专线。", false)).toEqual([]);
  });

  it("reads a quoted chain right before 线路, 双向对开 or 中欧班列 as the route's name (train-legs.json)", () => {
    expect(idsBy([routeChains], "去年“成都—罗兹”线路共开行三百列。", false)).toEqual(["Corridor:成都—罗兹"]);
    expect(idsBy([routeChains], "本次班列实现了“长沙—汉堡”双向对开。", false)).toEqual([
      "Corridor:长沙—汉堡",
    ]);
    expect(idsBy([routeChains], "首列“重庆—杜伊斯堡”中欧班列驶出。", false)).toEqual([
      "Corridor:重庆—杜伊斯堡",
    ]);
  });

  it("reads quoted chains written one after the other before one such word as routes sharing it", () => {
    expect(idsBy([routeChains], "该市继“义乌—马德里”“义乌—伦敦”线路之后又开通新线。", false)).toEqual([
      "Corridor:义乌—马德里",
      "Corridor:义乌—伦敦",
    ]);
  });

  it("keeps a quoted chain with a stop no list holds, the known stops its parts (at least one known)", () => {
    expect(idsBy([routeChains], "“郑州—某某镇”线路已开通运营。", false)).toEqual(["Corridor:郑州—某某镇"]);
    expect(idsBy([routeChains], "“某某湾—某某镇”线路开通。", false)).toEqual([]);
    // (an unquoted chain still needs every stop known)
    expect(idsBy([routeChains], "开通郑州—某某镇铁路。", false)).toEqual([]);
  });

  it("reads a chain in nested single quotes before its cargo and train words", () => {
    expect(idsBy([routeChains], "他说“现在‘大连—营口—凭祥’集装箱班列每周开行”。", false)).toEqual([
      "Corridor:大连—营口—凭祥",
    ]);
  });

  it("reads no route from a quoted chain before other words, a flown or sailed line, or China and a partner", () => {
    expect(idsBy([routeChains], "第五届“中国—中亚”合作论坛在西安举行。", false)).toEqual([]);
    expect(idsBy([routeChains], "“中国—东盟”线路合作持续深化。", false)).toEqual([]);
    expect(idsBy([routeChains], "“上海—东京”航线复航后客流大增。", false)).toEqual([]);
    expect(idsBy([routeChains], "“成都—罗兹”，这是去年开行最多的线路。", false)).toEqual([]);
    expect(idsBy([routeChains], "本次“北京—上海”高铁线路运行平稳。", false)).toEqual([]);
  });

  it("reads no line of its own from quoted chains before 等 and a catalogued service (its lines)", () => {
    expect(idsBy([routeChains], "义乌开通“义乌—华沙”“宁波港—马德里”等中欧班列。", false)).toEqual([]);
  });

  it("keeps em dashes as written in the name", () => {
    expect(mentionsBy([routeChains], "首趟成都—罗兹—汉堡班列抵达。", false)).toEqual([
      "Corridor:成都—罗兹—汉堡班列@成都—罗兹—汉堡班列",
    ]);
  });

  it("reads chains listed with 、 before one kind (or before 等 and the kind) as routes of that kind", () => {
    expect(mentionsBy([routeChains], "规划建设柳州—南宁、南宁—北海等铁路。", false)).toEqual([
      "Corridor:柳州—南宁铁路@柳州—南宁",
      "Corridor:南宁—北海铁路@南宁—北海等铁路",
    ]);
    expect(mentionsBy([routeChains], "包括中亚通道、昆明-河内通道。", false)).toEqual([
      "Corridor:昆明-河内通道@昆明-河内通道",
    ]);
  });

  it("gives every stop as a mention of its own, foreign cities with no province", () => {
    const norm = normalize("计划开行长沙-芒街-海防公路班车。");
    const rec = new Recognizer(loadCatalog());
    const stops = rec.abbreviations(norm, rec.recognize(norm)).map((m) => m.id);
    expect(stops).toEqual(expect.arrayContaining(["City:长沙", "City:芒街", "City:海防"]));
    expect(rec.cat.get("City:芒街")).toBeDefined();
    expect(rec.cat.get("City:芒街")?.parent).toBeUndefined();
  });

  it("needs every stop to be a known place or a gazetteer city", () => {
    expect(mentionsBy([routeChains], "打通研发-制造-销售通道，开行上海-某某班列。", false)).toEqual([]);
  });

  it("names a quoted chain before a multimodal line word by the quote (“甲—乙”海铁联运线路)", () => {
    expect(mentionsBy([routeChains], "“宁波—西安—阿拉木图”海铁联运线路昨日开通。", false)).toEqual([
      "Corridor:宁波—西安—阿拉木图@宁波—西安—阿拉木图",
    ]);
    expect(mentionsBy([routeChains], "“南京—宜宾”江海直达航线首航。", false)).toEqual([
      "Corridor:南京—宜宾@南京—宜宾",
    ]);
  });

  it("reads no quoted line before an air route, a mode used in a notion, or over stops that are no places", () => {
    for (const text of [
      "“郑州—西安”空铁联运航线运营十周年。",
      "“中国—东盟”海铁联运班列开行量创新高。",
      "“郑州—西安”空陆联运班列运营十周年。",
      "推广“公路—铁路”联运理念。",
      "“研发—生产”铁海联运班列项目签约。",
      "“金华南站—温州港”海铁联运班列首发。",
    ])
      expect(mentionsBy([routeChains], text, false)).toEqual([]);
  });
  it("reads a quoted chain before a sea line (a word of sea carriage, then 航线 or 快线), keeping the kind", () => {
    // (the sets name 钱凯—上海海运航线 so; a quoted multimodal line drops its kind)
    expect(mentionsBy([routeChains], "“宁波—釜山”集装箱航线昨日开通。", false)).toEqual([
      "Corridor:宁波—釜山集装箱航线@宁波—釜山”集装箱航线",
    ]);
    expect(mentionsBy([routeChains], "“福州—宁波”海上快线将于下月复航。", false)).toEqual([
      "Corridor:福州—宁波海上快线@福州—宁波”海上快线",
    ]);
    expect(mentionsBy([routeChains], "“青岛—大阪”海运航线首航成功。", false)).toEqual([
      "Corridor:青岛—大阪海运航线@青岛—大阪”海运航线",
    ]);
    // (quoted lines listed with 、 share the kind; a 内贸 line is a sea line too)
    expect(mentionsBy([routeChains], "“厦门—釜山”、“天津—仁川”集装箱航线相继开通。", false)).toEqual([
      "Corridor:厦门—釜山集装箱航线@厦门—釜山”",
      "Corridor:天津—仁川集装箱航线@天津—仁川”集装箱航线",
    ]);
    expect(mentionsBy([routeChains], "“营口—泉州”内贸航线加密班次。", false)).toEqual([
      "Corridor:营口—泉州内贸航线@营口—泉州”内贸航线",
    ]);
  });

  it("reads no line unquoted, flown or bare, nor a sea line over a stop that is no place", () => {
    for (const text of [
      "宁波—釜山集装箱航线昨日开通。",
      "天津—海防国际集装箱航线投入两艘船舶。",
      "银川—迪拜直飞航线正式开通。",
      "“长沙—列日”全货机航线开通运营。",
      "“武汉—大阪”航线恢复运营。",
      "“鄂州—洛杉矶”国际货运航线正式开通。",
      "“洋浦-南太-某某”集装箱航线开通。",
      "这条集装箱航线连接青岛和仁川。",
      "“中国—东盟”集装箱航线网络日趋完善。",
      // (a sea line of two countries or blocs is the trade between them)
      "“东盟—欧盟”集装箱航线运量上升。",
      "“日本—韩国”海运航线受台风影响停航。",
      "“越南—泰国”外贸航线成为东南亚重要通道。",
    ])
      expect(mentionsBy([routeChains], text, false)).toEqual([]);
  });

  it("reads no sea line of a whole province or region and a country or bloc (mend22u)", () => {
    for (const text of ["“福建—东盟”集装箱航线运量上升。", "“广东—越南”海运航线加密。"])
      expect(mentionsBy([routeChains], text).filter((m) => m.includes("Corridor"))).toEqual([]);
  });

  it("keeps a sea line of a port city or a municipality and a country (mend22u)", () => {
    expect(
      mentionsBy([routeChains], "“天津—日本”集装箱航线开通。").filter((m) => m.includes("Corridor")),
    ).not.toEqual([]);
    expect(
      mentionsBy([routeChains], "“大连—越南”海运航线开通。").filter((m) => m.includes("Corridor")),
    ).not.toEqual([]);
  });
});
