import { describe, expect, it } from "vitest";
import { lineToward } from "../../../../../server/extract/relations/line-toward";
import { relationsBy } from "../../../../support/rules";

// Invented sentences; relations as "TYPE:source->target", this rule only.
describe("relation rule line-toward", () => {
  it("makes a port cooperate with the places a line it opens is named by", () => {
    expect(relationsBy([lineToward], "船公司在青岛港开通日本、韩国新航线。")).toEqual([
      "COOPERATES_WITH:Port:青岛港->Country:日本",
      "COOPERATES_WITH:Port:青岛港->Country:韩国",
    ]);
    expect(relationsBy([lineToward], "青岛港今年已开通12条东南亚集装箱航线。")).toEqual([
      "COOPERATES_WITH:Port:青岛港->Country:东南亚",
    ]);
    expect(relationsBy([lineToward], "青岛港新开两条东南亚航线。")).toEqual([
      "COOPERATES_WITH:Port:青岛港->Country:东南亚",
    ]);
  });

  it("reads no line without a port or city right before the verb, nor a place that is no line's name", () => {
    expect(relationsBy([lineToward], "港口集团新增12条东南亚直航航线。")).toEqual([]);
    expect(relationsBy([lineToward], "青岛港与东南亚开通合作，新增航线多条。")).toEqual([]);
    expect(relationsBy([lineToward], "青岛港开通日本市场及新航线。")).toEqual([]);
  });

  it("reads no dealings from a passenger line", () => {
    expect(relationsBy([lineToward], "青岛港新开日本航线航班。")).toEqual([]);
  });
});
