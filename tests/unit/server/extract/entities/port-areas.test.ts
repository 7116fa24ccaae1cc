import { describe, expect, it } from "vitest";
import { ENTITY_RULES } from "../../../../../server/extract/entities/registry";
import { idsBy } from "../../../../support/rules";

const ports = (text: string) => idsBy([...ENTITY_RULES], text).filter((i) => i.startsWith("Port:"));

// Invented sentences; the whole entity pipeline (the rule reads the cities found by the rules before it).
describe("entity rule port-areas", () => {
  it("reads a list of three or more port areas, each as written", () => {
    const got = ports("港口布局扩大到如今的金沙港区、河西港区、老城港区和滨江港区。");
    expect(got).toEqual(
      expect.arrayContaining(["Port:金沙港区", "Port:河西港区", "Port:老城港区", "Port:滨江港区"]),
    );
    expect(ports("新开放口岸包括：东湖石门港区、南岸沙坪港区、西林白马港区。")).toContain(
      "Port:南岸沙坪港区",
    );
  });

  it("reads one area after a city, the city left out of its name", () => {
    const got = idsBy([...ENTITY_RULES], "宁波北仑港区集装箱吞吐量创新高。");
    expect(got).toContain("Port:北仑港区");
    expect(got).toContain("City:宁波");
  });

  it("reads no list of two, no zone or kind before 港区, no area inside a port's name", () => {
    expect(ports("连云港分为南翼的徐圩港区和灌河港区。")).toEqual([]);
    expect(ports("厦门海沧保税港区、青岛前湾保税港区、宁波梅山保税港区等均已封关。")).toEqual([]);
    expect(ports("中原国际陆港区、航空港区和经开区协同发展。")).toEqual([]);
    expect(ports("唐山港曹妃甸港区吞吐量增长。").some((i) => i.endsWith("港区"))).toBe(false);
    expect(ports("这个港区、那个港区和另一个港区都很忙。")).toEqual([]);
    expect(ports("各港区、各码头、各堆场加强管理。")).toEqual([]);
    // directions and phases are no localities
    expect(ports("东部港区、西部港区和南部港区分工明确。")).toEqual([]);
    expect(ports("一期港区、二期港区、三期港区先后建成。")).toEqual([]);
  });
});
