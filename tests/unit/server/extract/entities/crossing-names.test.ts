import { describe, expect, it } from "vitest";
import { ENTITY_RULES } from "../../../../../server/extract/entities/registry";
import { idsBy } from "../../../../support/rules";

// Invented sentences; ids of the Port mentions after overlaps are resolved (all rules, as the pipeline runs).
const portIds = (t: string) => idsBy([...ENTITY_RULES], t).filter((id) => id.startsWith("Port:"));

describe("entity rule crossing-names", () => {
  it("reads a crossing's name that holds a stop character (其, 都) up to the word before it", () => {
    expect(portIds("代表团先后考察了额布都格口岸和阿日哈沙特口岸。")).toEqual(
      expect.arrayContaining(["Port:额布都格口岸", "Port:阿日哈沙特口岸"]),
    );
    expect(portIds("冬日的某其乌拉口岸银装素裹。")).toEqual(["Port:某其乌拉口岸"]);
  });

  it("drops a bilateral pair or a glued preposition before the name, and keeps the longer name", () => {
    expect(portIds("中哈都拉塔口岸恢复客运通关。")).toEqual(["Port:都拉塔口岸"]);
    expect(portIds("游客经都拉塔口岸前往哈萨克斯坦。")).toEqual(["Port:都拉塔口岸"]);
    expect(portIds("中俄洛古河口岸年内开放。")).toEqual(["Port:洛古河口岸"]);
  });

  it("leaves a place-led name to the port rule (西藏日喀则市吉隆口岸 → 吉隆口岸)", () => {
    expect(portIds("记者驶入西藏日喀则市吉隆口岸。")).toEqual(["Port:吉隆口岸"]);
  });

  it("reads no name from an adverb or a pronoun before 口岸, nor from a class of ports (对俄口岸)", () => {
    expect(portIds("我们都在口岸工作了十年。")).toEqual([]);
    expect(portIds("他们其实都是口岸的常客。")).toEqual([]);
    expect(portIds("这些企业都依托口岸发展。")).toEqual([]);
    expect(portIds("该市其口岸功能不断完善。")).toEqual([]);
    expect(portIds("这些城市都有口岸。")).toEqual([]);
    expect(portIds("该省是全国第一大对俄口岸集群省份。")).toEqual([]);
  });

  it("reads no name from 我 and a level word before 口岸 (我州, 我盟, 我县: the speaker's own region)", () => {
    expect(portIds("近年来我州口岸过货量稳步增长。")).toEqual([]);
    expect(portIds("我盟口岸基础设施建设提速。")).toEqual([]);
    expect(portIds("我县口岸通关环境持续优化。")).toEqual([]);
  });

  it("reads the kind of port before 口岸 from the lexicon (航空, 水运: a name of up to six characters before it)", () => {
    expect(portIds("代表团考察了某都格乌拉航空口岸。")).toEqual(["Port:某都格乌拉航空口岸"]);
    expect(portIds("游客经额布都格乌拉水运口岸入境。")).toEqual(["Port:额布都格乌拉水运口岸"]);
    expect(portIds("他们其实都是航空口岸的常客。")).toEqual([]);
  });
});
