import { describe, expect, it } from "vitest";
import { bilateralTies } from "../../../../../server/extract/relations/bilateral-ties";
import { relationsBy } from "../../../../support/rules";

// Invented sentences; relations as "TYPE:source->target", this rule only.
describe("relation rule bilateral-ties", () => {
  it("reads ties of the home side with a list of partners before 的/之间/间", () => {
    expect(relationsBy([bilateralTies], "这次展会拉近了澳门与东盟的联系。")).toEqual([
      "COOPERATES_WITH:Province:澳门特别行政区->Country:东盟",
    ]);
    expect(relationsBy([bilateralTies], "近年来福建同越南、泰国等国家之间的友好交往不断加深。")).toEqual([
      "COOPERATES_WITH:Province:福建省->Country:越南",
      "COOPERATES_WITH:Province:福建省->Country:泰国",
    ]);
    expect(relationsBy([bilateralTies], "新机场将密切洛阳与中东地区间的经贸往来。")).toEqual([
      "COOPERATES_WITH:City:洛阳->Country:中东",
    ]);
  });

  it("gives nothing for the people of the places (a sports topic, a story)", () => {
    expect(relationsBy([bilateralTies], "这场友谊赛延续了北京与韩国球迷之间的往来。")).toEqual([]);
    expect(relationsBy([bilateralTies], "这部电影讲述了成都与法国画家的交往。")).toEqual([]);
  });

  it("gives nothing for contact details (an enrolment notice)", () => {
    expect(relationsBy([bilateralTies], "报名的考生可拨打广州与新加坡的联系电话咨询。")).toEqual([]);
  });

  it("gives nothing for flights going to and fro (a timetable)", () => {
    expect(relationsBy([bilateralTies], "暑期上海与新加坡之间的往来航班增至每周四十班。")).toEqual([]);
  });
});
