import { describe, expect, it } from "vitest";
import { predecessors } from "../../../../../server/extract/relations/predecessors";
import { relationsBy } from "../../../../support/rules";

// Invented sentences; relations as "TYPE:source->target", this rule only.
describe("relation rule predecessors", () => {
  it("gives the owner of a ranking the partners written before the subject", () => {
    expect(relationsBy([predecessors], "日本是泰国继美国和欧盟之后的第4大投资伙伴。")).toEqual([
      "COOPERATES_WITH:Country:泰国->Country:美国",
      "COOPERATES_WITH:Country:泰国->Country:欧盟",
    ]);
  });

  it("gives each predecessor the partner marked after the frame", () => {
    expect(
      relationsBy([predecessors], "继智利、秘鲁之后，哥斯达黎加成为第三个同中国签订自贸协定的拉美国家。"),
    ).toEqual(["COOPERATES_WITH:Country:智利->Country:中国", "COOPERATES_WITH:Country:秘鲁->Country:中国"]);
    expect(
      relationsBy([predecessors], "继苏州工业园区之后，作为中国和新加坡的又一个合作项目，该园区落户南宁。"),
    ).toEqual(["COOPERATES_WITH:DevZone:苏州工业园区->Country:新加坡"]);
  });

  it("reads a one-character partner after 对", () => {
    expect(relationsBy([predecessors], "继天津、大连之后，烟台成为第三个开通对韩货运航线的城市。")).toEqual([
      "COOPERATES_WITH:Province:天津市->Country:韩国",
      "COOPERATES_WITH:City:大连->Country:韩国",
    ]);
    expect(relationsBy([predecessors], "继深圳之后，珠海成为对港贸易的新窗口。")).toEqual([
      "COOPERATES_WITH:City:深圳->Province:香港特别行政区",
    ]);
    expect(relationsBy([predecessors], "继天津之后，青岛对外开放步伐加快。")).toEqual([]);
  });

  it("gives nothing without a name list framed by 继…之后 or without a marked partner", () => {
    expect(relationsBy([predecessors], "继续与越南开展合作。")).toEqual([]);
    expect(relationsBy([predecessors], "继成都之后，重庆成为第二个开行班列的城市。")).toEqual([]);
    expect(relationsBy([predecessors], "继合作推动西安至越南的线路之后，又开通了一条线路。")).toEqual([]);
    expect(relationsBy([predecessors], "继泰国南方的某园区之后，中国同马来西亚签署了协定。")).toEqual([]);
    expect(relationsBy([predecessors], "中国是泰国继美国之后最重要的话题。")).toEqual([]);
  });
});
