import { describe, expect, it } from "vitest";
import { loadCatalog } from "../../../../../server/extract/catalog";
import { countyGazetteer } from "../../../../../server/extract/entities/county-gazetteer";
import { prefectureCities } from "../../../../../server/extract/entities/prefecture-cities";
import { extractDocument } from "../../../../../server/extract/index";
import { Recognizer } from "../../../../../server/extract/recognize";
import { normalize } from "../../../../../server/extract/text";
import { mentionsBy } from "../../../../support/rules";

// Invented sentences; mentions as "id@surface".
describe("entity rule county-gazetteer", () => {
  it("reads districts, counties and county-level cities written in full", () => {
    expect(mentionsBy([countyGazetteer], "萧山区、余杭区和桐庐县的企业参加了推介会。")).toEqual([
      "City:萧山区@萧山区",
      "City:余杭区@余杭区",
      "City:桐庐县@桐庐县",
    ]);
    // county-level cities are named without 市, as every city is
    expect(mentionsBy([countyGazetteer], "永康市与临海市签署合作协议。")).toEqual([
      "City:永康@永康市",
      "City:临海@临海市",
    ]);
    expect(mentionsBy([countyGazetteer], "在杭州、永康等地设点。")).toEqual([
      "City:杭州@杭州",
      "City:永康@永康",
    ]);
  });

  it("reads a bare name only as an item of a list of places", () => {
    expect(mentionsBy([prefectureCities, countyGazetteer], "货物来自成都、简阳等地。")).toContain(
      "City:简阳@简阳",
    );
    expect(mentionsBy([countyGazetteer], "简阳的企业增多。")).toEqual([]);
    expect(mentionsBy([countyGazetteer], "面向亚洲及新兴市场。")).not.toContain("City:新兴@新兴");
    expect(mentionsBy([countyGazetteer], "该州南部与越南接壤。")).not.toContain("City:南部@南部");
  });

  it("reads a bare name right after its own province, or leading a zone's head", () => {
    expect(mentionsBy([countyGazetteer], "这家企业在四川简阳设厂。")).toEqual([
      "Province:四川省@四川",
      "City:简阳@简阳",
    ]);
    expect(mentionsBy([countyGazetteer], "这家企业在湖北简阳设厂。")).toEqual(["Province:湖北省@湖北"]);
    expect(mentionsBy([countyGazetteer], "简阳经济开发区新增企业十家。")).toEqual(["City:简阳@简阳"]);
    expect(mentionsBy([countyGazetteer], "成都简阳经济开发区新增企业十家。")).toEqual(["City:成都@成都"]);
  });

  it("reads a district that was a county-level city written with 市 (龙海市 for 龙海区)", () => {
    expect(mentionsBy([countyGazetteer], "福建龙海市引进一批企业。")).toEqual([
      "Province:福建省@福建",
      "City:龙海@龙海市",
    ]);
    expect(mentionsBy([countyGazetteer], "龙海市场很繁荣。")).toEqual([]);
  });

  it("reads no name whose suffix starts another word, nor generic district words", () => {
    expect(mentionsBy([countyGazetteer], "推动江南区域协调发展，永康市场繁荣。")).toEqual([]);
    expect(mentionsBy([countyGazetteer], "建设新城区和老城区。")).toEqual([]);
  });

  it("registers the province of a name only one province holds (resolver data)", () => {
    const rec = new Recognizer(loadCatalog(), [countyGazetteer]);
    rec.recognize(normalize("桐庐县和鼓楼区的代表出席。"));
    expect(rec.cat.get("City:桐庐县")?.parent).toBe("浙江省");
    expect(rec.cat.get("City:鼓楼区")?.parent).toBeUndefined();
  });
  it("reads Taiwan's counties written in full, and no bare name of one in running text", () => {
    expect(mentionsBy([countyGazetteer], "渔船从澎湖县驶往花莲县和台东县。")).toEqual([
      "City:澎湖县@澎湖县",
      "City:花莲县@花莲县",
      "City:台东县@台东县",
    ]);
    expect(mentionsBy([countyGazetteer], "宜兰花开时节，新竹竿和彰化学的课本都卖完了。")).toEqual([]);
    // a county's name before 县级 (a level, not the county) is no mention, for the new names too
    expect(mentionsBy([countyGazetteer], "苗栗县级道路和屏东县级医院都在扩建。")).toEqual([]);
  });

  it("reads no former city before 市价, 市况 or 市面 (admin-head-words.json, the one 市 list)", () => {
    expect(mentionsBy([countyGazetteer], "国际白银市价持续走低，铜价也跌。")).toEqual([]);
    expect(mentionsBy([countyGazetteer], "近来龙海市况冷清，龙海市面萧条。")).toEqual([]);
    expect(mentionsBy([countyGazetteer], "白银市今年引进了三个项目。")).toContain("City:白银@白银市");
  });
});

