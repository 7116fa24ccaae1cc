import { describe, expect, it } from "vitest";
import { regionTrains } from "../../../../../server/extract/relations/region-trains";
import { relationsBy } from "../../../../support/rules";

// Invented sentences; relations as "TYPE:source->target", this rule only.
describe("relation rule region-trains", () => {
  it("connects a quoted brand with the region heading its train words", () => {
    expect(relationsBy([regionTrains], "今年以来，“青川号”南亚国际货运班列共开行十二列。")).toEqual([
      "CONNECTS:Corridor:青川号->Country:南亚",
    ]);
    // any train noun of routes.ts (列车 too)
    expect(relationsBy([regionTrains], "“沅水号”中亚国际货运列车本周到站九列。")).toEqual([
      "CONNECTS:Corridor:沅水号->Country:中亚",
    ]);
  });

  it("connects the service of a trip with the region of a counted train the next clause identifies", () => {
    expect(
      relationsBy([regionTrains], "上周，“沅水号”班列由怀化西站出发，此为湘西开行的第一列南亚方向专列。"),
    ).toEqual(["CONNECTS:Corridor:沅水号->Country:南亚"]);
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

  it("reads no identified train after 继, nor a region train as a modifier, nor one after no trip", () => {
    // 继: the standard compared
    expect(
      relationsBy([regionTrains], "“沅水号”班列从怀化西站发车，这是继南亚方向班列之后湘西的又一条线路。"),
    ).toEqual([]);
    // the region's train modifies a firm, a platform, a development: no counted train
    expect(
      relationsBy([regionTrains], "“沅水号”班列从怀化西站发车，这是中亚方向班列运营公司的第三个项目。"),
    ).toEqual([]);
    expect(
      relationsBy([regionTrains], "“沅水号”班列从怀化西站发车，这是湘西与中亚方向班列平台合作的成果。"),
    ).toEqual([]);
    expect(
      relationsBy([regionTrains], "怀化积极参与中欧班列建设，这是推动中亚方向班列发展的重要举措。"),
    ).toEqual([]);
    // a counted train, but the clause before tells no trip
    expect(relationsBy([regionTrains], "怀化积极参与中欧班列建设，这是湘西首趟中亚方向班列。")).toEqual([]);
  });

  it("reads nothing for a run only planned, conditioned, absent, denied or asked about", () => {
    expect(relationsBy([regionTrains], "计划明年开行“长江号”东南亚国际货运班列。")).toEqual([]);
    expect(relationsBy([regionTrains], "如果“长江号”中亚国际货运班列开通，企业将受益。")).toEqual([]);
    expect(relationsBy([regionTrains], "“长江号”中亚国际货运班列尚未开行。")).toEqual([]);
    expect(relationsBy([regionTrains], "“长江号”中亚国际货运班列开行了吗？")).toEqual([]);
    // a plan, a hope or a future date after the service
    expect(relationsBy([regionTrains], "“沅水号”南亚国际货运班列预计后年首发。")).toEqual([]);
    expect(relationsBy([regionTrains], "“沅水号”南亚国际货运班列有望秋季开通。")).toEqual([]);
    expect(relationsBy([regionTrains], "“沅水号”班列即将从怀化西站出发，这是湘西首趟南亚方向班列。")).toEqual(
      [],
    );
    // absence after the service, a negator before it
    expect(relationsBy([regionTrains], "眼下，“沅水号”南亚国际货运班列仍不存在。")).toEqual([]);
    expect(relationsBy([regionTrains], "湘西至今没有开出“沅水号”南亚国际货运班列。")).toEqual([]);
  });
});
