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
    expect(relationsBy([predecessors], "继天津、大连之后，烟台成为第三个扩大对韩贸易的城市。")).toEqual([
      "COOPERATES_WITH:Province:天津市->Country:韩国",
      "COOPERATES_WITH:City:大连->Country:韩国",
    ]);
    expect(relationsBy([predecessors], "继厦门之后，宁波加大对日韩投资。")).toEqual([
      "COOPERATES_WITH:City:厦门->Country:日本",
      "COOPERATES_WITH:City:厦门->Country:韩国",
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

  it("reads no partner of 对 without dealings, nor a ranking with no partner noun (mend24m)", () => {
    expect(relationsBy([predecessors], "继昆明之后，贵阳对美食文化的宣传更加用心。")).toEqual([]);
    expect(relationsBy([predecessors], "继南京之后，苏州对俄出口限制增加。")).toEqual([]);
    expect(relationsBy([predecessors], "法国继英国和德国之后的第三大工业国地位动摇。")).toEqual([]);
    expect(relationsBy([predecessors], "智利是秘鲁继美国之后的第二大铜矿进口国。")).toEqual([
      "COOPERATES_WITH:Country:秘鲁->Country:美国",
    ]);
  });

  it("reads the partner in the first clause after the frame only, skipping a time (mend24m)", () => {
    expect(relationsBy([predecessors], "继西宁之后，银川获批建设物流枢纽，并同蒙古国签订了协议。")).toEqual(
      [],
    );
    expect(relationsBy([predecessors], "继挪威之后，2019年3月，芬兰同越南签署了投资协定。")).toEqual([
      "COOPERATES_WITH:Country:挪威->Country:越南",
    ]);
  });

  it("reads no co-subject after 和, no border and no wish as a partner (mend24m)", () => {
    expect(relationsBy([predecessors], "继南京、苏州之后，杭州和福建也推出了人才新政。")).toEqual([]);
    expect(relationsBy([predecessors], "继海口之后，在与越南相邻的东兴设立试验区。")).toEqual([]);
    expect(relationsBy([predecessors], "继老挝之后，柬埔寨也力争与泰国签署合作协议。")).toEqual([]);
  });
});
