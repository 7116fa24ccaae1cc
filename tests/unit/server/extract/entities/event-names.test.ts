import { describe, expect, it } from "vitest";
import { idsBy } from "../../../../support/rules";

// Runs after overlap resolution: a place that opens the name of a fair, forum or summit names the event.
describe("places inside the names of events (entities/event-names.ts)", () => {
  it("drops a place that opens an event's name, dashes of a bilateral name included", () => {
    const ids = idsBy([], "第三届中国—中亚博览会在西安开幕。");
    expect(ids).not.toContain("Country:中国");
    expect(ids).not.toContain("Country:中亚");
    expect(ids).toContain("City:西安");
    expect(idsBy([], "首届中国国际服务贸易交易会于九月举行。")).not.toContain("Country:中国");
    expect(idsBy([], "老挝投资论坛今天在万象召开。")).not.toContain("Country:老挝");
  });

  it("reads 投洽会 (a fair of investment and trade) as an event head: the place opening it is inside the name", () => {
    expect(idsBy([], "湖南投洽会期间共签约项目二十个。")).not.toContain("Province:湖南省");
    // an edition alone opens no name: the place after it stays when other words follow (persons, a ceremony)
    expect(idsBy([], "第十届湖南省政协委员参加了博览会开幕式。")).toContain("Province:湖南省");
    expect(idsBy([], "首届老挝留学生毕业典礼与企业家论坛同日举行。")).toContain("Country:老挝");
  });

  it("keeps a place whose own phrase ends before the head (a verb, a particle, a conjunction)", () => {
    expect(idsBy([], "泰国企业参加博览会并签下订单。")).toContain("Country:泰国");
    expect(idsBy([], "柬埔寨与越南在峰会上签署协议。")).toContain("Country:柬埔寨");
    expect(idsBy([], "老挝代表团出席论坛开幕式。")).toContain("Country:老挝");
  });

  it("keeps a place followed by any word that is not part of an event's name (a verb, a subject noun)", () => {
    expect(idsBy([], "中国高度重视博览会的筹办工作。")).toContain("Country:中国");
    expect(idsBy([], "美国缺席峰会。")).toContain("Country:美国");
    expect(idsBy([], "德国企业看好博览会带来的商机。")).toContain("Country:德国");
    expect(idsBy([], "印度尼西亚政府重视峰会成果。")).toContain("Country:印度尼西亚");
    // whole words only: 未来 holds 来, 同 joins two parties
    expect(idsBy([], "中国未来产业论坛在北京举行。")).toContain("Country:中国");
    expect(idsBy([], "中国同东盟博览会合作多年。")).toContain("Country:中国");
  });

  it("keeps places of other topics that share the head", () => {
    // a tourist's purchase, a cook's show, a speech at a city's forum
    expect(idsBy([], "马来西亚游客在展览会上买了榴莲。")).toContain("Country:马来西亚");
    expect(idsBy([], "几位印度尼西亚厨师来博览会表演厨艺。")).toContain("Country:印度尼西亚");
    expect(idsBy([], "他在成都的论坛上谈起了熊猫。")).toContain("City:成都");
  });
});
