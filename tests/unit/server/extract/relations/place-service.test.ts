import { describe, expect, it } from "vitest";
import { placeService } from "../../../../../server/extract/relations/place-service";
import { relationsBy } from "../../../../support/rules";

// Invented sentences; relations as "TYPE:source->target", this rule only.
describe("relation rule place-service", () => {
  it("gives a Chinese province or city running the service written right before it CONNECTS", () => {
    expect(relationsBy([placeService], "湖北中欧班列今年累计开行八百多列。")).toEqual([
      "CONNECTS:Corridor:中欧班列->Province:湖北省",
    ]);
    expect(relationsBy([placeService], "据统计，郑州中欧班列上半年发运货物增长三成。")).toEqual([
      "CONNECTS:Corridor:中欧班列->City:郑州",
    ]);
    expect(relationsBy([placeService], "湖南中欧班列三年多来先后开通九条线路。")).toEqual([
      "CONNECTS:Corridor:中欧班列->Province:湖南省",
    ]);
  });

  it("reads nothing when the two only qualify a noun (的 before the run verb)", () => {
    expect(relationsBy([placeService], "据悉贵州中欧班列的平台公司今年开行了多趟专列。")).toEqual([]);
  });

  it("reads nothing when the run verb is denied", () => {
    expect(relationsBy([placeService], "青海中欧班列尚未开通。")).toEqual([]);
    expect(relationsBy([placeService], "海南中欧班列暂未开行。")).toEqual([]);
  });

  it("reads nothing when the run verb belongs to another subject or heads a noun (other topics)", () => {
    expect(relationsBy([placeService], "义乌中欧班列运营商今年新增员工百人。")).toEqual([]);
    expect(relationsBy([placeService], "苏州中欧班列运营中心挂牌，将新开多条线路。")).toEqual([]);
    expect(relationsBy([placeService], "西安中欧班列运营研讨会在北京举行。")).toEqual([]);
    expect(relationsBy([placeService], "湖北中欧班列成为外贸新增长点。")).toEqual([]);
    expect(relationsBy([placeService], "北京中欧班列开行论坛开幕。")).toEqual([]);
    expect(relationsBy([placeService], "上海中欧班列货代企业推出新服务。")).toEqual([]);
    expect(relationsBy([placeService], "天津中欧班列港口今年新增航线。")).toEqual([]);
    expect(relationsBy([placeService], "台湾中欧班列开行消息不实。")).toEqual([]);
  });

  it("reads nothing with no verb of running the service (other topics)", () => {
    expect(relationsBy([placeService], "成都中欧班列主题摄影展吸引了众多市民。")).toEqual([]);
    expect(relationsBy([placeService], "记者走进西安中欧班列集结中心，感受港区的繁忙。")).toEqual([]);
  });

  it("reads nothing for a foreign city or a place closing a list or a route", () => {
    expect(relationsBy([placeService], "莫斯科中欧班列今年开行了多趟。")).toEqual([]);
    expect(relationsBy([placeService], "宁夏、甘肃中欧班列开行情况良好。")).toEqual([]);
    expect(relationsBy([placeService], "过境新疆中欧班列今年开行超过一万列。")).toEqual([]);
    expect(relationsBy([placeService], "经由新疆中欧班列今年开行超过一万列。")).toEqual([]);
  });

  it("reads nothing for a border-crossing town the trains pass through", () => {
    expect(relationsBy([placeService], "满洲里中欧班列今年开行超过五千列。")).toEqual([]);
    expect(relationsBy([placeService], "霍尔果斯中欧班列今年开行超过五千列。")).toEqual([]);
  });
});
