import { describe, expect, it } from "vitest";
import { idsBy } from "../../../../support/rules";

// Runs after overlap resolution: a place in brackets inside a name that goes on to a park, zone, office or centre.
describe("places qualifying a name in brackets (entities/bracketed-qualifiers.ts)", () => {
  it("drops the bracketed place and the place written right before the bracket", () => {
    const park = idsBy([], "四川（泸州）临港物流园今年新增仓库两座。");
    expect(park).not.toContain("City:泸州");
    expect(park).not.toContain("Province:四川省");
    expect(idsBy([], "青禾冷链（洛阳）交易中心正在施工。")).not.toContain("City:洛阳");
    expect(idsBy([], "省政府驻非洲（内罗毕）商务办事处举行了推介会。")).not.toContain("City:内罗毕");
  });

  it("keeps a bracket that closes the name or is followed by a verb or a company form", () => {
    expect(idsBy([], "这家工厂建在泸州（四川），规模不大。")).toContain("City:泸州");
    expect(idsBy([], "青禾科技（洛阳）有限公司扩建了车间。")).toContain("City:洛阳");
    const glossed = idsBy([], "汕头（广东省）设立经济特区。");
    expect(glossed).toContain("City:汕头");
    expect(glossed).toContain("Province:广东省");
    expect(idsBy([], "班列从郑州出发，经（阿拉木图）转运到欧洲的物流中心。")).toContain("City:阿拉木图");
  });

  it("reads no generic place noun or clause after the bracket as a name (review21e)", () => {
    for (const text of [
      "公司位于哈萨克斯坦（阿拉木图）市中心。",
      "企业在越南（河内）地区投资建厂。",
      "工厂建在俄罗斯（莫斯科）郊区。",
      "班列抵达德国（杜伊斯堡）后分拨至欧洲各地区。",
    ]) {
      const ids = idsBy([], text);
      expect(ids.filter((id) => id.startsWith("City:"))).toHaveLength(1);
    }
  });

  it("ends the name at the longest zone head, so a break word inside it is none", () => {
    expect(idsBy([], "项目落户老挝（万象）赛色塔综合开发区。")).not.toContain("City:万象");
  });
});
