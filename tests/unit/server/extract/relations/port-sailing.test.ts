import { describe, expect, it } from "vitest";
import { extractDocument } from "../../../../../server/extract/index";
import { portSailing } from "../../../../../server/extract/relations/port-sailing";
import { expectQuotesAtOffsets } from "../../../../support/extracted";
import { relationsBy } from "../../../../support/rules";

// Invented sentences; relations as "TYPE:source->target", this rule only.
describe("relation rule port-sailing", () => {
  it("links the port a sea line leaves from with the places it arrives at", () => {
    expect(
      relationsBy([portSailing], "这条新航线从青岛港出发，沿途南下后到达新加坡、某某港、曼谷等港口。"),
    ).toEqual(["COOPERATES_WITH:Port:青岛港->Country:新加坡", "COOPERATES_WITH:Port:青岛港->City:曼谷"]);
    expect(relationsBy([portSailing], "昨日一艘货轮从山东港口烟台港起航驶往肯尼亚。")).toEqual([
      "COOPERATES_WITH:Port:烟台港->Country:肯尼亚",
    ]);
  });

  it("gives nothing without a sea line, for a named line, or when no port is the origin", () => {
    expect(relationsBy([portSailing], "班列从青岛港出发，途经阿拉山口到达德国。")).toEqual([]);
    expect(relationsBy([portSailing], "开通了直达日本的某某直航航线，货轮从青岛港出发，直达日本。")).toEqual(
      [],
    );
    expect(relationsBy([portSailing], "货轮从非洲东海岸的蒙巴萨港出发，驶往印度。")).toEqual([]);
    expect(relationsBy([portSailing], "这条航线从青岛出发，到达新加坡。")).toEqual([]);
  });

  it("needs the sea word in the clause of the departure, not 新一轮 nor 轮胎 nor a trip 前往", () => {
    expect(relationsBy([portSailing], "代表团从青岛港出发前往日本，参加新一轮磋商。")).toEqual([]);
    expect(relationsBy([portSailing], "卡车车队从钦州港出发，运抵越南，运送轮胎。")).toEqual([]);
    expect(relationsBy([portSailing], "卡车车队从青岛港出发到达德国，当地也开通了新航线。")).toEqual([]);
  });

  it("reads a line described by its kind after 的 (集装箱航线), not only a new line", () => {
    expect(
      relationsBy([portSailing], "这条连接东南亚的集装箱航线从青岛港出发，到达新加坡、曼谷等港口。"),
    ).toEqual(["COOPERATES_WITH:Port:青岛港->Country:新加坡", "COOPERATES_WITH:Port:青岛港->City:曼谷"]);
  });

  it("quotes the port through the last place", () => {
    const text = "新航线从青岛港出发到达新加坡。";
    const g = extractDocument("sail.txt", text);
    const e = g.edges.find((x) => x.type === "COOPERATES_WITH" && x.source === "Port:青岛港");
    expect(e?.evidence[0]?.quote).toBe("青岛港出发到达新加坡");
    expectQuotesAtOffsets(g, text);
  });
});
