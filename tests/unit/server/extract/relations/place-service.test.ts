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
  });

  it("reads nothing when the two only qualify a noun (的 before the run verb)", () => {
    expect(relationsBy([placeService], "吉林省中欧班列的运营方今年开行了多趟专列。")).toEqual([]);
  });

  it("reads nothing with no verb of running the service (other topics)", () => {
    expect(relationsBy([placeService], "成都中欧班列主题摄影展吸引了众多市民。")).toEqual([]);
    expect(relationsBy([placeService], "记者走进西安中欧班列集结中心，感受港区的繁忙。")).toEqual([]);
  });

  it("reads nothing for a foreign city or a place closing a list or a route", () => {
    expect(relationsBy([placeService], "汉堡中欧班列开行十周年庆典上，市长致辞。")).toEqual([]);
    expect(relationsBy([placeService], "宁夏、甘肃中欧班列开行情况良好。")).toEqual([]);
  });
});
