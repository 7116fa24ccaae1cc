import { describe, expect, it } from "vitest";
import { extractDocument } from "../../../../../server/extract/index";
import { marketEntry } from "../../../../../server/extract/relations/market-entry";
import { hasEdge } from "../../../../support/extracted";
import { relationsBy } from "../../../../support/rules";

// Invented sentences; relations as "TYPE:source->target", this rule only.
describe("relation rule market-entry", () => {
  it("makes the subject trade with each partner whose market it enters (开拓/进军…市场)", () => {
    expect(relationsBy([marketEntry], "新通道为四川企业开拓南亚市场提供了便利。")).toEqual([
      "COOPERATES_WITH:Province:四川省->Country:南亚",
    ]);
    expect(relationsBy([marketEntry], "厦门将帮助本地企业进军中东、非洲等新兴市场。")).toEqual([
      "COOPERATES_WITH:City:厦门->Country:中东",
      "COOPERATES_WITH:City:厦门->Country:非洲",
    ]);
  });

  it("gives nothing without a partner, without 市场, for China's market, for sides acting together or with no subject", () => {
    expect(relationsBy([marketEntry], "云南企业积极开拓国际市场。")).toEqual([]);
    expect(relationsBy([marketEntry], "浙江省将开拓东南亚的合作空间。")).toEqual([]);
    expect(relationsBy([marketEntry], "广西自贸试验区助力外资企业开拓中国市场。")).toEqual([]);
    expect(relationsBy([marketEntry], "钦州港与新加坡港将共同拓展中国和东盟市场。")).toEqual([]);
    expect(relationsBy([marketEntry], "中小企业对开拓东盟市场的路径缺乏了解。")).toEqual([]);
    // a place that only says where people come from or are registered
    expect(relationsBy([marketEntry], "浙江籍商人在迪拜设立商会，帮助企业开拓中东市场。")).toEqual([]);
    expect(relationsBy([marketEntry], "广东游客带回订单，帮助企业开拓泰国市场。")).toEqual([]);
  });

  it("takes a subject from an earlier clause only when it opens that clause", () => {
    expect(relationsBy([marketEntry], "福建省举办推介会，助力企业开拓中东市场。")).toEqual([
      "COOPERATES_WITH:Province:福建省->Country:中东",
    ]);
    expect(relationsBy([marketEntry], "目前，广东省加快布局，推动家电企业进军中东市场。")).toEqual([
      "COOPERATES_WITH:Province:广东省->Country:中东",
    ]);
    expect(relationsBy([marketEntry], "这条从成都出发的线路，将拓宽欧洲市场。")).toEqual([
      "COOPERATES_WITH:City:成都->Country:欧洲",
    ]);
    // a place inside an earlier clause (a locative, where goods start, an object) is no side
    expect(relationsBy([marketEntry], "货物在天津港集中装船，便利企业开拓中东市场。")).toEqual([]);
    expect(relationsBy([marketEntry], "这批轮胎从青岛港启运，将抢占非洲市场。")).toEqual([]);
    expect(relationsBy([marketEntry], "连接湖南的铁海联运通道，为企业开拓非洲市场提供支撑。")).toEqual([]);
    expect(relationsBy([marketEntry], "展会在昆明举办，帮助参展企业开拓南亚市场。")).toEqual([]);
  });

  it("reads modifiers before a clause-opening subject (来自甲省的…, 我国西部的甲省, 由甲省主办的…) and 在甲片区，…", () => {
    expect(relationsBy([marketEntry], "来自湖北的二十家企业签约，开拓中东市场。")).toEqual([
      "COOPERATES_WITH:Province:湖北省->Country:中东",
    ]);
    expect(relationsBy([marketEntry], "我国东北的吉林省出台措施，帮助企业开拓俄罗斯市场。")).toEqual([
      "COOPERATES_WITH:Province:吉林省->Country:俄罗斯",
    ]);
    expect(relationsBy([marketEntry], "地处西南的贵州省搭建平台，推动企业进入东盟市场。")).toEqual([
      "COOPERATES_WITH:Province:贵州省->Country:东盟",
    ]);
    expect(relationsBy([marketEntry], "由江西省主办的博览会，帮助企业开拓非洲市场。")).toEqual([
      "COOPERATES_WITH:Province:江西省->Country:非洲",
    ]);
    expect(
      relationsBy([marketEntry], "在浙江自贸试验区宁波片区，一批企业借助海铁联运开拓中东市场。"),
    ).toEqual(["COOPERATES_WITH:Area:宁波片区->Country:中东"]);
    // any short modifier ending in 的 with no locative or way word (与乙省相邻的, 作为农业大省的, 经济…的)
    expect(relationsBy([marketEntry], "与浙江相邻的安徽省出台政策，支持企业开拓韩国市场。")).toEqual([
      "COOPERATES_WITH:Province:安徽省->Country:韩国",
    ]);
    expect(relationsBy([marketEntry], "作为工业大省的江苏省举办展会，帮助企业开拓巴西市场。")).toEqual([
      "COOPERATES_WITH:Province:江苏省->Country:巴西",
    ]);
    expect(relationsBy([marketEntry], "经济总量居前的山东省搭建平台，推动企业开拓日本市场。")).toEqual([
      "COOPERATES_WITH:Province:山东省->Country:日本",
    ]);
    expect(relationsBy([marketEntry], "途经西安的中欧班列，帮助企业开拓德国市场。")).toEqual([]);
    expect(relationsBy([marketEntry], "发往青岛港的货物增加，帮助企业开拓韩国市场。")).toEqual([]);
    expect(relationsBy([marketEntry], "设在郑州的分拨中心，帮助企业开拓卢森堡市场。")).toEqual([]);
    // a speaker's origin, a port goods leave, a place after 在 inside its clause: no side
    expect(relationsBy([marketEntry], "来自上海的学者指出，企业应开拓拉美市场。")).toEqual([]);
    expect(relationsBy([marketEntry], "由天津港发往釜山的货物，帮助企业开拓韩国市场。")).toEqual([]);
    expect(relationsBy([marketEntry], "我国的企业在杭州签约，开拓欧洲市场。")).toEqual([]);
    expect(relationsBy([marketEntry], "来自泰国的客商在昆明采购，帮助企业开拓东盟市场。")).toEqual([]);
  });

  it("keeps an anaphor of the heading's subject (该片区, 本区), not the carried subject with no words here", () => {
    const g = extractDocument(
      "me-anaphor.txt",
      "中国（云南）自由贸易试验区昆明片区\n该片区积极帮助企业开拓南亚市场。",
    );
    expect(hasEdge(g, "COOPERATES_WITH:Area:昆明片区->Country:南亚")).toBe(true);
    const h = extractDocument("me-carried.txt", "青海省\n据悉，明年将组织企业开拓中亚市场。");
    expect(h.edges.filter((e) => e.type === "COOPERATES_WITH")).toEqual([]);
  });
});
