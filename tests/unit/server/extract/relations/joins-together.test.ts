import { describe, expect, it } from "vitest";
import { joinsTogether } from "../../../../../server/extract/relations/joins-together";
import { relationsBy } from "../../../../support/rules";

// Invented sentences; relations as "TYPE:source->target", this rule only.
describe("relation rule joins-together", () => {
  it("connects a corridor to the places it joins with 把/将 (…联合在一起, …连接起来)", () => {
    expect(relationsBy([joinsTogether], "中欧班列能把中亚、欧洲等市场紧密联合在一起。")).toEqual([
      "CONNECTS:Corridor:中欧班列->Country:中亚",
      "CONNECTS:Corridor:中欧班列->Country:欧洲",
    ]);
    expect(relationsBy([joinsTogether], "西部陆海新通道将重庆和新加坡连接起来。")).toEqual([
      "CONNECTS:Corridor:西部陆海新通道->Province:重庆市",
      "CONNECTS:Corridor:西部陆海新通道->Country:新加坡",
    ]);
  });

  it("reads nothing when the corridor is not the subject of 把, or no joining verb closes the clause", () => {
    expect(relationsBy([joinsTogether], "成都把中欧班列和欧洲市场连接起来。")).toEqual([]);
    expect(relationsBy([joinsTogether], "中欧班列将中亚的货物运往欧洲。")).toEqual([]);
    // the verb in another clause
    expect(relationsBy([joinsTogether], "中欧班列将中亚作为重点，各地连接起来。")).toEqual([]);
  });
});
