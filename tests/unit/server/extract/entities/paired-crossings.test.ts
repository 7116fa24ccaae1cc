import { describe, expect, it } from "vitest";
import { ENTITY_RULES } from "../../../../../server/extract/entities/registry";
import { idsBy } from "../../../../support/rules";

// Invented sentences; ids of the Port mentions after overlaps are resolved (all rules, as the pipeline runs).
const portIds = (t: string) => idsBy([...ENTITY_RULES], t).filter((id) => id.startsWith("Port:"));

describe("entity rule paired-crossings", () => {
  it("reads both sides of a crossing written with its counterpart (A-B口岸)", () => {
    expect(portIds("今年木材经阿腾科里-霍尔果斯口岸入境。")).toEqual(
      expect.arrayContaining(["Port:阿腾科里口岸", "Port:霍尔果斯口岸"]),
    );
    expect(portIds("双方商定开通卡拉苏-伊尔克什坦公路口岸货运通道。")).toEqual(
      expect.arrayContaining(["Port:卡拉苏口岸", "Port:伊尔克什坦公路口岸"]),
    );
  });

  it("drops a bilateral pair before the first side and keeps 国际 in the second (中越甲乙——丙丁国际口岸)", () => {
    expect(portIds("中越友谊关——友谊国际口岸货运专用通道开通。")).toEqual(
      expect.arrayContaining(["Port:友谊关口岸", "Port:友谊国际口岸"]),
    );
  });

  it("reads no crossing from a route's origin, a framework or a description before the dash", () => {
    expect(portIds("货车经昆明—磨憨口岸出境。")).not.toContain("Port:昆明口岸");
    expect(portIds("班列从成都—霍尔果斯口岸出境后驶往欧洲。")).not.toContain("Port:成都口岸");
    expect(portIds("中国—东盟口岸合作论坛在南宁举行。")).toEqual([]);
    expect(portIds("研讨会讨论了智慧-数字口岸的建设。")).toEqual([]);
    expect(portIds("沿边-内陆口岸联动发展格局逐步形成。")).toEqual([]);
    expect(portIds("北京-天津口岸通关一体化改革启动。")).toEqual([]);
  });

  it("reads no crossing from common words on either side of a dash (time words, verbs, adjectives, abbreviations)", () => {
    const firstSides = [
      ["办事大厅开放时间为周二-周六口岸联检时段。", "Port:周二口岸"],
      ["各地推动报关-仓储口岸协同发展。", "Port:报关口岸"],
      ["着力营造透明-高效口岸营商环境。", "Port:透明口岸"],
      ["坚持先试点后推广-分类推进口岸开放。", "Port:先试点后推广口岸"],
      ["实行边检-海事口岸联合查验。", "Port:边检口岸"],
    ];
    for (const [t, id] of firstSides) expect(portIds(t as string)).not.toContain(id);
    expect(portIds("推进旅客-行李口岸分类监管。")).not.toContain("Port:旅客口岸");
  });

  it("reads a pair of short sides when a side is a place word, even one the catalog lacks (东兴/ns)", () => {
    expect(portIds("东兴-芒街口岸实现货物快速通关。")).toEqual(
      expect.arrayContaining(["Port:东兴口岸", "Port:芒街口岸"]),
    );
    expect(portIds("线下-线上口岸业务协同。")).not.toContain("Port:线下口岸");
  });

  it("reads no pair from two short sides that are common words, nor a first side after a modifier (一大重镇)", () => {
    for (const [t, id] of [
      ["线上-线下口岸服务全面融合。", "Port:线上口岸"],
      ["抖音-快手口岸直播带货火热。", "Port:抖音口岸"],
      ["冷链-医药口岸查验标准统一。", "Port:冷链口岸"],
      ["向北开放的另一大重镇——满洲里口岸加速转型。", "Port:重镇口岸"],
    ])
      expect(portIds(t as string)).not.toContain(id);
  });

  it("starts the first side after a partner's 方 and after a clause verb or adverb", () => {
    expect(portIds("蒙方某其格图-珠恩嘎达布其口岸年过货量突破百万吨。")).toContain("Port:某其格图口岸");
    expect(portIds("哈方阿腾科里-某某斯铁路口岸扩能。")).toContain("Port:阿腾科里口岸");
    expect(portIds("双方商定年内开放霍洛布尔-宁沟口岸。")).toContain("Port:霍洛布尔口岸");
    expect(portIds("会议并未讨论卡纳斯—吉木乃口岸的扩建问题。")).toContain("Port:卡纳斯口岸");
  });
});
