import { describe, expect, it } from "vitest";
import { routes } from "../../../../../server/extract/relations/routes";
import { relationsBy } from "../../../../support/rules";

// Invented sentences; relations as "TYPE:source->target", this rule only.
describe("relation rule routes", () => {
  it("connects a service to every place of its route and puts the ports on it", () => {
    expect(relationsBy([routes], "自成都始发、经阿拉山口出境至波兰罗兹的中欧班列已开行千列。")).toEqual([
      "CONNECTS:Corridor:中欧班列->City:成都",
      "CONNECTS:Corridor:中欧班列->City:阿拉山口",
      "CONNECTS:Corridor:中欧班列->Country:波兰",
      "CONNECTS:Corridor:中欧班列->City:罗兹",
    ]);
  });

  it("reads origins listed with 以…为起点 and a destination after 到", () => {
    const found = relationsBy([routes], "中欧班列以南昌、赣州为起点，经霍尔果斯口岸到德国杜伊斯堡。");
    expect(found).toContain("CONNECTS:Corridor:中欧班列->City:南昌");
    expect(found).toContain("CONNECTS:Corridor:中欧班列->City:赣州");
    expect(found).toContain("ON_CORRIDOR:Port:霍尔果斯口岸->Corridor:中欧班列");
    expect(found).toContain("CONNECTS:Corridor:中欧班列->City:杜伊斯堡");
  });

  it("reads destinations joined by 以及 and a city written after its country with 的", () => {
    const found = relationsBy([routes], "中欧班列从西安出发，再发往波兰以及德国的杜伊斯堡。");
    expect(found).toEqual([
      "CONNECTS:Corridor:中欧班列->City:西安",
      "CONNECTS:Corridor:中欧班列->Country:波兰",
      "CONNECTS:Corridor:中欧班列->Country:德国",
      "CONNECTS:Corridor:中欧班列->City:杜伊斯堡",
    ]);
  });

  it("does not take the origin of goods for a stop (来自), nor 以 inside 以及", () => {
    expect(relationsBy([routes], "中欧班列运来来自俄罗斯的木材。")).toEqual([]);
    expect(relationsBy([routes], "中欧班列满载机械以及德国产的汽车配件。")).toEqual([]);
  });

  it("connects a service to a destination its name also holds (中欧班列 … 开往欧洲)", () => {
    expect(relationsBy([routes], "一列中欧班列缓缓出境，经哈萨克斯坦开往欧洲。")).toEqual([
      "CONNECTS:Corridor:中欧班列->Country:哈萨克斯坦",
      "CONNECTS:Corridor:中欧班列->Country:欧洲",
    ]);
  });

  it("reads 以 as an origin only in 以…为起点, not in 以…为例", () => {
    expect(relationsBy([routes], "以满洲里口岸为例，中欧班列通关时间缩短。")).toEqual([]);
  });
});
