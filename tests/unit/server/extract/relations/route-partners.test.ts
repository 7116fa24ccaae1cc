import { describe, expect, it } from "vitest";
import { RELATION_RULES } from "../../../../../server/extract/relations/registry";
import { routePartners } from "../../../../../server/extract/relations/route-partners";
import { relationsBy } from "../../../../support/rules";

// Invented sentences; relations as "TYPE:source->target", this rule only.
describe("relation rule route-partners", () => {
  it("makes the origin of an opened freight line cooperate with each destination", () => {
    expect(relationsBy([routePartners], "今年开通了郑州至蒙古国、俄罗斯方向的国际货运班列。")).toEqual([
      "COOPERATES_WITH:City:郑州->Country:蒙古国",
      "COOPERATES_WITH:City:郑州->Country:俄罗斯",
    ]);
    // a country written before its city places the city, which is the destination
    expect(relationsBy([routePartners], "今年新开行了长沙至泰国曼谷的国际货运班列。")).toEqual([
      "COOPERATES_WITH:City:长沙->City:曼谷",
    ]);
  });

  it("reads a transit stretch before the destination and an opening verb after the line", () => {
    expect(relationsBy([routePartners], "开行了兰州经霍尔果斯出境到哈萨克斯坦的公铁联运线路。")).toEqual([
      "COOPERATES_WITH:City:兰州->Country:哈萨克斯坦",
    ]);
    expect(relationsBy([routePartners], "昨日，南宁至越南河内的跨境货运班车正式开通。")).toEqual([
      "COOPERATES_WITH:City:南宁->City:河内",
    ]);
  });

  it("gives nothing for a sea or air 航线 (set 21 convention: no relation for air and sea routes between places)", () => {
    expect(
      relationsBy([routePartners], "今年该港开通了厦门至菲律宾马尼拉、泰国曼谷的海上国际航线。"),
    ).toEqual([]);
    expect(relationsBy([routePartners], "船公司新开辟了泰国曼谷至中国广西钦州港的直航航线。")).toEqual([]);
    expect(relationsBy([routePartners], "本月，宜宾至上海洋山的江海直达航线首航成功。")).toEqual([]);
    expect(relationsBy([routePartners], "这标志着成都至新加坡的跨境货运航线顺利开通。")).toEqual([]);
    expect(relationsBy([routePartners], "青岛港，今年开通至韩国釜山的集装箱航线。")).toEqual([]);
    // (a line of another noun between the same ends keeps its partners: a bus or truck line, a train)
    expect(relationsBy([routePartners], "昨日，南宁至越南河内的跨境货运班线正式开通。")).toEqual([
      "COOPERATES_WITH:City:南宁->City:河内",
    ]);
  });

  it("gives nothing for a line of another noun with a sea word on it (海上快线, 海运线路, 班轮运输线)", () => {
    expect(relationsBy([routePartners], "今年，汕头港开通了汕头至泰国曼谷的海上快线。")).toEqual([]);
    expect(relationsBy([routePartners], "日前，北海港开通了北海至越南岘港的海运线路。")).toEqual([]);
    expect(relationsBy([routePartners], "今年，日照港开行日照至韩国仁川的集装箱班轮运输线。")).toEqual([]);
    // (a sea word outside the line, in another clause, does not count: the truck line keeps its partners)
    expect(
      relationsBy([routePartners], "海运需求旺盛，本月开通了凭祥至越南河内的国际道路货运班线。"),
    ).toEqual(["COOPERATES_WITH:City:凭祥->City:河内"]);
    // (an air word in a later clause of another topic makes no air line)
    expect(
      relationsBy([routePartners], "本月开通了南宁至越南河内的跨境货运班线，本地航空公司正筹备新航班。"),
    ).toEqual(["COOPERATES_WITH:City:南宁->City:河内"]);
  });

  it("leaves no other rule giving dealings for a sea line (a 航线 toward a region, a dash-written sea line)", () => {
    const coop = (text: string) =>
      relationsBy([...RELATION_RULES], text).filter((r) => r.startsWith("COOPERATES_WITH"));
    expect(coop("今年，连云港港开行中东航线。")).toEqual([]);
    expect(coop("本月，大连—仁川集装箱航线正式开通。")).toEqual([]);
    expect(coop("本月，南宁—河内跨境货运直通车正式开通。")).toEqual(["COOPERATES_WITH:City:南宁->City:河内"]);
  });

  it("places a port after a country and a province (泰国曼谷至中国广西钦州港): the port is the destination", () => {
    expect(relationsBy([routePartners], "物流公司新开辟了泰国曼谷至中国广西钦州港的跨境货运班线。")).toEqual([
      "COOPERATES_WITH:City:曼谷->Port:钦州港",
    ]);
  });

  it("takes the port or city right before the verb as the origin of 开通至… (the clause's subject)", () => {
    expect(relationsBy([routePartners], "郑州，今年开通至蒙古国、俄罗斯的国际货运班列。")).toEqual([
      "COOPERATES_WITH:City:郑州->Country:蒙古国",
      "COOPERATES_WITH:City:郑州->Country:俄罗斯",
    ]);
    // (another name between the subject and the verb, or a passenger line: nothing)
    expect(relationsBy([routePartners], "郑州与东盟合作，开通至越南的国际货运班列。")).toEqual([]);
    expect(relationsBy([routePartners], "钦州港开通至越南的客运班线。")).toEqual([]);
  });

  it("gives nothing for a named service, a passenger line, no opening verb, or no origin", () => {
    expect(relationsBy([routePartners], "今年开行了西安至华沙的中欧班列。")).toEqual([]);
    expect(relationsBy([routePartners], "今年开通了成都至巴黎的国际客运航线。")).toEqual([]);
    expect(relationsBy([routePartners], "合肥至上海的货物运输距离约为四百公里。")).toEqual([]);
    expect(relationsBy([routePartners], "今年还开通至比利时列日的国际货运航线。")).toEqual([]);
    expect(relationsBy([routePartners], "开通了合肥至上海、南京的航线航班。")).toEqual([]);
  });

  it("gives nothing for a train run after a named service, which stands for that service", () => {
    expect(
      relationsBy([routePartners], "中欧班列发展迅速，今年开行了成都至波兰、德国的国际货运班列。"),
    ).toEqual([]);
    // (a truck line after a named train service is no run of it)
    expect(
      relationsBy([routePartners], "中欧班列发展迅速，南宁还开通了南宁至越南河内的跨境货运班线。"),
    ).toEqual(["COOPERATES_WITH:City:南宁->City:河内"]);
  });

  it("gives each origin its destinations in a list of pairs opened together (A至X、B至Y等国际班列)", () => {
    expect(
      relationsBy([routePartners], "今年，江西先后开行了南昌至德国汉堡、赣州至波兰华沙等国际货运班列。"),
    ).toEqual(["COOPERATES_WITH:City:南昌->City:汉堡", "COOPERATES_WITH:City:赣州->City:华沙"]);
    // (without the opening verb, or without a freight line noun closing the list, nothing)
    expect(relationsBy([routePartners], "南昌至德国汉堡、赣州至波兰华沙等国际货运班列运行平稳。")).toEqual(
      [],
    );
    expect(
      relationsBy([routePartners], "今年，江西先后开行了南昌至德国汉堡、赣州至波兰华沙的旅游专线。"),
    ).toEqual([]);
  });

  it("gives nothing for an air line (sets 14, 16 and 17 annotate no relation for air cargo routes)", () => {
    expect(relationsBy([routePartners], "该机场新开通了长沙至泰国曼谷的全货机航线。")).toEqual([]);
    expect(relationsBy([routePartners], "开通了郑州至俄罗斯莫斯科的国际货运航班。")).toEqual([]);
    expect(relationsBy([routePartners], "合肥新桥机场，今年开通至比利时列日的国际货运航线。")).toEqual([]);
    // (an air word outside the names on any line noun: 空运, 航空, 空中)
    expect(relationsBy([routePartners], "本年度开通了郑州至卢森堡的空运货运线。")).toEqual([]);
    expect(relationsBy([routePartners], "新开通鄂州至比利时列日的航空物流线路。")).toEqual([]);
    expect(relationsBy([routePartners], "开通了长沙至新加坡的空中快线。")).toEqual([]);
    // (the cue may stand anywhere in the line's sentence: the plane that flies it, the airport that opens it)
    expect(
      relationsBy([routePartners], "一架全货机今晚起飞，标志着南宁至印度德里的货运航线顺利开通。"),
    ).toEqual([]);
    expect(relationsBy([routePartners], "今年，南宁开行了南宁至越南河内、泰国曼谷的空运专线航线。")).toEqual(
      [],
    );
    expect(relationsBy([routePartners], "南昌至泰国曼谷的航空货运班线正式首航。")).toEqual([]);
  });

  it("keeps bus and truck lines and any other line noun with no air cue (air only on a positive cue)", () => {
    expect(relationsBy([routePartners], "昨日，凭祥至越南河内的跨境货运班线正式开通。")).toEqual([
      "COOPERATES_WITH:City:凭祥->City:河内",
    ]);
    expect(relationsBy([routePartners], "今年该市开通了昆明至老挝万象的国际道路运输线路。")).toEqual([
      "COOPERATES_WITH:City:昆明->City:万象",
    ]);
    // (an air word in a later clause of another topic makes no air line; 飞 alone is no cue: 飞速, 腾飞)
    expect(
      relationsBy([routePartners], "本月开通了南宁至越南河内的跨境货运班线，本地航空公司正筹备新航班。"),
    ).toEqual(["COOPERATES_WITH:City:南宁->City:河内"]);
    expect(relationsBy([routePartners], "外贸飞速增长，南宁新开通了南宁至越南河内的跨境货运班线。")).toEqual([
      "COOPERATES_WITH:City:南宁->City:河内",
    ]);
    // (a clause right after the line that says who flies it still counts)
    expect(relationsBy([routePartners], "本月开通了长沙至卢森堡的国际货运班线，由某航空公司执飞。")).toEqual(
      [],
    );
  });
});
