import { describe, expect, it } from "vitest";
import { formedGroup } from "../../../../../server/extract/relations/formed-group";
import { relationsBy } from "../../../../support/rules";

// Invented sentences: public bodies that form one group together.
describe("relation rule formed-group", () => {
  it("makes the body written first cooperate with each other one when the bodies form a group", () => {
    expect(
      relationsBy([formedGroup], "本月初，外交部、商务部、财政部等五个部门组成联合检查组，前往港区检查。"),
    ).toEqual([
      "COOPERATES_WITH:Organization:外交部->Organization:商务部",
      "COOPERATES_WITH:Organization:外交部->Organization:财政部",
    ]);
    expect(relationsBy([formedGroup], "由商务部、外交部和财政部共同组建的工作专班已经成立。")).toEqual([
      "COOPERATES_WITH:Organization:商务部->Organization:外交部",
      "COOPERATES_WITH:Organization:商务部->Organization:财政部",
    ]);
  });

  it("reads the bodies that make up a group named before them", () => {
    expect(relationsBy([formedGroup], "这个检查组由外交部、海关总署和国家移民管理局组成。")).toEqual([
      "COOPERATES_WITH:Organization:外交部->Organization:海关总署",
      "COOPERATES_WITH:Organization:外交部->Organization:国家移民管理局",
    ]);
    expect(relationsBy([formedGroup], "工作组由商务部司长带队，由商务部、外交部等组成。")).toEqual([
      "COOPERATES_WITH:Organization:商务部->Organization:外交部",
    ]);
  });

  it("passes over a listed body no name covers and takes the body a name ends with", () => {
    expect(relationsBy([formedGroup], "海关总署、某某资源部、财政部组成联合验收组。")).toEqual([
      "COOPERATES_WITH:Organization:海关总署->Organization:财政部",
    ]);
  });

  it("gives nothing for one body, for states, or for bodies that do not open their clause", () => {
    expect(relationsBy([formedGroup], "由天津海关等8家单位组成的验收组听取了汇报。")).toEqual([]);
    expect(relationsBy([formedGroup], "由中国、巴西和印度组成的合作机制不断深化。")).toEqual([]);
    expect(relationsBy([formedGroup], "省口岸办牵头组织天津海关、北京海关组成验收组。")).toEqual([]);
    expect(relationsBy([formedGroup], "海关总署、商务部发布公告，财政部组成工作组。")).toEqual([]);
  });

  it("reads no group in 组织 (a 组 of another word)", () => {
    expect(relationsBy([formedGroup], "商务部、外交部组建了新的协调组织体系。")).toEqual([]);
  });
});
