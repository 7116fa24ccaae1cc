import { describe, expect, it } from "vitest";
import type { Mention } from "../../../../../server/extract/entities/types";
import { extractDocument } from "../../../../../server/extract/index";
import { acrossHead, nameInternal } from "../../../../../server/extract/relations/name-internal";
import { expectQuotesAtOffsets, hasEdge } from "../../../../support/extracted";
import { relationsBy } from "../../../../support/rules";

// Invented sentences; relations as "TYPE:source->target", this rule only.
const has = hasEdge;
const quotesOk = expectQuotesAtOffsets;

describe("relation rule name-internal", () => {
  it("locates a port in the city of its name and connects a corridor to its countries", () => {
    expect(relationsBy([nameInternal], "货物经二连浩特铁路口岸出境，中蒙俄经济走廊建设提速。")).toEqual([
      "LOCATED_IN:Port:二连浩特铁路口岸->City:二连浩特",
      "CONNECTS:Corridor:中蒙俄经济走廊->Country:蒙古国",
      "CONNECTS:Corridor:中蒙俄经济走廊->Country:俄罗斯",
    ]);
  });

  it("locates a catalogued development zone in the place its name brackets", () => {
    const text = "目前，中国（呼和浩特）跨境电子商务综合试验区已有二百余家企业入驻。";
    const g = extractDocument("bracket.txt", text);
    expect(has(g, "LOCATED_IN:DevZone:中国（呼和浩特）跨境电子商务综合试验区->City:呼和浩特")).toBe(true);
    quotesOk(g, text);
  });

  it("does not locate a new area named by its short form in the district of the same name", () => {
    const text =
      "本月，南沙开发区管委会与省商务厅签署协议，推动更多项目落户南沙。广州市委常委、南沙区委书记出席仪式。";
    const g = extractDocument("short.txt", text);
    expect(has(g, "LOCATED_IN:DevZone:南沙新区->City:南沙")).toBe(false);
  });

  it("connects a corridor to the countries of its compound, not to a world region (中欧班列)", () => {
    expect(relationsBy([nameInternal], "中欧班列和中亚欧班列开行量增长。")).toEqual([]);
    expect(relationsBy([nameInternal], "中老铁路客货两旺。")).toEqual([
      "CONNECTS:Corridor:中老铁路->Country:老挝",
    ]);
  });

  it("does not place a zone in the partners its abbreviation compound names after the host place", () => {
    // 港, 澳 after 江门 are the host's partners; 粤 is the host's own province and stays
    expect(relationsBy([nameInternal], "江门粤港澳合作示范区昨日揭牌。")).toEqual([
      "LOCATED_IN:DevZone:江门粤港澳合作示范区->City:江门",
      "LOCATED_IN:DevZone:江门粤港澳合作示范区->Province:广东省",
    ]);
    // the host's province may stand second in the compound (渝黔 after 遵义: 黔 stays, 渝 goes)
    expect(relationsBy([nameInternal], "遵义渝黔合作示范区昨日揭牌。")).toEqual([
      "LOCATED_IN:DevZone:遵义渝黔合作示范区->City:遵义",
      "LOCATED_IN:DevZone:遵义渝黔合作示范区->Province:贵州省",
    ]);
    // a place name written in full after the host is no compound member (厦门 of the Fujian zone)
    expect(relationsBy([nameInternal], "中国（福建）自由贸易试验区厦门片区挂牌。")).toContain(
      "LOCATED_IN:Area:厦门片区->City:厦门",
    );
  });

  it("connects a route written as a dash chain to the world region it runs to", () => {
    expect(relationsBy([nameInternal], "郑州-中亚班列开行。")).toContain(
      "CONNECTS:Corridor:郑州-中亚班列->Country:中亚",
    );
  });

  it("places a port named after its country in no country (LOCATED_IN ends in a province or city)", () => {
    const rels = relationsBy(
      [nameInternal],
      "上周，一艘滚装船从西班牙王国瓦伦西亚港返航，另一艘从山东青岛港出发。",
    );
    expect(rels.filter((r) => r.includes("->Country:"))).toEqual([]);
    // (the rule still runs: both ports lie in the cities their names hold)
    expect(rels).toContain("LOCATED_IN:Port:青岛港->City:青岛");
    // (the country and its state word lead the name, no part of it: 瓦伦西亚港)
    expect(rels).toContain("LOCATED_IN:Port:瓦伦西亚港->City:瓦伦西亚");
  });
});

