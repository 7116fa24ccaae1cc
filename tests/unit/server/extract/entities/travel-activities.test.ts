import { describe, expect, it } from "vitest";
import { extractDocument } from "../../../../../server/extract/index";

// Invented sentences. The filter runs in recognize.ts after the sector checks: a sector word that names
// what travellers do is no Industry.
const industries = (text: string) =>
  extractDocument("travel.txt", text)
    .mentions.filter((m) => m.node.startsWith("Industry:"))
    .map((m) => m.node);

describe("travellers' activities (entities/travel-activities.ts)", () => {
  it("drops a sector word after a verb of going, or after one and a place", () => {
    expect(industries("德国的居民周末常来旅游和购物。")).toEqual([]);
    expect(industries("许多法国人前往日本旅游，带动了客流。")).toEqual([]);
    expect(industries("这些韩国学生赴泰国旅游的热情很高。")).toEqual([]);
  });

  it("drops a sector word listed beside other purposes of a trip, or qualifying a trip's noun", () => {
    expect(industries("俄罗斯公民来华经商、旅游、探亲可免签。")).toEqual([]);
    expect(industries("一个来自英国的旅游团参观了港区。")).toEqual([]);
    expect(industries("对意大利来说，从旅游角度看这一政策很重要。")).toEqual([]);
  });

  it("keeps sectors after words that end in 来 or 去, and sector lists beside 商务 or 观光 names", () => {
    expect(industries("该片区近年来跨境电商、冷链物流发展迅速。")).toEqual(
      expect.arrayContaining(["Industry:跨境电商", "Industry:冷链物流"]),
    );
    expect(industries("该片区重点发展电子商务、文化旅游等产业。")).toEqual(
      expect.arrayContaining(["Industry:文化旅游"]),
    );
    expect(industries("该片区过去以冷链物流为主，未来将发展生物医药。")).toEqual(
      expect.arrayContaining(["Industry:冷链物流", "Industry:生物医药"]),
    );
    expect(industries("该片区发展冷链物流、留学服务等业务。")).toEqual(["Industry:冷链物流"]);
    expect(industries("该片区迎来跨境电商、数字贸易等新业态。")).toEqual(
      expect.arrayContaining(["Industry:跨境电商"]),
    );
  });

  it("drops a sector word that counts travellers or their spending", () => {
    expect(industries("去年日本的出境旅游人数达两千万人次。")).toEqual([]);
    expect(industries("德国是欧洲最大的出境旅游消费国。")).toEqual([]);
    expect(industries("泰国旅游者人均花费有所下降。")).toEqual([]);
  });

  it("keeps a sector beside one purpose with no traveller, and every sector a focus word governs", () => {
    expect(industries("该区积极发展免税购物、旅游等消费业态。")).toContain("Industry:旅游");
    expect(industries("重点发展旅游、购物、会展等服务业。")).toEqual(
      expect.arrayContaining(["Industry:旅游"]),
    );
    expect(industries("海南自贸港重点发展离岛免税购物、文化旅游和会展经济。")).toContain("Industry:文化旅游");
    expect(industries("片区重点发展教育培训、留学、会展等服务业。")).toContain("Industry:教育培训");
    expect(industries("该区鼓励金融从业者和跨境电商者入驻。")).toContain("Industry:跨境电商");
  });
});
