import { describe, expect, it } from "vitest";
import { routes } from "../../../../../server/extract/relations/routes";
import { relationsBy } from "../../../../support/rules";

// Invented sentences; relations as "TYPE:source->target", the route rule that reads the chain.
describe("dash-joined chain of places after a service's name (route-chain.ts)", () => {
  it("connects the service to every place of a chain in brackets after its name", () => {
    const found = relationsBy([routes], "这趟中欧班列长安号（西安—塔什干—阿拉木图）班列当天开出。");
    expect(found).toContain("CONNECTS:Corridor:中欧班列长安号->City:西安");
    expect(found).toContain("CONNECTS:Corridor:中欧班列长安号->City:塔什干");
    expect(found).toContain("CONNECTS:Corridor:中欧班列长安号->City:阿拉木图");
  });

  it("reads the chain when one member is a name no rule knows", () => {
    const found = relationsBy([routes], "据悉，中欧班列（甲乙丙—西安—阿拉木图）线路今年开通。");
    expect(found).toContain("CONNECTS:Corridor:中欧班列->City:西安");
    expect(found).toContain("CONNECTS:Corridor:中欧班列->City:阿拉木图");
  });

  it("reads the chain after the nearest mention of the service, and 至 inside brackets", () => {
    const a = relationsBy([routes], "中老铁路运量增长，首趟中老铁路（成都—万象）国际货运列车开行。");
    expect(a).toContain("CONNECTS:Corridor:中老铁路->City:成都");
    expect(a).toContain("CONNECTS:Corridor:中老铁路->City:万象");
    const b = relationsBy([routes], "首班中欧班列（中国郑州至波兰华沙）驶出车站。");
    expect(b).toContain("CONNECTS:Corridor:中欧班列->City:郑州");
    expect(b).toContain("CONNECTS:Corridor:中欧班列->City:华沙");
  });

  it("reads destinations listed with 、 after the dash, not a list with no dash", () => {
    const found = relationsBy([routes], "首趟中欧班列（成都—汉堡、华沙、布达佩斯）今日发车。");
    expect(found).toContain("CONNECTS:Corridor:中欧班列->City:汉堡");
    expect(found).toContain("CONNECTS:Corridor:中欧班列->City:华沙");
    expect(found).toContain("CONNECTS:Corridor:中欧班列->City:布达佩斯");
  });

  it("reads no chain that other words interrupt, nor a dash pair in another clause", () => {
    expect(relationsBy([routes], "中欧班列运量增长，西安—咸阳城际铁路同日开通。")).toEqual([]);
    expect(relationsBy([routes], "中欧班列（今年第一百列）与西安—咸阳城际铁路同日开通。")).toEqual([]);
    expect(relationsBy([routes], "中欧班列服务西安、成都两地企业。")).toEqual([]);
    // a bracket that is no chain (a count, a list) gives nothing
    expect(relationsBy([routes], "中欧班列（西安、成都两地各十列）运行平稳。")).toEqual([]);
  });
  it("reads a chain after a train's count or number (第N次列车（X1234、A—B）), not after a year or an event", () => {
    const found = relationsBy([routes], "中欧班列第500列（X9021、长沙—布达佩斯）顺利发车。");
    expect(found).toContain("CONNECTS:Corridor:中欧班列->City:布达佩斯");
    const none = [
      "中欧班列(2025、长沙—株洲段扩能工程)今日开工。",
      "中欧班列第3次推介会（长沙—布达佩斯）在会展中心举行。",
      "中欧班列展（8801号展位、长沙—布达佩斯主题）吸引观众。",
    ];
    for (const text of none)
      expect(
        relationsBy([routes], text).filter((r) => r.includes("布达佩斯") || r.includes("株洲")),
        text,
      ).toEqual([]);
  });
});
