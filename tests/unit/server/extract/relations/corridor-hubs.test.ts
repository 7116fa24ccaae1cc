import { describe, expect, it } from "vitest";
import { corridorHubs } from "../../../../../server/extract/relations/corridor-hubs";
import { relationsBy } from "../../../../support/rules";

// Invented sentences; relations as "TYPE:source->target", this rule only.
describe("relation rule corridor-hubs", () => {
  it("puts the places a corridor takes as its hubs on it, and connects a foreign one", () => {
    expect(relationsBy([corridorHubs], "西部陆海新通道建设以成都和新加坡为“双枢纽”。")).toEqual([
      "ON_CORRIDOR:City:成都->Corridor:西部陆海新通道",
      "CONNECTS:Corridor:西部陆海新通道->Country:新加坡",
    ]);
  });

  it("reads the 以 clause that follows in a sentence the corridor opens", () => {
    expect(relationsBy([corridorHubs], "中欧班列覆盖面不断扩大，以西安为重要集结中心。")).toEqual([
      "ON_CORRIDOR:City:西安->Corridor:中欧班列",
    ]);
  });

  it("reads nothing when the corridor is not the subject or no role closes the frame", () => {
    // another name opens the 以 clause's sentence
    expect(relationsBy([corridorHubs], "成都积极融入中欧班列，以西安为重要枢纽。")).toEqual([]);
    // a clause opened by another subject in between
    expect(relationsBy([corridorHubs], "中欧班列运量增长，成都以青白江为重要枢纽。")).toEqual([]);
    // 以…为例 is no role
    expect(relationsBy([corridorHubs], "中欧班列发展迅速，以西安为例。")).toEqual([]);
  });
  it("connects a Chinese place named as the route's start (以…为起点) instead of putting it on the route", () => {
    const found = relationsBy([corridorHubs], "“甬欧”班列以宁波为起点，全程一万公里。");
    expect(found).toContain("CONNECTS:Corridor:甬欧班列->City:宁波");
    expect(found).not.toContain("ON_CORRIDOR:City:宁波->Corridor:甬欧班列");
  });
});
