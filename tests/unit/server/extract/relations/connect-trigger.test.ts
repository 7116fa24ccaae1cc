import { describe, expect, it } from "vitest";
import { connectTrigger } from "../../../../../server/extract/relations/connect-trigger";
import { relationsBy } from "../../../../support/rules";

// Invented sentences; relations as "TYPE:source->target", this rule only.
describe("relation rule connect-trigger", () => {
  it("connects a service to the places after its trigger", () => {
    const found = relationsBy([connectTrigger], "中欧班列直达德国和波兰。");
    expect(found).toContain("CONNECTS:Corridor:中欧班列->Country:德国");
    expect(found).toContain("CONNECTS:Corridor:中欧班列->Country:波兰");
  });

  it("reads 覆盖 as reaching the places listed after it, not a coverage of the whole country", () => {
    expect(relationsBy([connectTrigger], "中老铁路开通三年，货物运输已覆盖泰国、柬埔寨等国家。")).toEqual([
      "CONNECTS:Corridor:中老铁路->Country:泰国",
      "CONNECTS:Corridor:中老铁路->Country:柬埔寨",
    ]);
  });

  it("reads every trigger of the stretch, each with the places of its own clause (联通, 直通)", () => {
    const s = "中欧班列目前连通波兰、匈牙利的二十多个城市，并直通奥地利。";
    expect(relationsBy([connectTrigger], s)).toEqual([
      "CONNECTS:Corridor:中欧班列->Country:波兰",
      "CONNECTS:Corridor:中欧班列->Country:匈牙利",
      "CONNECTS:Corridor:中欧班列->Country:奥地利",
    ]);
  });

  it("reads a coverage verb only with the corridor as its subject and the places right after it", () => {
    const none = [
      "中欧班列运输的货物品类覆盖汽车、电子产品，客户覆盖德国、法国企业。",
      "中欧班列开行的新闻发布会通过网络直播覆盖德国、法国等国观众。",
      "西部陆海新通道的政策红利覆盖重庆、四川等省市。",
      "中老铁路沿线的移动网络已联通老挝各地。",
      "中欧班列直通车服务让德国客户满意。",
      "中欧班列的开行为企业打开了通向欧洲市场的大门。",
      "中欧班列线路已覆盖多个国家和地区，货物最远运至西班牙。",
    ];
    for (const s of none) expect(relationsBy([connectTrigger], s), s).toEqual([]);
  });

  it("reads the trigger in a later clause while the corridor stays the subject", () => {
    expect(relationsBy([connectTrigger], "中欧班列缓缓驶出站台，奔赴欧洲各地。")).toEqual([
      "CONNECTS:Corridor:中欧班列->Country:欧洲",
    ]);
    expect(relationsBy([connectTrigger], "中欧班列缓缓驶出站台，广西企业发往越南的货物增加。")).toEqual([]);
  });

  it("gives a later clause's destination to the corridor that opened it, not one named inside", () => {
    const s = "中欧班列（成渝）去年开行五千列，约占全国中欧班列总量的三成，线路通达欧洲多国。";
    expect(relationsBy([connectTrigger], s)).toEqual(["CONNECTS:Corridor:中欧班列（成渝）->Country:欧洲"]);
  });

  it("puts a port the corridor reaches on it (ON_CORRIDOR), not as a place it connects", () => {
    expect(relationsBy([connectTrigger], "中欧班列直达宁波港和波兰。")).toEqual([
      "ON_CORRIDOR:Port:宁波港->Corridor:中欧班列",
      "CONNECTS:Corridor:中欧班列->Country:波兰",
    ]);
  });

  it("reads the ends a corridor reaches on each side (东连A、西接B)", () => {
    expect(relationsBy([connectTrigger], "中欧班列搭建起东连日本、西接欧洲的物流通道。")).toEqual([
      "CONNECTS:Corridor:中欧班列->Country:日本",
      "CONNECTS:Corridor:中欧班列->Country:欧洲",
    ]);
    // a corridor joining other corridors connects no place
    expect(
      relationsBy([connectTrigger], "西部陆海新通道向北接上丝绸之路经济带，向南连通长江经济带。"),
    ).toEqual([]);
  });

  it("gives a later trigger to the clause's subject, not to a corridor listed after an opening verb", () => {
    const s = "该陆港先后开通了南亚、西部陆海新通道、中亚三个方向的班列，可通达欧洲多个城市。";
    expect(relationsBy([connectTrigger], s)).toEqual([]);
    // a corridor listed as the subject keeps the trigger
    expect(relationsBy([connectTrigger], "西部陆海新通道、中亚班列加快发展，可通达欧洲多个城市。")).toContain(
      "CONNECTS:Corridor:西部陆海新通道->Country:欧洲",
    );
  });

  it("reads nothing for a corridor that is the object of a verb of its own clause (作为, 位于, 完善, 让, 使)", () => {
    const none = [
      "霍尔果斯作为中欧班列的重要口岸，如今成为连接哈萨克斯坦的桥头堡。",
      "这座小城位于西部陆海新通道南端，背靠大西南，面向越南。",
      "这个项目将完善中老铁路配套设施，形成昆明通往老挝的物流网络。",
      "这次展会让中欧班列的客户走向泰国市场。",
      "新政策使中老铁路的货主直达泰国。",
    ];
    for (const s of none) expect(relationsBy([connectTrigger], s), s).toEqual([]);
  });

  it("keeps a corridor heading a 的-phrase, or followed at once by its verb, as the subject", () => {
    expect(relationsBy([connectTrigger], "作为陆路主干线的中欧班列直达德国。")).toEqual([
      "CONNECTS:Corridor:中欧班列->Country:德国",
    ]);
    expect(relationsBy([connectTrigger], "这座小城位于中欧班列直达波兰的线路上。")).toEqual([
      "CONNECTS:Corridor:中欧班列->Country:波兰",
    ]);
    expect(relationsBy([connectTrigger], "喀什作为中吉乌铁路通往吉尔吉斯斯坦的起点备受关注。")).toEqual([
      "CONNECTS:Corridor:中吉乌铁路->Country:吉尔吉斯斯坦",
    ]);
  });

  it("keeps the corridor the subject after 即使 or a verb far back in the clause", () => {
    expect(relationsBy([connectTrigger], "即使在冬季中欧班列也直达德国。")).toEqual([
      "CONNECTS:Corridor:中欧班列->Country:德国",
    ]);
    expect(relationsBy([connectTrigger], "位于城市北部的物流园里中欧班列今天直达波兰。")).toEqual([
      "CONNECTS:Corridor:中欧班列->Country:波兰",
    ]);
  });
  it("reads no region naming the class of the place after it (欧洲国家德国), as routes does", () => {
    expect(relationsBy([connectTrigger], "中欧班列从长沙出发，经过俄罗斯，抵达欧洲国家德国。")).toEqual([
      "CONNECTS:Corridor:中欧班列->Country:德国",
    ]);
  });
  it("reads the corridor's own cross-border or international freight (跨境货物运输, 国际货运网络) as the subject of 覆盖", () => {
    const found = relationsBy([connectTrigger], "中老铁路跨境货物运输目前已覆盖柬埔寨、马来西亚等6个国家。");
    expect(found).toContain("CONNECTS:Corridor:中老铁路->Country:柬埔寨");
    expect(found).toContain("CONNECTS:Corridor:中老铁路->Country:马来西亚");
    expect(relationsBy([connectTrigger], "中欧班列国际货运网络已覆盖匈牙利。")).toEqual([
      "CONNECTS:Corridor:中欧班列->Country:匈牙利",
    ]);
    const none = [
      "中欧班列开通后，跨境电商的快递业务已覆盖匈牙利。",
      "中老铁路沿线的跨境支付已覆盖柬埔寨商户。",
      "中欧班列国际论坛的直播信号覆盖马来西亚观众。",
    ];
    for (const s of none) expect(relationsBy([connectTrigger], s), s).toEqual([]);
  });
});