describe("relation rule name-internal: a place across a port's head word", () => {
  it("reads no city across the head of a port's name, keeps the one before it", () => {
    expect(relationsBy([nameInternal], "卡车经清水河口岸驶出。")).toEqual([]);
    expect(relationsBy([nameInternal], "卡车经河口口岸驶出。")).toEqual([
      "LOCATED_IN:Port:河口口岸->City:河口",
    ]);
    expect(relationsBy([nameInternal], "卡车经绥芬河口岸驶出。")).toEqual([
      "LOCATED_IN:Port:绥芬河口岸->City:绥芬河",
    ]);
  });
});

describe("acrossHead (review18g 7)", () => {
  const port = (id: string, cs: number, ce: number): Mention => ({
    id,
    cs,
    ce,
    method: "pattern",
    parts: [],
  });
  it("finds a part read across a port's head word, not one before it", () => {
    // (the span check itself: a part that a context reads across 河口 of 清水河口岸)
    const norm = "卡车经清水河口岸驶出。";
    expect(acrossHead(norm, port("Port:清水河口岸", 3, 8), { id: "City:河口", cs: 5, ce: 7 })).toBe(true);
    expect(acrossHead(norm, port("Port:清水河口岸", 3, 8), { id: "City:清水河", cs: 3, ce: 6 })).toBe(false);
  });

  it("locates no airport in a place held by a longer word (北海 of 北海道), but keeps the city's own airport", () => {
    expect(relationsBy([nameInternal], "旅客可从北海道新千岁机场转机回国。")).toEqual([]);
    expect(relationsBy([nameInternal], "包机从北海福成机场起飞，飞往南宁。")).toEqual([
      "LOCATED_IN:Port:北海福成机场->City:北海",
    ]);
  });

  it("locates a place-led port written inside its committee's name", () => {
    const text = "“我们将加快建设。”甘肃(武威)国际陆港管委会副主任说。";
    const g = extractDocument("committee.txt", text);
    expect(g.mentions.some((m) => m.node === "Organization:甘肃(武威)国际陆港管委会")).toBe(true);
    expect(has(g, "LOCATED_IN:Port:甘肃(武威)国际陆港->Province:甘肃省")).toBe(true);
  });
});

describe("relation rule name-internal: a region's epithet in a service's brand (release 24, rel-conn14)", () => {
  it("gives no CONNECTS to the region of an epithet inside the brand, but keeps a place abbreviation's", () => {
    const praised = relationsBy([nameInternal], "中欧班列(齐鲁号)今天从日照出发。");
    expect(praised.some((r) => r.includes("Province:山东省"))).toBe(false);
    // (the same 鲁 as a place abbreviation of a brand made of them still joins its province)
    const joined = relationsBy([nameInternal], "中欧班列(鲁新欧)今天开行。");
    expect(joined).toContain("CONNECTS:Corridor:中欧班列（鲁新欧）->Province:山东省");
  });
});

describe("relation rule name-internal: a city in brackets after a catalog service (release 25, rel-conn15)", () => {
  it("connects the service to the city in its brackets, not a brand or an abbreviation", () => {
    expect(relationsBy([nameInternal], "中欧班列（兰州）本周开行。")).toEqual([
      "CONNECTS:Corridor:中欧班列->City:兰州",
    ]);
    expect(relationsBy([nameInternal], "中欧班列（长安号）本周开行。")).toEqual([]);
  });
});
