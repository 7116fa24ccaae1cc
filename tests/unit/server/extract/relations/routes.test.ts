import { describe, expect, it } from "vitest";
import { routes } from "../../../../../server/extract/relations/routes";
import { relationsBy } from "../../../../support/rules";

// Invented sentences; relations as "TYPE:source->target", this rule only.
describe("relation rule routes", () => {
  it("puts the Chinese stops of a route on the service and connects it to the foreign ones", () => {
    expect(relationsBy([routes], "自成都始发、经阿拉山口出境至波兰罗兹的中欧班列已开行千列。")).toEqual([
      "ON_CORRIDOR:City:成都->Corridor:中欧班列",
      "ON_CORRIDOR:City:阿拉山口->Corridor:中欧班列",
      "CONNECTS:Corridor:中欧班列->Country:波兰",
      "CONNECTS:Corridor:中欧班列->City:罗兹",
    ]);
  });

  it("reads origins listed with 以…为起点 and a destination after 到", () => {
    const found = relationsBy([routes], "中欧班列以南昌、赣州为起点，经霍尔果斯口岸到德国杜伊斯堡。");
    expect(found).toContain("ON_CORRIDOR:City:南昌->Corridor:中欧班列");
    expect(found).toContain("ON_CORRIDOR:City:赣州->Corridor:中欧班列");
    expect(found).toContain("ON_CORRIDOR:Port:霍尔果斯口岸->Corridor:中欧班列");
    expect(found).toContain("CONNECTS:Corridor:中欧班列->City:杜伊斯堡");
  });

  it("does not take the origin of goods for a stop (来自)", () => {
    expect(relationsBy([routes], "中欧班列运来来自俄罗斯的木材。")).toEqual([]);
  });
});
