import { describe, expect, it } from "vitest";
import { mediaOutlets } from "../../../../../server/extract/entities/media-outlets";
import { idsBy, mentionsBy } from "../../../../support/rules";

// Invented sentences; mentions as "id@surface" after overlaps are resolved.
describe("entity rule media-outlets", () => {
  it("reads the outlet of a dateline, dropping the dateline place and date", () => {
    expect(mentionsBy([mediaOutlets], "江西新闻网南昌3月5日电 赣州片区今天揭牌。", false)).toEqual([
      "Organization:江西新闻网@江西新闻网",
    ]);
    expect(idsBy([mediaOutlets], "北方晨报讯 （记者 王某）港口吞吐量再创新高。", false)).toEqual([
      "Organization:北方晨报",
    ]);
  });

  it("reads every outlet of a byline chained with · or -", () => {
    expect(idsBy([mediaOutlets], "（东海日报·东海在线记者 李某）今天上午，口岸恢复通关。", false)).toEqual([
      "Organization:东海日报",
      "Organization:东海在线",
    ]);
  });

  it("reads 据X报道, photo credits and source lines", () => {
    expect(idsBy([mediaOutlets], "据南方商报报道，新航线已开通。", false)).toEqual(["Organization:南方商报"]);
    expect(idsBy([mediaOutlets], "发布时间：2031-07-23 来源：海峡财经网", false)).toEqual([
      "Organization:海峡财经网",
    ]);
  });

  it("resolves a catalogued short name to the canonical outlet", () => {
    expect(idsBy([mediaOutlets], "中新网杭州6月2日电 舟山片区签约。", false)).toEqual([
      "Organization:中国新闻网",
    ]);
  });

  it("needs a media head and a name before it (本报记者, 移动通讯, 发电 are no outlets)", () => {
    expect(idsBy([mediaOutlets], "本报记者从移动通讯公司获悉，今年发电量增长。", false)).toEqual([]);
    expect(idsBy([mediaOutlets], "日前该报报道了此事。", false)).toEqual([]);
    expect(idsBy([mediaOutlets], "据财政部官网消息，关税将调整。", false)).toEqual([]);
  });

  it("reads every name of a byline chain once one has a media head, across / and a space", () => {
    expect(idsBy([mediaOutlets], "西部日报·西部云 记者 张某", false)).toEqual([
      "Organization:西部日报",
      "Organization:西部云",
    ]);
    expect(idsBy([mediaOutlets], "云端/高原晚报记者 王某 摄", false)).toEqual([
      "Organization:云端",
      "Organization:高原晚报",
    ]);
    expect(idsBy([mediaOutlets], "云端/高原记者 王某", false)).toEqual([]);
  });

  it("reads the whole source after a label when it names an outlet's unit, not a byline", () => {
    expect(idsBy([mediaOutlets], "来源：海峡商报财经研究中心", false)).toEqual([
      "Organization:海峡商报财经研究中心",
    ]);
    expect(idsBy([mediaOutlets], "来源：海峡商报记者李某", false)).toEqual(["Organization:海峡商报"]);
  });

  it("reads an outlet whose place starts with a numeral character (四川, 三亚), not a count", () => {
    expect(mentionsBy([mediaOutlets], "四川新闻网成都5月6日讯 记者获悉，")).toContain(
      "Organization:四川新闻网@四川新闻网",
    );
    expect(mentionsBy([mediaOutlets], "三家新闻网记者获悉")).not.toContain(
      "Organization:三家新闻网@三家新闻网",
    );
  });
});

