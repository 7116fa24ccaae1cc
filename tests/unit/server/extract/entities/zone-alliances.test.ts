import { describe, expect, it } from "vitest";
import { zoneAlliances } from "../../../../../server/extract/entities/zone-alliances";
import { extractDocument } from "../../../../../server/extract/index";
import { mentionsBy } from "../../../../support/rules";

// Invented sentences; mentions as "id@surface" after overlaps are resolved.
const orgs = (t: string) =>
  [...new Set(extractDocument("t.txt", t).mentions.map((m) => m.node))].filter((id) =>
    id.startsWith("Organization:"),
  );

describe("entity rule zone-alliances", () => {
  it("reads an existing alliance, not a proposed one", () => {
    expect(
      mentionsBy([zoneAlliances], "赣湘共同成立中部自由贸易试验区联盟；可组建东南自由贸易试验区联盟。"),
    ).toEqual(["Organization:中部自由贸易试验区联盟@中部自由贸易试验区联盟"]);
  });

  it("reads an alliance led by a place, a bloc or a corridor with a field of its own, not a tie described", () => {
    expect(orgs("两市共同成立中老铁路城市联盟。")).toEqual(["Organization:中老铁路城市联盟"]);
    expect(orgs("共同发起成立的江苏省境外园区发展联盟正式启动。")).toEqual([
      "Organization:江苏省境外园区发展联盟",
    ]);
    expect(orgs("首届中国-中亚智库联盟会议召开。")).toEqual(["Organization:中国-中亚智库联盟"]);
    expect(orgs("中国与东盟结成战略联盟。")).toEqual([]);
    expect(orgs("两地将推动组建长三角港口联盟。")).toEqual([]);
    expect(orgs("欧亚经济联盟成员国的企业参加了展会。")).toEqual([]);
    expect(orgs("企业与中老铁路城市联盟签署合作协议。")).toEqual(["Organization:中老铁路城市联盟"]);
  });

  it("reads no alliance from a scope word, a list's last place, or a body only planned", () => {
    for (const t of [
      "四川省内城市联盟共同推进文旅融合。",
      "湖南全省城市联盟推动文旅资源共享。",
      "云南当地商户联盟组织促销活动。",
      "法国国内联盟已经破裂。",
      "越南、泰国、缅甸旅游联盟正在筹备中。",
      "上海、江苏、浙江、安徽科技联盟正式成立。",
      "东亚区域联盟构想由来已久。",
      "老挝旅游联盟正在筹建之中。",
    ])
      expect(orgs(t), t).toEqual([]);
  });

  it("takes 可 for a proposal only before a verb of founding", () => {
    expect(orgs("各方认可中国—东盟港口城市联盟的作用。")).toEqual(["Organization:中国-东盟港口城市联盟"]);
    expect(orgs("两地可成立长江港口城市联盟。")).toEqual([]);
  });

  it("starts the name at the later lead when words of a clause stand between two leads", () => {
    expect(orgs("湖南省携手东盟港口联盟开展合作。")).toEqual(["Organization:东盟港口联盟"]);
    expect(orgs("桂林市积极融入广西旅游产业联盟。")).toEqual(["Organization:广西旅游产业联盟"]);
    expect(orgs("成都市申请加入中欧班列城市联盟。")).toEqual(["Organization:中欧班列城市联盟"]);
    expect(orgs("首届中国-中亚智库联盟会议召开。")).toEqual(["Organization:中国-中亚智库联盟"]);
  });

  it("reads no alliance that a question only asks about founding", () => {
    expect(orgs("云南会不会成立东盟物流联盟？")).toEqual([]);
    expect(orgs("两省能否成立长江港口城市联盟仍待讨论。")).toEqual([]);
  });
});
