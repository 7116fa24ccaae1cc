import { describe, expect, it } from "vitest";
import { airports } from "../../../../../server/extract/entities/airports";
import { extractDocument } from "../../../../../server/extract/index";
import { expectQuotesAtOffsets, hasEdge, hasNode } from "../../../../support/extracted";
import { mentionsBy } from "../../../../support/rules";

// Invented sentences; mentions as "id@surface" after overlaps are resolved.
const has = hasEdge;
const node = hasNode;
const quotesOk = expectQuotesAtOffsets;

describe("entity rule airports", () => {
  it("reads airports and inland ports led by a place", () => {
    expect(mentionsBy([airports], "旅客经南昌昌北国际机场和赣州国际陆港中转。")).toEqual([
      "Port:南昌昌北国际机场@南昌昌北国际机场",
      "Port:赣州国际陆港@赣州国际陆港",
    ]);
  });

  it("leaves a province or a country written before the airport's name out of the name", () => {
    expect(mentionsBy([airports], "货机从山西太原武宿国际机场飞抵德国莱比锡机场。")).toEqual([
      "Province:山西省@山西",
      "Port:太原武宿国际机场@太原武宿国际机场",
      "Country:德国@德国",
      "Port:莱比锡机场@莱比锡机场",
    ]);
  });

  it("keeps a municipality or a region that is the airport's own place, and a province alone", () => {
    expect(mentionsBy([airports], "航班经天津滨海国际机场、香港国际机场和江西机场中转。")).toEqual([
      "Port:天津滨海国际机场@天津滨海国际机场",
      "Port:香港国际机场@香港国际机场",
      "Port:江西机场@江西机场",
    ]);
  });

  it("airports, rail ports, suffixed development zones, universities, unseen port lists", () => {
    const text =
      "贵州自贸试验区依托贵阳龙洞堡国际机场和贵阳国际陆港区，联动龙里、都匀等口岸。" +
      "据贵州省社会科学院和贵州大学经济学院测算，龙里经济开发区重点发展大数据、有色金属深加工和软件信息服务。";
    const g = extractDocument("round4.txt", text);
    for (const id of [
      "Port:贵阳龙洞堡国际机场",
      "DevZone:贵阳国际陆港区",
      "Port:龙里口岸",
      "Port:都匀口岸",
      "Organization:贵州省社会科学院",
      "Organization:贵州大学经济学院",
      "DevZone:龙里经济开发区",
      "Industry:有色金属深加工",
      "Industry:软件信息服务",
    ])
      expect(node(g, id), id).toBe(true);
    expect(has(g, "LOCATED_IN:Port:贵阳龙洞堡国际机场->City:贵阳")).toBe(true);
    expect(has(g, "LINKED_PORT:FreeTradeZone:中国（贵州）自由贸易试验区->Port:都匀口岸")).toBe(true);
    quotesOk(g, text);
  });

  it("reads a short form as the airport the document named in full before, and alone as written", () => {
    const ports = (text: string) =>
      extractDocument("t.txt", text)
        .mentions.filter((m) => m.node.startsWith("Port:"))
        .map((m) => `${m.node}@${m.surface}`);
    expect(ports("货机从桂林两江国际机场起飞。桂林机场将加密航线。")).toEqual([
      "Port:桂林两江国际机场@桂林两江国际机场",
      "Port:桂林两江国际机场@桂林机场",
    ]);
    expect(ports("桂林机场将加密航线。")).toEqual(["Port:桂林机场@桂林机场"]);
  });
});

describe("airports named by their locality alone (unseenAirport)", () => {
  const portMentions = (t: string) => mentionsBy([airports], t).filter((m) => m.startsWith("Port:"));

  it("reads a locality before 国际机场, and before a bare 机场 an unknown word governed by a preposition", () => {
    expect(portMentions("这批货物从萧山国际机场起飞。")).toEqual(["Port:萧山国际机场@萧山国际机场"]);
    expect(portMentions("货机从嘎拉机场起飞。")).toEqual(["Port:嘎拉机场@嘎拉机场"]);
  });

  it("joins unknown pieces into one locality (素万/x 那普/x) after a verb of arrival", () => {
    expect(portMentions("乘客抵达素万那普机场后转乘地铁。")).toEqual(["Port:素万那普机场@素万那普机场"]);
  });

  it("reads an unknown locality after 改降, and joins a place piece to an unknown one (review22v)", () => {
    expect(portMentions("航班因大雾改降长水机场。")).toEqual(["Port:长水机场@长水机场"]);
    expect(portMentions("乘客从苏瓦那蓬机场转机。")).toEqual(["Port:苏瓦那蓬机场@苏瓦那蓬机场"]);
    expect(portMentions("从高原机场起飞的航班增多。")).toEqual([]);
    expect(portMentions("旅客在门户国际机场换乘。")).toEqual([]);
  });

  it("reads a bare locality 机场 as the document's full airport that ends with it", () => {
    expect(portMentions("长沙黄花国际机场扩建完成，黄花机场旅客吞吐量增长。")).toEqual([
      "Port:长沙黄花国际机场@长沙黄花国际机场",
      "Port:长沙黄花国际机场@黄花机场",
    ]);
  });

  it("reads no airport from a brand, nickname or landform before a bare 机场", () => {
    for (const t of [
      "京东机场仓储中心投入使用。",
      "美团机场外卖柜上线。",
      "小王机场接人时遇到堵车。",
      "高原机场运行保障能力提升。",
      "首批货物运抵白云机场后清关。",
    ])
      expect(portMentions(t)).toEqual([]);
  });

  it("reads no airport from a common word, a count or a route word before 机场", () => {
    for (const t of [
      "新机场建成后将成为区域枢纽机场。",
      "该机场去年旅客吞吐量突破千万人次。",
      "依托两大机场建设航空物流枢纽。",
      "一小时交通圈拥有三大国际机场。",
      "四至范围是:东至机场联络线。",
      "支线机场和通用机场建设加快推进。",
    ])
      expect(portMentions(t)).toEqual([]);
  });

  describe("airline short names before 机场 (unseenAirport)", () => {
    it("reads no airport from an airline's short name ending in 航 (东航机场贵宾厅)", () => {
      for (const t of [
        "东航机场贵宾厅完成改造。",
        "乘客可在海航机场柜台办理值机。",
        "国航机场地面服务获好评。",
      ])
        expect(mentionsBy([airports], t).filter((m) => m.startsWith("Port:"))).toEqual([]);
    });
  });
});
