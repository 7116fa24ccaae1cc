import { describe, expect, it } from "vitest";
import { listedFirms } from "../../../../../server/extract/entities/listed-firms";
import { mentionsBy } from "../../../../support/rules";

// Invented sentences; mentions as "id@surface" after overlaps are resolved.
describe("entity rule listed-firms", () => {
  it("reads the firms listed before 等多家重点企业", () => {
    expect(mentionsBy([listedFirms], "吸引了赣锋、晶科能源、欧菲光等多家重点企业入驻。")).toEqual([
      "Organization:赣锋@赣锋",
      "Organization:晶科能源@晶科能源",
      "Organization:欧菲光@欧菲光",
    ]);
  });

  it("starts the first firm after a resultative 到 (吸引到…)", () => {
    expect(mentionsBy([listedFirms], "展会吸引到赣锋、欧菲光等多家知名企业参展。")).toEqual([
      "Organization:赣锋@赣锋",
      "Organization:欧菲光@欧菲光",
    ]);
  });

  it("reads firms before a count of firms whose noun comes a few words later, after 邀请 or 支持", () => {
    expect(mentionsBy([listedFirms], "论坛邀请了恒信、宏图资本等80多家本地及海外企业出席。")).toEqual([
      "Organization:恒信@恒信",
      "Organization:宏图资本@宏图资本",
    ]);
    expect(mentionsBy([listedFirms], "政策支持锦程汽车、川禾科技等企业扩产。")).toEqual([
      "Organization:锦程汽车@锦程汽车",
      "Organization:川禾科技@川禾科技",
    ]);
  });

  it("takes no park among the listed firms", () => {
    expect(mentionsBy([listedFirms], "引进了恒信、航空动力产业园等30余家骨干企业。")).toEqual([
      "Organization:恒信@恒信",
    ]);
  });

  it("reads carriers listed before 等…船公司 or 等物流商, the first after 与, 以及 or 继", () => {
    expect(mentionsBy([listedFirms], "码头方面正与澜舟、瑞帆通运等船公司商谈加密班次。")).toEqual([
      "Organization:澜舟@澜舟",
      "Organization:瑞帆通运@瑞帆通运",
    ]);
    expect(
      mentionsBy([listedFirms], "新仓引进了丰驰物流、捷途等物流商,以及海鸥船务、蓝鲸等大型船企业。"),
    ).toEqual([
      "Organization:丰驰物流@丰驰物流",
      "Organization:捷途@捷途",
      "Organization:海鸥船务@海鸥船务",
      "Organization:蓝鲸@蓝鲸",
    ]);
    expect(mentionsBy([listedFirms], "继鸿泰船务、远帆等国际船运公司之后又有新船挂靠。")).toEqual([
      "Organization:鸿泰船务@鸿泰船务",
      "Organization:远帆@远帆",
    ]);
  });

  it("reads carriers closed by a count of carriers after 由 (由A、B两家船公司联合运营)", () => {
    expect(mentionsBy([listedFirms], "这条支线由澜舟海运、瑞帆通运3家船公司轮流派船。")).toEqual([
      "Organization:澜舟海运@澜舟海运",
      "Organization:瑞帆通运@瑞帆通运",
    ]);
  });

  it("reads no common word or phrase listed before a carriers' noun", () => {
    expect(mentionsBy([listedFirms], "系统与货代、报关行等物流企业实现了数据互通。")).toEqual([]);
    expect(mentionsBy([listedFirms], "继油价上涨、舱位紧张等船公司普遍遇到的难题后,运价回落。")).toEqual([]);
    expect(mentionsBy([listedFirms], "老师与家长、社区等快递企业周边的居民开了座谈会。")).toEqual([]);
    expect(mentionsBy([listedFirms], "与集装箱、散货等船公司主业相比,邮轮业务规模较小。")).toEqual([]);
  });

  it("reads 由 as an opener only as a whole word (not 由于, 理由, 经由)", () => {
    expect(mentionsBy([listedFirms], "由于澜舟、瑞帆等船公司暂停挂靠,货主改走陆路。")).toEqual([
      "Organization:瑞帆@瑞帆",
    ]);
    expect(mentionsBy([listedFirms], "由于燃油、汇兑等航运公司面对的成本上升,运费走高。")).toEqual([]);
    expect(mentionsBy([listedFirms], "理由是澜舟、瑞帆等船公司尚未回复。")).toEqual([
      "Organization:瑞帆@瑞帆",
    ]);
    expect(mentionsBy([listedFirms], "这批货由澜舟、瑞帆等船公司分段承运。")).toEqual([
      "Organization:澜舟@澜舟",
      "Organization:瑞帆@瑞帆",
    ]);
  });

  it("takes no item holding a conjunction (两个名称由和/及连接)", () => {
    expect(mentionsBy([listedFirms], "由澜舟、瑞帆和鸿泰三家船公司轮流派船。")).toEqual([
      "Organization:澜舟@澜舟",
    ]);
    expect(mentionsBy([listedFirms], "码头与澜舟、瑞帆及鸿泰等船公司续签了协议。")).toEqual([
      "Organization:澜舟@澜舟",
    ]);
  });

  it("reads no list when the carriers' noun describes another noun (persons, 的, 所在, 密集)", () => {
    expect(mentionsBy([listedFirms], "座谈会邀请了周立、吴敏等物流企业负责人发言。")).toEqual([]);
    expect(mentionsBy([listedFirms], "由孙浩、钱悦两家快递公司的负责人签字确认。")).toEqual([]);
    expect(mentionsBy([listedFirms], "由阿强、阿明等快递公司员工上门取件。")).toEqual([]);
    expect(mentionsBy([listedFirms], "与湘江、赣江等航运企业密集的流域相比,运量偏低。")).toEqual([]);
    expect(mentionsBy([listedFirms], "如甲港、乙码头等航运企业所在地区的堆场。")).toEqual([]);
  });

  it("reads no count of carriers after a determiner or ordinal (这两家, 另两家, 第三家)", () => {
    expect(mentionsBy([listedFirms], "码头与澜舟、瑞帆这两家船公司续约。")).toEqual([]);
    expect(mentionsBy([listedFirms], "由澜舟、瑞帆另两家船公司接手运力。")).toEqual([]);
    expect(mentionsBy([listedFirms], "由买方、卖方与第三家物流公司共同确认。")).toEqual([]);
  });

  it("takes no route or train among the carriers (某某航线, 某某号)", () => {
    expect(mentionsBy([listedFirms], "与蓝鲸号、白鹭号等物流企业合作开行班列。")).toEqual([]);
  });

  it("keeps a lone common word among more proper names as a brand, but not two of them", () => {
    expect(mentionsBy([listedFirms], "由澜舟速运、大象、瑞帆通运3家快递公司分片派送。")).toEqual([
      "Organization:澜舟速运@澜舟速运",
      "Organization:大象@大象",
      "Organization:瑞帆通运@瑞帆通运",
    ]);
    expect(mentionsBy([listedFirms], "与澜舟速运、大象等快递公司合作。")).toEqual([
      "Organization:澜舟速运@澜舟速运",
    ]);
    expect(mentionsBy([listedFirms], "与仓库、车辆、瑞帆通运等物流企业对接。")).toEqual([
      "Organization:瑞帆通运@瑞帆通运",
    ]);
  });
});