describe("outlets after 另据 and before a bracketed Latin short name", () => {
  it("drops 另据/又据 before the name and reads through (ABC) before the cue", () => {
    expect(mentionsBy([mediaOutlets], "另据东方电视台报道，仪式昨日举行。", false)).toEqual([
      "Organization:东方电视台@东方电视台",
    ]);
    expect(idsBy([mediaOutlets], "据韩国新闻网(KNN)报道，首尔将设立办事处。")).toContain(
      "Organization:韩国新闻网",
    );
  });

  it("does not take a place's own characters for a demonstrative (日本 holds 本), but still skips 本报", () => {
    expect(idsBy([mediaOutlets], "据日本经济新闻报道，东京股市上涨。")).toContain(
      "Organization:日本经济新闻",
    );
    expect(
      idsBy([mediaOutlets], "据本报记者报道，港口扩建。").filter((id) => id.startsWith("Organization:")),
    ).toEqual([]);
  });

  it("ends an outlet's name before a reporter's title (全媒体记者) and reads a photo credit after 图源", () => {
    const ids = mentionsBy([mediaOutlets], "本报讯(江城日报全媒体记者 王五)港区开通新航线。图源：东湖网。");
    expect(ids).toContain("Organization:江城日报@江城日报");
    expect(ids).toContain("Organization:东湖网@东湖网");
  });

  it("reads no outlet in a generic source (图源：互联网, 来源：网络)", () => {
    expect(mentionsBy([mediaOutlets], "(示意图源：互联网) 来源：网络")).toEqual([]);
  });

  it("reads no outlet in a company's own report named as the source (来源：公司年报, 财报), but keeps 青年报 titles", () => {
    expect(mentionsBy([mediaOutlets], "毛利率稳定在四成以上（来源：公司年报）。")).toEqual([]);
    expect(mentionsBy([mediaOutlets], "该数据的出处：财报。")).toEqual([]);
    expect(mentionsBy([mediaOutlets], "海外营收大增（来源：企业年报）")).toEqual([]);
    expect(idsBy([mediaOutlets], "来源：海峡青年报", false)).toEqual(["Organization:海峡青年报"]);
    expect(idsBy([mediaOutlets], "来源：滨海商报", false)).toEqual(["Organization:滨海商报"]);
  });

  it("starts the outlet after the 日 of a day written in digits before it (5日北岸新闻报道)", () => {
    expect(mentionsBy([mediaOutlets], "港区扩建提速，5日北岸新闻报道称，工程已过半。", false)).toEqual([
      "Organization:北岸新闻@北岸新闻",
    ]);
    expect(mentionsBy([mediaOutlets], "据12日晨光日报报道，工厂停产。", false)).toEqual([
      "Organization:晨光日报@晨光日报",
    ]);
  });

  it("reads no outlet in a company's reports named as a source, whatever words stand before them", () => {
    expect(mentionsBy([mediaOutlets], "数据来源：上市公司年报", false)).toEqual([]);
    expect(mentionsBy([mediaOutlets], "利润下滑（来源：各公司财报）", false)).toEqual([]);
    expect(mentionsBy([mediaOutlets], "来源：公司公告及年报", false)).toEqual([]);
    expect(idsBy([mediaOutlets], "来源：江畔老年报", false)).toEqual(["Organization:江畔老年报"]);
    expect(idsBy([mediaOutlets], "来源：山城少年报", false)).toEqual(["Organization:山城少年报"]);
  });

  it("names the outlet before a regional channel written after a place (某省新闻, 某省频道), as before a dateline place", () => {
    const orgs = (t: string) => mentionsBy([mediaOutlets], t).filter((m) => m.startsWith("Organization:"));
    expect(orgs("人民网浙江频道讯 宁波港吞吐量增长。")).toEqual(["Organization:人民网@人民网"]);
    expect(orgs("东方网湖北新闻5月10日电 新航线开通。")).toEqual(["Organization:东方网@东方网"]);
    expect(orgs("据江苏新闻报道，新航线将开通。")).toEqual(["Organization:江苏新闻@江苏新闻"]);
    // a source line too (review 22h)
    expect(orgs("来源：人民网四川频道")).toEqual(["Organization:人民网@人民网"]);
    expect(orgs("来源：东方网湖北新闻")).toEqual(["Organization:东方网@东方网"]);
    expect(orgs("来源：海峡青年报")).toEqual(["Organization:海峡青年报@海峡青年报"]);
  });
});
