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

  it("reads nothing with no place in the list, and stops at a waterway", () => {
    expect(ids("船舶挂靠塔库里、贝洛瓦等港口。").filter((i) => i.startsWith("Port:"))).toEqual([]);
    const got = ids("航线途经巴拿马运河、新加坡等港口。");
    expect(got.some((i) => i.includes("运河港"))).toBe(false);
    // a counted or generic item is no name
    expect(ids("新加坡、多个等港口。").filter((i) => i.startsWith("Port:"))).toEqual([]);
  });
});
