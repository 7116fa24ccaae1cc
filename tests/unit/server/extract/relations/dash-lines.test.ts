import { describe, expect, it } from "vitest";
import { dashLines } from "../../../../../server/extract/relations/dash-lines";
import { relationsBy } from "../../../../support/rules";

// Invented sentences; relations as "TYPE:source->target", this rule only.
describe("relation rule dash-lines", () => {
  it("gives the first place of a dash-joined freight line each other place", () => {
    expect(relationsBy([dashLines], "口岸正式开通南宁—凭祥—河内跨境货运直通车。")).toEqual([
      "COOPERATES_WITH:City:南宁->City:凭祥",
      "COOPERATES_WITH:City:南宁->City:河内",
    ]);
    // (a list of chains shares the line noun written after the last one)
    expect(relationsBy([dashLines], "新开通南宁-曼谷、南宁-河内跨境货运直通车。")).toEqual([
      "COOPERATES_WITH:City:南宁->City:曼谷",
      "COOPERATES_WITH:City:南宁->City:河内",
    ]);
  });

  it("gives nothing for a sea or air line written as a chain (航线, a sea word: set 21's convention)", () => {
    expect(relationsBy([dashLines], "机场正式开通南宁—曼谷—迪拜货运航线。")).toEqual([]);
    expect(relationsBy([dashLines], "新开通南宁-曼谷、南宁-河内集装箱航线。")).toEqual([]);
    expect(relationsBy([dashLines], "本月开通北海—海防海上货运快线。")).toEqual([]);
  });

  it("reads a chain in brackets after a line noun", () => {
    expect(relationsBy([dashLines], "首列双向对开班列(长沙-明斯克)顺利到发。")).toEqual([
      "COOPERATES_WITH:City:长沙->City:明斯克",
    ]);
  });

  it("gives nothing for a train written as a chain, a passenger line, or a chain without a line noun", () => {
    expect(relationsBy([dashLines], "长沙—明斯克国际货运班列首发。")).toEqual([]);
    expect(relationsBy([dashLines], "机场正式开通南宁—曼谷直飞航线。")).toEqual([]);
    expect(relationsBy([dashLines], "南宁—曼谷两地往来频繁。")).toEqual([]);
  });
});
