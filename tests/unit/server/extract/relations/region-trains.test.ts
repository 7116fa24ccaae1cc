import { describe, expect, it } from "vitest";
import { regionTrains } from "../../../../../server/extract/relations/region-trains";
import { relationsBy } from "../../../../support/rules";

// Invented sentences; relations as "TYPE:source->target", this rule only.
describe("relation rule region-trains", () => {
  it("connects a quoted brand with the region heading its train words", () => {
    expect(relationsBy([regionTrains], "“宁远号”中亚国际货运班列上月首发。")).toEqual([
      "CONNECTS:Corridor:宁远号->Country:中亚",
    ]);
    expect(relationsBy([regionTrains], "今年以来，“青川号”南亚国际货运班列共开行十二列。")).toEqual([
      "CONNECTS:Corridor:青川号->Country:南亚",
    ]);
  });

  it("connects the service of the clause before with the region of a train the next clause identifies", () => {
    expect(
      relationsBy([regionTrains], "次日，“青川号”欧亚班列从德阳始发，这是德阳首趟中亚方向班列。"),
    ).toEqual(["CONNECTS:Corridor:青川号->Country:中亚"]);
  });

  it("reads nothing without a service of its own, a train noun or an identifying clause", () => {
    // a region's trains counted, no service named
    expect(relationsBy([regionTrains], "全年共开行中欧、中亚国际货运班列九十列。")).toEqual([]);
    // the region heads a market, not a train
    expect(relationsBy([regionTrains], "“青川号”中亚市场份额逐年扩大。")).toEqual([]);
    // the next clause is no identification of the train
    expect(relationsBy([regionTrains], "“青川号”欧亚班列从德阳始发，下一步将研究开行中亚方向班列。")).toEqual(
      [],
    );
    // denied
    expect(relationsBy([regionTrains], "“青川号”欧亚班列从德阳始发，这并非中亚方向班列。")).toEqual([]);
    // the service is named in an earlier sentence
    expect(relationsBy([regionTrains], "“青川号”欧亚班列从德阳始发。这是德阳首趟中亚方向班列。")).toEqual([]);
  });

  it("reads nothing for a run only planned, conditioned, denied or asked about", () => {
    expect(relationsBy([regionTrains], "计划明年开行“长江号”东南亚国际货运班列。")).toEqual([]);
    expect(relationsBy([regionTrains], "如果“长江号”中亚国际货运班列开通，企业将受益。")).toEqual([]);
    expect(relationsBy([regionTrains], "“长江号”中亚国际货运班列尚未开行。")).toEqual([]);
    expect(relationsBy([regionTrains], "“长江号”中亚国际货运班列开行了吗？")).toEqual([]);
  });
});
