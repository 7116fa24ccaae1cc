import { describe, expect, it } from "vitest";
import { prefectureCities } from "../../../../../server/extract/entities/prefecture-cities";
import { idsBy, mentionsBy } from "../../../../support/rules";

// Invented sentences; mentions as "id@surface" after overlaps are resolved.
describe("entity rule prefecture-cities", () => {
  it("reads gazetteer cities after an opener or a province, with their suffix when written", () => {
    expect(mentionsBy([prefectureCities], "货物从江西赣州运往广西百色，再到湘潭市和伊犁州。")).toEqual([
      "Province:江西省@江西",
      "City:赣州@赣州",
      "Province:广西壮族自治区@广西",
      "City:百色@百色",
      "City:湘潭@湘潭市",
      "City:伊犁@伊犁州",
    ]);
  });

  it("reads no city inside another word (平安顺利, 南阳市场 keeps 南阳 only)", () => {
    expect(mentionsBy([prefectureCities], "一路平安顺利。")).toEqual([]);
    expect(mentionsBy([prefectureCities], "在南阳市场调研。")).toEqual(["City:南阳@南阳"]);
  });

  it("reads 地区 and 盟 as suffixes, and the next name right after a suffix", () => {
    expect(mentionsBy([prefectureCities], "在吐鲁番地区、阿拉善盟和锡林郭勒盟乌兰察布市调研。")).toEqual([
      "City:吐鲁番@吐鲁番地区",
      "City:阿拉善盟@阿拉善盟",
      "City:锡林郭勒盟@锡林郭勒盟",
      "City:乌兰察布@乌兰察布市",
    ]);
  });

  it("names a league or an autonomous prefecture written with its full designation as written", () => {
    expect(mentionsBy([prefectureCities], "茶叶从西双版纳傣族自治州运到伊犁哈萨克自治州。")).toEqual([
      "City:西双版纳傣族自治州@西双版纳傣族自治州",
      "City:伊犁哈萨克自治州@伊犁哈萨克自治州",
    ]);
    expect(mentionsBy([prefectureCities], "牧民在兴安盟放牧。")).toEqual(["City:兴安盟@兴安盟"]);
    // (the short 州 keeps the bare name; an ambiguous name is read with its full designation only)
    expect(mentionsBy([prefectureCities], "在伊犁州调研。")).toEqual(["City:伊犁@伊犁州"]);
    expect(mentionsBy([prefectureCities], "大兴安岭的林场和兴安路口。")).toEqual([]);
  });

  it("reads a full designation only on the names of peoples, and 盟 as written only for a current league", () => {
    // (words that are not a people's name before 自治州 leave the bare name: 两个, 等, 人民庆祝)
    expect(mentionsBy([prefectureCities], "四川甘孜、凉山两个自治州的茶商来了。")).toEqual([
      "Province:四川省@四川",
      "City:甘孜@甘孜",
      "City:凉山@凉山",
    ]);
    expect(mentionsBy([prefectureCities], "延边、临夏等自治州发展边贸。")).toEqual([
      "City:延边@延边",
      "City:临夏@临夏",
    ]);
    expect(mentionsBy([prefectureCities], "迪庆人民庆祝自治州成立。")).toEqual(["City:迪庆@迪庆"]);
    expect(mentionsBy([prefectureCities], "黔南布依族苗族自治州的茶园。")).toEqual([
      "City:黔南布依族苗族自治州@黔南布依族苗族自治州",
    ]);
    // (a former league, now a city, is that city: 乌兰察布盟 → 乌兰察布)
    expect(mentionsBy([prefectureCities], "当年的乌兰察布盟和锡林郭勒盟。")).toEqual([
      "City:乌兰察布@乌兰察布盟",
      "City:锡林郭勒盟@锡林郭勒盟",
    ]);
  });

  it("reads a gazetteer city inside a run of Han text when the head of a zone's name follows it", () => {
    expect(mentionsBy([prefectureCities], "验收组同意衡阳综合保税区通过验收。")).toEqual(["City:衡阳@衡阳"]);
    expect(mentionsBy([prefectureCities], "要建设好潍坊高新区。")).toEqual(["City:潍坊@潍坊"]);
    expect(mentionsBy([prefectureCities], "一路平安顺利到达园区。")).toEqual([]);
  });
});

