import { describe, expect, it } from "vitest";
import { provincePorts } from "../../../../../server/extract/relations/province-ports";
import { relationsBy } from "../../../../support/rules";

// Invented sentences; relations as "TYPE:source->target", this rule only.
describe("relation rule province-ports", () => {
  it("locates a port written right after its city and province in each of them", () => {
    expect(relationsBy([provincePorts], "货车抵达广西凭祥友谊关口岸。")).toEqual([
      "LOCATED_IN:Port:友谊关口岸->City:凭祥",
      "LOCATED_IN:Port:友谊关口岸->Province:广西壮族自治区",
    ]);
  });

  it("locates a port whose name holds its city in the province right before it only", () => {
    expect(relationsBy([provincePorts], "货物经内蒙古二连浩特铁路口岸出境。")).toEqual([
      "LOCATED_IN:Port:二连浩特铁路口岸->Province:内蒙古自治区",
    ]);
    expect(relationsBy([provincePorts], "集装箱经广西钦州港出海。")).toEqual([
      "LOCATED_IN:Port:钦州港->Province:广西壮族自治区",
    ]);
    // (unless the catalog puts the port's city in another province)
    expect(relationsBy([provincePorts], "集装箱经广东钦州港出海。")).toEqual([]);
  });

  it("walks on past a bare county-level place only: a prefecture or a suffixed city is the port's own link", () => {
    // (a bare county-level city or a district is an address part the province scopes)
    expect(relationsBy([provincePorts], "当天,重庆涪陵龙头港迎来首艘外贸船舶。")).toEqual([
      "LOCATED_IN:Port:龙头港->City:涪陵",
      "LOCATED_IN:Port:龙头港->Province:重庆市",
    ]);
    // (past it, only a province: no port -> 崇左, the prefecture written before 凭祥)
    expect(relationsBy([provincePorts], "车辆经广西崇左凭祥友谊关口岸出境。")).toEqual([
      "LOCATED_IN:Port:友谊关口岸->City:凭祥",
    ]);
    // (a prefecture-level city, or a county-level one written with 市: the port lies in it only)
    expect(relationsBy([provincePorts], "游客从广东珠海拱北口岸入境。")).toEqual([
      "LOCATED_IN:Port:拱北口岸->City:珠海",
    ]);
    expect(relationsBy([provincePorts], "记者来到吉林省珲春市圈河口岸。")).toEqual([
      "LOCATED_IN:Port:圈河口岸->City:珲春",
    ]);
    // (a prefecture whose bare name is also a county's or district's: 长沙县, 东营区, 荆州区 — the city only)
    expect(relationsBy([provincePorts], "一艘货轮昨日靠泊湖南长沙霞凝港。")).toEqual([
      "LOCATED_IN:Port:霞凝港->City:长沙",
    ]);
    expect(relationsBy([provincePorts], "首批粮食运抵山东东营广利港。")).toEqual([
      "LOCATED_IN:Port:广利港->City:东营",
    ]);
    expect(relationsBy([provincePorts], "湖北荆州盐卡港新建泊位投用。")).toEqual([
      "LOCATED_IN:Port:盐卡港->City:荆州",
    ]);
    // (a bare county-level city the prefecture list does not hold still walks on)
    expect(relationsBy([provincePorts], "云南瑞丽姐告口岸客流回升。")).toEqual([
      "LOCATED_IN:Port:姐告口岸->City:瑞丽",
      "LOCATED_IN:Port:姐告口岸->Province:云南省",
    ]);
  });

  it("locates a development zone written right after its province in it, not one after a city", () => {
    expect(relationsBy([provincePorts], "浙江舟山群岛新区出台人才新政。")).toEqual([
      "LOCATED_IN:DevZone:舟山群岛新区->Province:浙江省",
    ]);
    expect(relationsBy([provincePorts], "江苏苏州工业园区发布人才新政。")).toEqual([
      "LOCATED_IN:DevZone:苏州工业园区->Province:江苏省",
    ]);
    expect(relationsBy([provincePorts], "安徽合肥高新区出台政策。")).toEqual([
      "LOCATED_IN:DevZone:合肥高新区->Province:安徽省",
    ]);
    // (a city before the zone's own name: the province places the city, two links above the zone)
    expect(relationsBy([provincePorts], "山东青岛西海岸新区举办招聘会。")).toEqual([
      "LOCATED_IN:City:青岛->Province:山东省",
    ]);
    expect(relationsBy([provincePorts], "四川成都天府新区出台人才政策。")).toEqual([
      "LOCATED_IN:City:成都->Province:四川省",
    ]);
    expect(relationsBy([provincePorts], "广东与香港在前海深港现代服务业合作区开展合作。")).toEqual([]);
    expect(relationsBy([provincePorts], "山东省会济南高新区发布新政。")).toEqual([]);
  });
});
