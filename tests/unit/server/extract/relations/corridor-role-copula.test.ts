import { describe, expect, it } from "vitest";
import { corridorRoleCopula } from "../../../../../server/extract/relations/corridor-role-copula";
import { relationsBy } from "../../../../support/rules";

// Invented sentences; relations as "TYPE:source->target", this rule only.
describe("relation rule corridor-role-copula", () => {
  it("puts a name the copula makes a member, project or node of a corridor on it", () => {
    expect(relationsBy([corridorRoleCopula], "老挝是“一带一路”倡议中的关键国家，两国往来密切。")).toEqual([
      "ON_CORRIDOR:Country:老挝->Corridor:一带一路",
    ]);
    expect(relationsBy([corridorRoleCopula], "中老铁路是两国共同推进的“一带一路”标志性工程。")).toEqual([
      "ON_CORRIDOR:Corridor:中老铁路->Corridor:一带一路",
    ]);
    expect(relationsBy([corridorRoleCopula], "钦州港已成为西部陆海新通道的重要节点之一。")).toEqual([
      "ON_CORRIDOR:Port:钦州港->Corridor:西部陆海新通道",
    ]);
  });

  it("reads a copula clause that goes on from the clause the name opens (甲是乙，也是…)", () => {
    expect(relationsBy([corridorRoleCopula], "蒙古国是中国的近邻，也是“一带一路”沿线的重要国家。")).toEqual([
      "ON_CORRIDOR:Country:蒙古国->Corridor:一带一路",
    ]);
  });

  it("reads nothing when the head is no member noun, another name follows the corridor, or no copula", () => {
    // a forum or an outcome is no member of the corridor
    expect(relationsBy([corridorRoleCopula], "泰国是“一带一路”国际合作高峰论坛的参与方。")).toEqual([]);
    expect(relationsBy([corridorRoleCopula], "这次签约是“一带一路”合作的重要成果。")).toEqual([]);
    // another name after the corridor heads the predicate
    expect(relationsBy([corridorRoleCopula], "老挝是“一带一路”和东盟的重要国家。")).toEqual([]);
    // no copula: the name only modifies
    expect(relationsBy([corridorRoleCopula], "老挝推进“一带一路”重点项目。")).toEqual([]);
    // the copula's subject is another clause's, not the name
    expect(relationsBy([corridorRoleCopula], "记者从老挝获悉，这是“一带一路”的重要项目。")).toEqual([]);
  });
});
