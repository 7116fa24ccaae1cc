import { describe, expect, it } from "vitest";
import { catalogSurfaces } from "../../../../../server/extract/entities/catalog-surfaces";
import { mentionsBy } from "../../../../support/rules";

// Invented sentences; mentions as "id@surface" after overlaps are resolved.
describe("entity rule catalog-surfaces", () => {
  it("matches catalog names in traditional characters and Latin acronyms", () => {
    expect(mentionsBy([catalogSurfaces], "內蒙古積極對接RCEP規則。")).toEqual([
      "Province:内蒙古自治区@內蒙古",
      "Agreement:区域全面经济伙伴关系协定@RCEP",
    ]);
  });

  it("does not read 中国式 or the fixed term 中国特色社会主义 as the country", () => {
    expect(mentionsBy([], "坚持中国特色社会主义，中国经济稳步增长。")).toEqual(["Country:中国@中国"]);
    expect(mentionsBy([catalogSurfaces], "推进中国式现代化建设，中国与东盟合作。")).toEqual([
      "Country:中国@中国",
      "Country:东盟@东盟",
    ]);
  });

  it("does not take an alias inside a longer organisation name as a mention", () => {
    expect(mentionsBy([], "临港新片区和临港加快发展。")).toContain("Area:临港新片区@临港");
    expect(mentionsBy([], "上海临港集团投资建设新项目。")).toEqual([]);
  });

  it("reads no national body from its short name after a local level of government", () => {
    expect(mentionsBy([], "市发改委牵头召开协调会。")).toEqual([]);
    expect(mentionsBy([], "省级发改委会同有关部门推进。")).toEqual([]);
    expect(mentionsBy([], "会议由发改委牵头。")).toEqual(["Organization:国家发展改革委@发改委"]);
    expect(mentionsBy([], "国家发改委发布通知。")).toEqual(["Organization:国家发展改革委@国家发改委"]);
    expect(mentionsBy([], "国家级发改委出台新规。")).toContain("Organization:国家发展改革委@发改委");
  });

  it("reads a city alias before its government even when a group's name follows", () => {
    expect(mentionsBy([], "宁波市政府与国贸集团签约。")).toContain("City:宁波@宁波市");
    expect(mentionsBy([], "温州市政府及国投集团出席会议。")).toContain("City:温州@温州市");
    // an alias that opens a group's name is still inside it
    expect(mentionsBy([], "宁波市港投集团与客户座谈。")).toEqual([]);
    expect(mentionsBy([], "温州市国贸集团召开会议。")).toEqual([]);
  });

  it("reads regional and traditional country names and the golden waterway", () => {
    expect(mentionsBy([], "紐西蘭、澳洲和汶萊的貨物經長江黃金水道運抵。")).toEqual([
      "Country:新西兰@紐西蘭",
      "Country:澳大利亚@澳洲",
      "Country:文莱@汶萊",
      "Corridor:长江黄金水道@長江黃金水道",
    ]);
  });

  it("reads no 越南 whose 越 ends a verb (穿越南海, 跨越南北), but 越南 after such a verb", () => {
    expect(mentionsBy([catalogSurfaces], "货轮穿越南海，线路跨越南北。")).toEqual([]);
    expect(mentionsBy([catalogSurfaces], "列车穿越越南北部。")).toEqual(["Country:越南@越南"]);
  });

  it("reads no name inside a common word or before a road word (出海口, …港快速路)", () => {
    expect(mentionsBy([], "钦州港是西南最便捷的出海口，海口港也很繁忙。")).toEqual([
      "Port:钦州港@钦州港",
      "City:海口@海口",
    ]);
    expect(mentionsBy([], "车辆沿钦州港快速路行驶。")).toEqual([]);
    expect(mentionsBy([], "货物经缅甸走向印度洋。")).toEqual(["Country:缅甸@缅甸"]);
    expect(mentionsBy([], "我国中东部地区与中东国家贸易增长。")).toEqual([
      "Country:中国@我国",
      "Country:中东@中东",
    ]);
    expect(mentionsBy([], "图们市位于图们江畔，瑞丽江流经瑞丽。")).toEqual([
      "City:图们@图们市",
      "City:瑞丽@瑞丽",
    ]);
  });

  it("reads a zone category after the modifier of a longer name as that name's head, not the category", () => {
    expect(mentionsBy([catalogSurfaces], "双方在东岭智能制造产业园和北湾数码工业园签约。")).toEqual([]);
    expect(mentionsBy([catalogSurfaces], "货物从南坪机场综保区运出。")).toEqual([]);
  });

  it("still reads a zone category that opens its phrase", () => {
    expect(mentionsBy([catalogSurfaces], "该省已建成3个综合保税区，并推进产业园和物流园建设。")).toEqual([
      "DevZone:综合保税区@综合保税区",
      "DevZone:产业园区@产业园",
    ]);
    expect(mentionsBy([catalogSurfaces], "建设B型保税物流中心，发展两个高新区。")).toEqual([
      "DevZone:保税物流中心@保税物流中心",
      "DevZone:国家高新技术产业开发区@高新区",
    ]);
  });

  it("reads a world region before a train word as the network's name, not the region", () => {
    expect(mentionsBy([catalogSurfaces], "南亚班列和中亚专列从枣林站发出，驶向中亚。")).toEqual([
      "Country:中亚@中亚",
    ]);
    expect(mentionsBy([catalogSurfaces], "哈萨克斯坦班列抵达。")).toEqual(["Country:哈萨克斯坦@哈萨克斯坦"]);
  });

  it("reads a country's name before 族 or an autonomous area's designation as a people, not the country", () => {
    expect(mentionsBy([catalogSurfaces], "延边朝鲜族自治州与朝鲜隔江相望，当地有俄罗斯族居民。")).toEqual([
      "Country:朝鲜@朝鲜",
    ]);
  });

  it("reads no sector in a picture's credit (无人机照片, 用无人机拍摄)", () => {
    expect(mentionsBy([catalogSurfaces], "货轮驶出港口（无人机照片）。记者用无人机拍摄了大桥。")).toEqual([]);
    expect(mentionsBy([catalogSurfaces], "园区发展无人机产业。")).toEqual(["Industry:无人机@无人机"]);
  });

  it("reads 临港 before 产业, 经济, 工业, 物流 or 创新 as port-side, not as the Lingang area", () => {
    const ids = (t: string) =>
      mentionsBy([catalogSurfaces], t, false).map((m) => m.slice(0, m.lastIndexOf("@")));
    expect(ids("该市加快建设临港产业基地和临港经济区。")).not.toContain("Area:临港新片区");
    expect(ids("特斯拉工厂位于临港。")).toContain("Area:临港新片区");
  });

  it("reads no country inside the name of a sea or gulf named after it (日本海, 孟加拉湾)", () => {
    const ids = (t: string) =>
      mentionsBy([catalogSurfaces], t, false).map((m) => m.slice(0, m.lastIndexOf("@")));
    expect(ids("图们江注入日本海,货物经孟加拉湾转运。")).toEqual([]);
    expect(ids("货物运往日本。")).toContain("Country:日本");
  });

  it("reads no 北海 inside 北海道 (Hokkaido), but reads it before 道路", () => {
    const ids = (t: string) =>
      mentionsBy([catalogSurfaces], t, false).map((m) => m.slice(0, m.lastIndexOf("@")));
    expect(ids("今年冬天北海道的降雪比往年多。")).not.toContain("City:北海");
    expect(ids("这家乳企的奶源来自北海道牧场。")).not.toContain("City:北海");
    expect(ids("滑雪爱好者纷纷飞往北海道。")).not.toContain("City:北海");
    expect(ids("北海道路拓宽工程年底完工。")).toContain("City:北海");
    expect(ids("不少游客冬天到北海避寒。")).toContain("City:北海");
  });

  it("reads no 北海 in Hokkaido's routes, roads and road surface, but reads it before 道德", () => {
    const ids = (t: string) =>
      mentionsBy([catalogSurfaces], t, false).map((m) => m.slice(0, m.lastIndexOf("@")));
    expect(ids("北海道路线推荐：札幌、小樽和函馆。")).toEqual([]);
    expect(ids("冬季北海道路面结冰，驾车需谨慎。")).toEqual([]);
    expect(ids("冬季北海道路况复杂，自驾游客要留意。")).toEqual([]);
    expect(ids("北海道德模范评选结果揭晓。")).toEqual(["City:北海"]);
  });

  it("reads no 中国 across 其中 (其中国内段)", () => {
    const ids = (t: string) =>
      mentionsBy([catalogSurfaces], t, false).map((m) => m.slice(0, m.lastIndexOf("@")));
    expect(ids("全程6000公里,其中国内段3000公里。")).toEqual([]);
    expect(ids("其中中国企业20家。")).toContain("Country:中国");
  });

  it("reads no 会展 across a word in 会 (机会展示, 进博会展台, 广交会展馆), but the sector itself", () => {
    const ids = mentionsBy([catalogSurfaces], "企业抓住机会展示新品，进博会展台很热闹，广交会展馆也开放。");
    expect(ids.filter((m) => m.startsWith("Industry:"))).toEqual([]);
    expect(mentionsBy([catalogSurfaces], "该市大力发展会展经济。")).toEqual(["Industry:会展@会展经济"]);
  });

  it("reads no seed industry inside 多种业态 or 各种业务", () => {
    const ids = mentionsBy([catalogSurfaces], "区内可开展多种业态，办理各种业务，发展现代种业。");
    expect(ids.filter((m) => m.startsWith("Industry:种业"))).toEqual(["Industry:种业@种业"]);
  });
});
