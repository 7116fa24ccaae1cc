import { describe, expect, it } from "vitest";
import { extractDocument } from "../../../../../server/extract/index";

// Invented sentences. The filter runs per passage in document.ts: a pair of parties (两国, 双方, 中X两国, 中X边贸)
// that is the subject of a sector's clause or owns the sector makes it something the two do together.
const industries = (text: string) =>
  extractDocument("pairs.txt", text)
    .mentions.filter((m) => m.node.startsWith("Industry:"))
    .map((m) => m.node);

describe("sectors of two parties (entities/pair-sectors.ts)", () => {
  it("drops sectors two parties do together, named before them in their clause", () => {
    expect(industries("泰国总理表示，新航线将有力推动中泰两国冷链物流产业发展。")).toEqual([]);
    expect(industries("老挝官员指出，公路通车将促进中老边贸和旅游业发展。")).toEqual([]);
    expect(industries("双方将推动德国汉堡的光伏、汽车等产业与中国的数字经济等产业对接。")).toEqual([]);
    expect(industries("柬埔寨官员表示，中柬双方将推动冷链物流、跨境电商产业对接。")).toEqual([]);
    expect(industries("会谈中，两国同意共同推动新能源汽车产业发展。")).toEqual([]);
    // the pair owns a whole list
    expect(industries("泰国与马来西亚两国的橡胶产业和旅游业发展迅速。")).toEqual([]);
  });

  it("drops them when parties joined by 与/和 open the clause before the pair (mend)", () => {
    expect(industries("越南与泰国两国将在渔业加工、跨境电商等产业加强合作。")).toEqual([]);
    expect(industries("江西和海南两地将在茶叶加工、农产品加工等产业开展对口合作。")).toEqual([]);
  });

  it("keeps them when a zone is named in the clause, or when the pair is in another clause", () => {
    expect(industries("南沙新区与澳门双方将重点发展跨境电商产业。")).toContain("Industry:跨境电商");
    expect(industries("两国签署协议后，德国将大力发展光伏产业。")).toContain("Industry:光伏");
  });

  it("keeps them when the pair only qualifies something else and a place states the focus (mend)", () => {
    expect(industries("云南将依托中缅两国的通道优势重点发展跨境物流和边境旅游。")).toEqual(
      expect.arrayContaining(["Industry:跨境物流", "Industry:边境旅游"]),
    );
    expect(industries("瑞丽市充分利用中缅边贸优势大力发展现代物流和加工贸易。")).toContain(
      "Industry:现代物流",
    );
    expect(industries("位于中缅两国交界处的瑞丽市重点发展珠宝加工和边境旅游。")).toEqual(
      expect.arrayContaining(["Industry:珠宝加工", "Industry:边境旅游"]),
    );
    expect(industries("珠海市在两地合作机制下重点发展海洋经济和跨境电商。")).toEqual(
      expect.arrayContaining(["Industry:海洋经济", "Industry:跨境电商"]),
    );
  });

  it("keeps them with a zone word in the clause, in a name, and after a region (mend)", () => {
    expect(industries("该片区与柬埔寨双方将重点发展冷链物流产业。")).toContain("Industry:冷链物流");
    expect(industries("红河片区设立以来发展迅速。片区与越南双方将共同推动跨境电商产业发展。")).toContain(
      "Industry:跨境电商",
    );
    expect(industries("“两国双园”项目重点发展生物医药、新材料产业。")).toEqual(
      expect.arrayContaining(["Industry:生物医药", "Industry:新材料"]),
    );
    expect(industries("中亚三国的光伏产业发展迅速。")).toContain("Industry:光伏");
  });
});
