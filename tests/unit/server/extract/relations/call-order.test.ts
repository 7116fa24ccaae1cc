import { describe, expect, it } from "vitest";
import { extractDocument } from "../../../../../server/extract/index";
import { callOrder } from "../../../../../server/extract/relations/call-order";
import { expectQuotesAtOffsets } from "../../../../support/extracted";
import { relationsBy } from "../../../../support/rules";

// Invented sentences; relations as "TYPE:source->target", this rule only.
describe("relation rule call-order", () => {
  it("links the first call of a line's port order with each other call", () => {
    expect(relationsBy([callOrder], "这条新航线的挂港顺序为青岛-上海-某某港-新加坡-青岛。")).toEqual([
      "COOPERATES_WITH:City:青岛->Province:上海市",
      "COOPERATES_WITH:City:青岛->Country:新加坡",
    ]);
  });

  it("takes as home the port named before the order when a call names it", () => {
    expect(relationsBy([callOrder], "宁波舟山港新开一条航线，港序覆盖上海、宁波、曼谷等港口。")).toEqual([
      "COOPERATES_WITH:Port:宁波舟山港->Province:上海市",
      "COOPERATES_WITH:Port:宁波舟山港->City:曼谷",
    ]);
  });

  it("gives nothing when a port named before is no call, for one call, or for a service", () => {
    expect(relationsBy([callOrder], "航线每周一挂靠天津港，挂靠港序为：曼谷-上海-新加坡。")).toEqual([]);
    expect(relationsBy([callOrder], "新航线的挂港顺序为青岛。")).toEqual([]);
    expect(relationsBy([callOrder], "中欧班列的挂靠顺序为西安-华沙-汉堡。")).toEqual([]);
  });

  it("reads a path noun only in a sentence about a sea line", () => {
    expect(relationsBy([callOrder], "快递包裹的具体路径为广州-长沙-武汉。")).toEqual([]);
    expect(relationsBy([callOrder], "这次骑行活动的具体路径为：成都—雅安—康定。")).toEqual([]);
    expect(relationsBy([callOrder], "新开集装箱航线的具体路径为青岛-上海-新加坡。")).toEqual([
      "COOPERATES_WITH:City:青岛->Province:上海市",
      "COOPERATES_WITH:City:青岛->Country:新加坡",
    ]);
  });

  it("takes 香港 or 港口 before the list for no port", () => {
    expect(relationsBy([callOrder], "香港媒体报道，新航线挂港顺序为青岛-上海-新加坡。")).toEqual([
      "COOPERATES_WITH:City:青岛->Province:上海市",
      "COOPERATES_WITH:City:青岛->Country:新加坡",
    ]);
  });

  it("quotes the home through the last call", () => {
    const text = "新航线挂港顺序为青岛-上海-新加坡。";
    const g = extractDocument("calls.txt", text);
    const e = g.edges.find((x) => x.type === "COOPERATES_WITH" && x.target === "Country:新加坡");
    expect(e?.source).toBe("City:青岛");
    expect(e?.evidence[0]?.quote).toBe("青岛-上海-新加坡");
    expectQuotesAtOffsets(g, text);
  });
});
