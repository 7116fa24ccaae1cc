import { describe, expect, it } from "vitest";
import { corridorHubs } from "../../../../../server/extract/relations/corridor-hubs";
import { routes } from "../../../../../server/extract/relations/routes";
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
  it("leaves a Chinese place named as the route's start (以…为起点) to routes.ts, which connects it", () => {
    const s = "“甬欧”班列以宁波为起点，全程一万公里。";
    expect(relationsBy([corridorHubs], s)).toEqual([]);
    expect(relationsBy([routes], s)).toContain("CONNECTS:Corridor:甬欧班列->City:宁波");
    // a broad corridor's start is read here (routes.ts reads a broad corridor's stated ends only)
    expect(relationsBy([corridorHubs], "西部陆海新通道以重庆为起点，向南延伸。")).toEqual([
      "CONNECTS:Corridor:西部陆海新通道->Province:重庆市",
    ]);
  });
});
