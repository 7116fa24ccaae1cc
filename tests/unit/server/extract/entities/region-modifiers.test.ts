import { describe, expect, it } from "vitest";
import { idsBy } from "../../../../support/rules";

// Runs after overlap resolution: a landmass's short form right before a compound head qualifies that noun.
describe("landmass short forms as modifiers (entities/region-modifiers.ts)", () => {
  it("drops the short form that qualifies a region, a route or a pair of continents", () => {
    expect(idsBy([], "这是两国与欧亚地区国家签署的首份协定。")).not.toContain("Country:亚欧大陆");
    expect(idsBy([], "一条全新的欧亚联运通道今天开通。")).not.toContain("Country:亚欧大陆");
    expect(idsBy([], "这座城市地处欧亚两洲交界。")).not.toContain("Country:亚欧大陆");
  });

  it("keeps the landmass written alone or in full", () => {
    expect(idsBy([], "班列贯通欧亚，运来葡萄酒。")).toContain("Country:亚欧大陆");
    expect(idsBy([], "铁路连通欧亚的物流网络。")).toContain("Country:亚欧大陆");
    expect(idsBy([], "货物运往欧亚大陆地区。")).toContain("Country:亚欧大陆");
  });

  it("keeps other places before the same heads (other topics)", () => {
    // a tourist region, a country's market, a city's cooperation
    expect(idsBy([], "欧洲地区的游客人数回升。")).toContain("Country:欧洲");
    expect(idsBy([], "越南市场的咖啡价格上涨。")).toContain("Country:越南");
    expect(idsBy([], "泰国合作社出口大米。")).toContain("Country:泰国");
  });
});