describe("a city in a news dateline (prefecture-cities.ts: DATELINE_AFTER)", () => {
  const cities = (t: string) => idsBy([prefectureCities], t, false).filter((id) => id.startsWith("City:"));

  it("reads the city between a reporter's name or an agency and the date of 电", () => {
    expect(cities("（某社记者李某台北12日电）当地官员表示。")).toEqual(["City:台北"]);
    expect(cities("某通讯社高雄3月8日電 港务部门称。")).toEqual(["City:高雄"]);
    // (a dateline run together with its headline or first words: 电题, 电讯, 电台湾…)
    expect(cities("某社记者陈某丽江4日电题：古镇游人如织")).toEqual(["City:丽江"]);
    expect(cities("某社记者赵某台北9日电台湾地区本月降雨偏少。")).toContain("City:台北");
  });

  it("still reads no city inside a word when no dateline follows it", () => {
    expect(cities("祝大家一路平安顺利。")).toEqual([]);
    expect(cities("他们把这段平安顺利的旅程记在本子上。")).toEqual([]);
    expect(cities("这位老工匠台北部的作坊5日开工。")).toEqual([]);
  });

  it("reads no city at the end of a personal name before 日电话 or 日电告 (a 电 that opens a word)", () => {
    expect(cities("村支书王丽江3日电话告诉记者，路已修通。")).toEqual([]);
    expect(cities("市民张玉林5日电话反映楼下噪音。")).toEqual([]);
    expect(cities("队员刘吉安12日电告家人一切平安。")).toEqual([]);
  });
  it("reads a city whose bare name is ambiguous only with 市 or before a zone's head", () => {
    expect(mentionsBy([prefectureCities], "客商先到德州市考察，再去台南市参展。")).toEqual([
      "City:德州@德州市",
      "City:台南@台南市",
    ]);
    expect(mentionsBy([prefectureCities], "项目落户周口经开区。")).toEqual(["City:周口@周口"]);
  });

  it("reads no ambiguous bare name: Texas, a district, a person, a mountain, a market", () => {
    expect(mentionsBy([prefectureCities], "他在德州的牧场养牛。")).toEqual([]);
    expect(mentionsBy([prefectureCities], "朝阳区的居民在朝阳公园晨练。")).toEqual([]);
    expect(mentionsBy([prefectureCities], "游客登上黄山看日出，又去中山纪念堂。")).toEqual([]);
    expect(mentionsBy([prefectureCities], "和白银市场价格一起上涨的还有黄金。")).toEqual([]);
  });
});

// Invented sentences: an ambiguous name before a generic head, a price, a list of cities.
describe("ambiguous names of cn-cities.json suffixOnly (prefecture-cities.ts)", () => {
  it("reads no city before a generic head (中山科技园, 朝阳产业园区) or in 市价", () => {
    expect(mentionsBy([prefectureCities], "中山科技园位于某区")).toEqual([]);
    expect(mentionsBy([prefectureCities], "朝阳产业园区吸引了青年创业者")).toEqual([]);
    expect(mentionsBy([prefectureCities], "普洱市价每斤上涨二十元")).toEqual([]);
    expect(mentionsBy([prefectureCities], "游客爱去中山、黄山两座公园散步")).toEqual([]);
  });

  it("reads the city before a state-approved zone type, one modifier allowed, or in a counted list", () => {
    expect(mentionsBy([prefectureCities], "在中山火炬开发区内设厂")).toEqual(["City:中山@中山"]);
    expect(mentionsBy([prefectureCities], "高雄、台中、台南三市港口")).toEqual([
      "City:高雄@高雄",
      "City:台中@台中",
      "City:台南@台南",
    ]);
  });

  it("reads no ambiguous name before a zone head when the modifier ends in a road's or district's head", () => {
    expect(mentionsBy([prefectureCities], "中山路高新区路口拥堵。")).toEqual([]);
    expect(mentionsBy([prefectureCities], "中山街经开区站附近施工。")).toEqual([]);
    expect(mentionsBy([prefectureCities], "中山高新区引进新项目。")).toEqual(["City:中山@中山"]);
  });

  it("names a prefecture the text writes in full by that designation wherever it is written there (mend23k)", () => {
    expect(
      mentionsBy([prefectureCities], "甘孜藏族自治州的茶商来到康定，甘孜州政府和甘孜的牧民欢迎他们。"),
    ).toEqual([
      "City:甘孜藏族自治州@甘孜藏族自治州",
      "City:甘孜藏族自治州@甘孜州",
      "City:甘孜藏族自治州@甘孜",
    ]);
    expect(mentionsBy([prefectureCities], "甘孜州政府和甘孜的牧民欢迎他们。")).toEqual([
      "City:甘孜@甘孜州",
      "City:甘孜@甘孜",
    ]);
  });

  it("reads a city in a dateline whose day is written in Chinese numerals (记者某某基隆三日电)", () => {
    expect(idsBy([prefectureCities], "（通讯社记者王某基隆三日电）港口公司今天宣布扩建码头。")).toContain(
      "City:基隆",
    );
    expect(idsBy([prefectureCities], "记者李某某新竹二十一日电，园区公布新计划。")).toContain("City:新竹");
  });

  it("reads an ambiguous name (suffixOnly) bare in a dateline or between listed gazetteer cities", () => {
    expect(idsBy([prefectureCities], "（通讯社记者王某台中5日电）大学今天公布招生计划。")).toContain(
      "City:台中",
    );
    expect(idsBy([prefectureCities], "渡轮从基隆、台南、新竹开出。")).toContain("City:台南");
    expect(idsBy([prefectureCities], "航线从台南、基隆两地开出。")).toContain("City:台南");
    // bare and not listed with a gazetteer city, nor in a dateline: still not read
    expect(idsBy([prefectureCities], "他说台中的朋友很多。")).not.toContain("City:台中");
    expect(idsBy([prefectureCities], "活动在中山、黄埔军校旧址举行。")).not.toContain("City:中山");
  });

  it("reads no ambiguous name listed when it opens a longer word (中山陵, 三明治)", () => {
    expect(idsBy([prefectureCities], "游客参观了南京和中山陵。")).not.toContain("City:中山");
    expect(idsBy([prefectureCities], "嘉宾来自杭州、三明治店老板也到场。")).not.toContain("City:三明");
    expect(idsBy([prefectureCities], "他来自广州、中山、珠海一带。")).toContain("City:中山");
  });
});
