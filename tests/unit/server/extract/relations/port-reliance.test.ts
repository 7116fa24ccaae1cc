import { describe, expect, it } from "vitest";
import { extractDocument } from "../../../../../server/extract/index";
import { portReliance } from "../../../../../server/extract/relations/port-reliance";
import { expectQuotesAtOffsets, hasEdge, hasNode } from "../../../../support/extracted";
import { relationsBy } from "../../../../support/rules";

// Invented sentences; relations as "TYPE:source->target", this rule only.
const has = hasEdge;
const node = hasNode;
const quotesOk = expectQuotesAtOffsets;

describe("relation rule port-reliance", () => {
  it("links an area to the ports it rests on", () => {
    expect(relationsBy([portReliance], "崇左片区依托凭祥口岸和友谊关口岸，发展跨境物流。")).toEqual([
      "LINKED_PORT:Area:崇左片区->Port:凭祥口岸",
      "LINKED_PORT:Area:崇左片区->Port:友谊关口岸",
    ]);
  });

  it("an area resting on its ports, full-name enumerations, no areas from verbs", () => {
    const text =
      "浙江自贸试验区涵盖舟山片区、宁波片区两个片区。宁波片区依托宁波舟山港和宁波栎社国际机场，重点发展国际航运。" +
      "温州片区将瓯江口岸纳入片区联动发展范围。";
    const g = extractDocument("round5.txt", text);
    expect(node(g, "Area:宁波片区片区")).toBe(false);
    expect(has(g, "PART_OF:Area:宁波片区->FreeTradeZone:中国（浙江）自由贸易试验区")).toBe(true);
    expect(has(g, "LINKED_PORT:Area:宁波片区->Port:宁波舟山港")).toBe(true);
    expect(has(g, "LINKED_PORT:Area:宁波片区->Port:宁波栎社国际机场")).toBe(true);
    expect(g.nodes.some((n) => n.id.includes("纳入"))).toBe(false);
    quotesOk(g, text);
  });

  it("links a development zone to the port it rests on, also after an adverb (主要依托)", () => {
    expect(relationsBy([portReliance], "天津滨海新区依托天津港发展航运物流。")).toEqual([
      "LINKED_PORT:DevZone:滨海新区->Port:天津港",
    ]);
    expect(relationsBy([portReliance], "目前上海浦东新区主要依托洋山港发挥枢纽作用。")).toEqual([
      "LINKED_PORT:DevZone:浦东新区->Port:洋山港",
    ]);
  });

  it("reads the other verbs of resting on, owning or bordering a port (拥有, 紧邻, 西接…)", () => {
    expect(relationsBy([portReliance], "洋山片区紧邻洋山港，发展航运服务。")).toEqual([
      "LINKED_PORT:Area:洋山片区->Port:洋山港",
    ]);
    expect(relationsBy([portReliance], "福建自贸试验区拥有厦门港、福州港等港口。")).toEqual([
      "LINKED_PORT:FreeTradeZone:中国（福建）自由贸易试验区->Port:厦门港",
      "LINKED_PORT:FreeTradeZone:中国（福建）自由贸易试验区->Port:福州港",
    ]);
  });

  it("carries the topic of a chain of clauses with no subject of their own (X位于…，西接Y港)", () => {
    expect(relationsBy([portReliance], "绥芬河片区地处中俄边境，毗邻俄罗斯，东接绥芬河口岸。")).toEqual([
      "LINKED_PORT:Area:绥芬河片区->Port:绥芬河口岸",
    ]);
    // a clause opened by a name of another kind ends the chain
    expect(relationsBy([portReliance], "上海自贸区挂牌以来，宁波市积极对接，拥有宁波舟山港。")).toEqual([]);
    // a verb phrase that modifies a noun is no predicate of the topic
    expect(relationsBy([portReliance], "南沙片区成立以来，拥有南沙港的企业增多。")).toEqual([]);
    // a company owning a port is no area
    expect(relationsBy([portReliance], "片区企业拥有天津港码头。")).toEqual([]);
  });
});