// Invented sentences: a bare county or county-level city opening a port's name (同江铁路口岸, 萝北口岸).
describe("entity rule county-gazetteer: a bare name leading a port's head", () => {
  /** The ids of a one-passage document with the parts of each mention (the county is a part of the port's name). */
  const read = (text: string) => {
    const rec = new Recognizer(loadCatalog());
    rec.startDocument(text);
    return rec.recognize(normalize(text), text).flatMap((m) => [m.id, ...m.parts.map((p) => p.id)]);
  };

  it("reads a county or a county-level city before 口岸, 铁路口岸 or 港, its province written", () => {
    expect(read("嘉荫口岸明年将开通冬季浮箱通道，黑龙江沿边开放再进一步。")).toContain("City:嘉荫");
    expect(read("海伦铁路口岸的换装能力提升，黑龙江省的班列更多了。")).toContain("City:海伦");
    expect(read("今年武穴港新增两条航线，湖北沿江港口加快发展。")).toContain("City:武穴");
  });

  it("reads the port of a county whose name opens with a stop word's character (如皋港: 如 as in 比如)", () => {
    expect(read("江苏如皋港新建两个泊位，沿江港口加快发展。")).toContain("Port:如皋港");
    expect(read("据悉，如皋港新建两个泊位，江苏沿江港口加快发展。")).toContain("Port:如皋港");
  });

  it("leaves it when its province is not written (a county's name alone is often another place's)", () => {
    expect(read("嘉荫口岸明年将开通冬季浮箱通道。")).not.toContain("City:嘉荫");
  });

  it("leaves a district, a harbour word and a name the document writes as a town", () => {
    expect(read("双流口岸的货量增长，四川外贸回暖。")).not.toContain("City:双流区");
    expect(read("武穴港区新建了散货码头，湖北沿江港口加快发展。")).not.toContain("City:武穴");
    expect(read("嘉荫口岸位于嘉荫镇，黑龙江沿边开放再进一步。")).not.toContain("City:嘉荫");
  });

  it("gives the port a LOCATED_IN to the county (relations/name-internal.ts)", () => {
    const g = extractDocument("probe.txt", "嘉荫口岸明年将开通冬季浮箱通道，黑龙江沿边开放再进一步。");
    const located = g.edges.filter((e) => e.type === "LOCATED_IN").map((e) => `${e.source} -> ${e.target}`);
    expect(located).toContain("Port:嘉荫口岸 -> City:嘉荫");
  });
});

// Invented sentences: where a county's bare name before a port's head is no port's place.
describe("entity rule county-gazetteer: a bare name before a port's head that is no port's place", () => {
  const read = (text: string) => {
    const rec = new Recognizer(loadCatalog());
    rec.startDocument(text);
    return rec.recognize(normalize(text), text).flatMap((m) => [m.id, ...m.parts.map((p) => p.id)]);
  };

  it("leaves a county whose bare name is a common word (countyCommonWords: 新兴, 比如)", () => {
    expect(read("粤西要打造一批新兴口岸产业，广东外贸提速。")).not.toContain("City:新兴");
    expect(read("西藏各县都有投入，比如口岸周边的道路已经修好。")).not.toContain("City:比如");
  });

  it("leaves a county before a word 港 opens (港资, 港航: port-objects.json harbourWords)", () => {
    expect(read("恩平港资企业越来越多，广东侨乡经济活跃。")).not.toContain("City:恩平");
    expect(read("江苏各地发展滨海港航服务业。")).not.toContain("City:滨海");
  });

  it("leaves a county whose port's own clause names a place of another province (a homonym's port)", () => {
    expect(read("江阴港地处福州，江苏客商也来洽谈。")).not.toContain("City:江阴");
  });

  it("keeps it beside another province's place that opens a port's name (宜宾港与水富港)", () => {
    expect(read("宜宾港与水富港开展合作，云南出海通道更畅。")).toContain("City:水富");
  });

  it("keeps it when the other province's place only overlaps its own name (饶河口岸 holds 河口, a city of Yunnan)", () => {
    expect(read("黑龙江边贸回暖，饶河口岸的货运量明显增长。")).toContain("City:饶河");
  });
});

describe("entity rule county-gazetteer: a bare county name right after a city of its province", () => {
  it("reads a bare county or county-level city right after a city of its province, then a mark or a route's word", () => {
    const rules = [prefectureCities, countyGazetteer];
    expect(mentionsBy(rules, "冷链专列从江苏苏州昆山始发。")).toContain("City:昆山@昆山");
    expect(mentionsBy(rules, "货物运抵山东烟台龙口，再转海运。")).toContain("City:龙口@龙口");
    expect(mentionsBy(rules, "新疆伊犁霍城—阿拉木图公路开通。")).toContain("City:霍城@霍城");
    // not before another word (a bay, a road), not a district, not after a city of another province
    expect(mentionsBy(rules, "游客在青岛胶州湾拍照。")).not.toContain("City:胶州@胶州");
    expect(mentionsBy(rules, "活动在临汾侯马路举行。")).not.toContain("City:侯马@侯马");
    expect(mentionsBy(rules, "货物在江苏南京江宁完成集拼。")).not.toContain("City:江宁@江宁");
    expect(mentionsBy(rules, "班列从广州昆山出发。")).not.toContain("City:昆山@昆山");
    // a name that is also a lake's or a mountain's is read as the feature
    expect(mentionsBy(rules, "游客在安徽合肥巢湖的湖面上划船。")).not.toContain("City:巢湖@巢湖");
  });
});
