import { describe, expect, it } from "vitest";
import { ENTITY_RULES } from "../../../../../server/extract/entities/registry";
import { idsBy } from "../../../../support/rules";

// Invented sentences; the whole entity pipeline (the rule reads the places found by the rules before it).
describe("entity rule place-port-lists", () => {
  const ids = (t: string) => idsBy([...ENTITY_RULES], t);

  it("reads an unseen name in a list of places before 等港口 as a port, X港", () => {
    const got = ids("航线经停新加坡、科伦坡、塔库里、贝洛瓦等港口。");
    expect(got).toContain("Port:塔库里港");
    expect(got).toContain("Port:贝洛瓦港");
  });

  it("reads the last item after 和 next to a place, with or without 等", () => {
    expect(ids("船舶挂靠澳大利亚悉尼和塔库里等港口。")).toContain("Port:塔库里港");
    expect(ids("船舶挂靠西班牙的巴塞罗那和贝洛瓦港口。")).toContain("Port:贝洛瓦港");
  });

  it("reads nothing with no place in the list, nor a waterway", () => {
    expect(ids("船舶挂靠塔库里、贝洛瓦等港口。").filter((i) => i.startsWith("Port:"))).toEqual([]);
    const got = ids("航线途经巴拿马运河、新加坡等港口。");
    expect(got.some((i) => i.includes("运河港"))).toBe(false);
    // near miss (no guard of its own: a waterway is a generic item) — no 塔库里海峡港
    expect(ids("航线途经塔库里海峡、新加坡等港口。").some((i) => i.includes("海峡港"))).toBe(false);
    // a counted or generic item is no name
    expect(ids("新加坡、多个等港口。").filter((i) => i.startsWith("Port:"))).toEqual([]);
  });

  it("reads no port from a place with words after it, nor from countries' short names", () => {
    const ports = (t: string) => ids(t).filter((i) => i.startsWith("Port:"));
    // 大连两大: a known place opening the item, the place keeps its own reading
    expect(ports("往返天津、大连两大港口的班轮增加。")).toEqual([]);
    expect(ids("往返天津、大连两大港口的班轮增加。")).toContain("City:大连");
    expect(ports("销往印度、泰国等国港口的钢材增加。")).toEqual([]);
    // 日韩: a group of countries
    expect(ports("越南、日韩等港口运价上涨。")).toEqual([]);
  });

  it("reads a place ending in 河 or 湾 as a place of the list, not a waterway", () => {
    expect(ids("货物运往台湾、塔库里等港口。")).toContain("Port:塔库里港");
  });
});
