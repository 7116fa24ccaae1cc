import { describe, expect, it } from "vitest";
import { placeService } from "../../../../../server/extract/relations/place-service";
import { relationsBy } from "../../../../support/rules";

// Invented sentences; relations as "TYPE:source->target", this rule only.
describe("relation rule place-service", () => {
  it("gives a Chinese province or city running the service written right before it CONNECTS", () => {
    expect(relationsBy([placeService], "湖北中欧班列今年累计开行八百多列。")).toEqual([
      "CONNECTS:Corridor:中欧班列->Province:湖北省",
    ]);
    expect(relationsBy([placeService], "据统计，郑州中欧班列上半年发运了九百多列。")).toEqual([
      "CONNECTS:Corridor:中欧班列->City:郑州",
    ]);
    expect(relationsBy([placeService], "湖南中欧班列三年多来先后开通九条线路。")).toEqual([
      "CONNECTS:Corridor:中欧班列->Province:湖南省",
    ]);
    expect(relationsBy([placeService], "河南中欧班列开通以来运行平稳。")).toEqual([
      "CONNECTS:Corridor:中欧班列->Province:河南省",
    ]);
  });

  it("reads nothing when a noun or another predicate follows the run verb (plans, rumours, matters)", () => {
    expect(relationsBy([placeService], "宁夏中欧班列开行计划被取消。")).toEqual([]);
    expect(relationsBy([placeService], "青海中欧班列开通传闻不实。")).toEqual([]);
    expect(relationsBy([placeService], "宁夏中欧班列开行一事暂缓。")).toEqual([]);
    expect(relationsBy([placeService], "海南中欧班列开行条件尚不具备。")).toEqual([]);
    expect(relationsBy([placeService], "海南中欧班列开通遥遥无期。")).toEqual([]);
    expect(relationsBy([placeService], "青海中欧班列开行？专家称条件尚不成熟。")).toEqual([]);
  });

  it("reads nothing when the running is a condition or awaited", () => {
    expect(relationsBy([placeService], "如果海南中欧班列开通，当地企业将受益。")).toEqual([]);
    expect(relationsBy([placeService], "一旦宁夏中欧班列开行，物流成本将下降。")).toEqual([]);
    expect(relationsBy([placeService], "企业都在等待甘肃中欧班列开通。")).toEqual([]);
    expect(relationsBy([placeService], "只要宁夏中欧班列开行，货源就不愁。")).toEqual([]);
    expect(relationsBy([placeService], "预计明年海南中欧班列开通。")).toEqual([]);
    expect(relationsBy([placeService], "在河北中欧班列开行之前，货物多走海运。")).toEqual([]);
  });

  it("reads nothing when another subject uses the place's service", () => {
    expect(relationsBy([placeService], "四川企业借道重庆中欧班列发运货物至欧洲。")).toEqual([]);
    expect(relationsBy([placeService], "乌鲁木齐海关为江苏中欧班列开通绿色通道。")).toEqual([]);
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
    // a town whose catalogued crossing carries another name (its 口岸 Port has the town as parent)
    expect(relationsBy([placeService], "凭祥中欧班列今年开行超过一千列。")).toEqual([]);
    // 绥芬河 through its catalogued rail crossing 绥芬河铁路口岸 (review20l 5)
    expect(relationsBy([placeService], "绥芬河中欧班列今年开行超过一千列。")).toEqual([]);
    expect(relationsBy([placeService], "绥芬河中欧班列开行两百列。")).toEqual([]);
  });

  it("keeps the home when a measure noun, state word or spelled count follows the run verb (review20l 1, 2)", () => {
    const home = ["CONNECTS:Corridor:中欧班列->Province:湖北省"];
    for (const t of [
      "湖北中欧班列开行量位居各省前列。",
      "湖北中欧班列开行数量再创新高。",
      "湖北中欧班列开行班次同比增长三成。",
      "湖北中欧班列开行的班次持续增加。",
      "湖北中欧班列开行频次达到每周十列。",
      "湖北中欧班列开行规模持续扩大。",
      "湖北中欧班列开行情况良好。",
      "湖北中欧班列开行稳定，货源充足。",
      "湖北中欧班列开行后，沿线仓库忙了起来。",
      "湖北中欧班列开行已满十年。",
      "湖北中欧班列开行上千列。",
      "湖北中欧班列开行数千列。",
      "湖北中欧班列开行破千列。",
      "湖北中欧班列开行首列回程班列。",
      "湖北中欧班列开行班列数量同比增长。",
      "湖北中欧班列开行质量不断提升。",
      "湖北中欧班列开行线路达二十条。",
      "湖北中欧班列开行量突破一千列。",
    ])
      expect(relationsBy([placeService], t), t).toEqual(home);
    // the verb still heads a noun of intent or rumour
    expect(relationsBy([placeService], "湖北中欧班列开行申请已经递交。")).toEqual([]);
    expect(relationsBy([placeService], "湖北中欧班列开通传闻不实。")).toEqual([]);
  });

  it("reads a frame word only right before the place, and 已/了 as done (review20l 3, 4)", () => {
    const home = ["CONNECTS:Corridor:中欧班列->Province:湖北省"];
    expect(relationsBy([placeService], "在湖北中欧班列开行五周年之际，各方齐聚一堂。")).toEqual(home);
    expect(relationsBy([placeService], "在湖北中欧班列累计开行一千列的带动下，外贸增长。")).toEqual(home);
    expect(relationsBy([placeService], "根据计划安排湖北中欧班列今年已开行五百列。")).toEqual(home);
    expect(relationsBy([placeService], "正如预计的那样湖北中欧班列今年开行超过一千列。")).toEqual(home);
    // still framed
    expect(relationsBy([placeService], "在湖北中欧班列开行前，货物多走海运。")).toEqual([]);
    expect(relationsBy([placeService], "如果湖北中欧班列明年开行三百列，运价会下降。")).toEqual([]);
    expect(relationsBy([placeService], "预计下月湖北中欧班列开通。")).toEqual([]);
    expect(relationsBy([placeService], "如果湖北中欧班列已开行，货主就会受益。")).toEqual([]);
    expect(relationsBy([placeService], "一旦湖北中欧班列开行了，运价就会下降。")).toEqual([]);
  });

  it("gives a place counting the service's train as one it dispatched CONNECTS (release 22)", () => {
    expect(relationsBy([placeService], "这是江苏2024年开出的首趟中欧班列。")).toEqual([
      "CONNECTS:Corridor:中欧班列->Province:江苏省",
    ]);
    expect(relationsBy([placeService], "这是湖南省今年发出的第5列定制化中欧班列。")).toEqual([
      "CONNECTS:Corridor:中欧班列->Province:湖南省",
    ]);
    // (a border-crossing town, a place after a list, a tourist train, a place not before the count)
    expect(relationsBy([placeService], "这是满洲里开出的第十列中欧班列。")).toEqual([]);
    expect(relationsBy([placeService], "这是河南开出的首趟旅游专列。")).toEqual([]);
    expect(relationsBy([placeService], "记者在江苏看到发出的首趟中欧班列。")).toEqual([]);
    // (a question asks whether the place dispatched it)
    expect(relationsBy([placeService], "这是湖北开出的首趟中欧班列吗？")).toEqual([]);
    expect(relationsBy([placeService], "难道这是四川发出的第一列中欧班列？")).toEqual([]);
  });

  it("gives each place of a list counting the train as one it dispatched CONNECTS (release 22)", () => {
    expect(relationsBy([placeService], "山东、河南开出的首趟中欧班列同日抵达。")).toEqual([
      "CONNECTS:Corridor:中欧班列->Province:山东省",
      "CONNECTS:Corridor:中欧班列->Province:河南省",
    ]);
    expect(relationsBy([placeService], "据悉，江西和湖南今年发出的第一列中欧班列均已抵达。")).toEqual([
      "CONNECTS:Corridor:中欧班列->Province:江西省",
      "CONNECTS:Corridor:中欧班列->Province:湖南省",
    ]);
    // (a list after a route mark is a list of stops)
    expect(relationsBy([placeService], "货物经由山东、河南开出的首趟中欧班列运抵欧洲。")).toEqual([]);
  });

  it("reads a month and day after the year, a modifier closed by 的, and a question asking when (release 22, mend after review22j)", () => {
    const found: [string, string][] = [
      ["这是湖南2023年12月开出的首趟中欧班列。", "Province:湖南省"],
      ["江西2024年3月5日发出的首列中欧班列驶向莫斯科。", "Province:江西省"],
      ["这是天津开出的首趟满载新能源汽车的中欧班列。", "Province:天津市"],
      ["四川开出的首趟装载电子产品的中欧班列顺利抵达。", "Province:四川省"],
      ["河南开出的首趟中欧班列何时抵达？", "Province:河南省"],
    ];
    for (const [x, place] of found)
      expect(relationsBy([placeService], x), x).toEqual([`CONNECTS:Corridor:中欧班列->${place}`]);
    // (a yes/no question asks whether the place dispatched it)
    for (const x of [
      "这是广东开出的首趟中欧班列吗？",
      "这是不是吉林开出的首趟中欧班列？",
      "这是否是浙江开出的首趟中欧班列？",
    ])
      expect(relationsBy([placeService], x), x).toEqual([]);
  });
});
