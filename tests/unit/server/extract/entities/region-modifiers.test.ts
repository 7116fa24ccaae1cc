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

  it("keeps the landmass after a verb of reach when 合作, 国家 or 市场 opens the next phrase", () => {
    expect(idsBy([], "新线横贯欧亚合作前景广阔。")).toContain("Country:亚欧大陆");
    expect(idsBy([], "铁路连通欧亚市场反应积极。")).toContain("Country:亚欧大陆");
    // without the verb the head is still read as the noun the short form qualifies
    expect(idsBy([], "双方推进欧亚合作项目。")).not.toContain("Country:亚欧大陆");
  });
});
