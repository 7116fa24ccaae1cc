import { describe, expect, it } from "vitest";
import { routes } from "../../../../../server/extract/relations/routes";
import { relationsBy } from "../../../../support/rules";

// Invented sentences; relations as "TYPE:source->target", the route rule that reads the terminals.
describe("route terminals (route-terminal.ts)", () => {
  it("puts the city of a port or zone the service leaves from on the route", () => {
    expect(relationsBy([routes], "中欧班列从昆明国际陆港出发，开往俄罗斯。")).toContain(
      "CONNECTS:Corridor:中欧班列->City:昆明",
    );
    // closed by a departure verb rather than opened by 从
    expect(relationsBy([routes], "中欧班列在昆明国际陆港首发，开往俄罗斯。")).toContain(
      "CONNECTS:Corridor:中欧班列->City:昆明",
    );
  });

  it("reads a port's station as a station, and a crossing left at the border as no city", () => {
    // the port read inside a station's name is dropped by the entity layer (station-names.ts): no port and,
    // the station's place being a relation target only in the annotations, no city either
    const station = relationsBy([routes], "中欧班列从钦州港东站驶出，开往波兰。");
    expect(station).toContain("CONNECTS:Corridor:中欧班列->Country:波兰");
    expect(station.some((r) => r.includes("钦州"))).toBe(false);
    const crossing = relationsBy([routes], "中欧班列从满洲里口岸出境，开往波兰。");
    expect(crossing).toContain("ON_CORRIDOR:Port:满洲里口岸->Corridor:中欧班列");
    expect(crossing).not.toContain("CONNECTS:Corridor:中欧班列->City:满洲里");
  });

  it("reads a crossing in a list of ports by the list's shared 口岸", () => {
    // the items of 甲、乙两大铁路口岸 end at the place name: the border verb follows the shared 口岸
    const listed = relationsBy([routes], "中欧班列从二连浩特、满洲里两大铁路口岸出境，开往德国。");
    expect(listed.some((r) => r.startsWith("CONNECTS:Corridor:中欧班列->City:"))).toBe(false);
    // a departure verb after the shared 口岸 still names the cities the train leaves from
    const origin = relationsBy([routes], "中欧班列从二连浩特、满洲里两大铁路口岸出发，开往德国。");
    expect(origin).toContain("CONNECTS:Corridor:中欧班列->City:满洲里");
  });

  it("reads no origin in the places a service is made up of (由…组成)", () => {
    const made = relationsBy([routes], "中欧班列西通道由阿拉山口、霍尔果斯两大铁路口岸组成，通达欧洲多国。");
    expect(made).toContain("ON_CORRIDOR:Port:霍尔果斯铁路口岸->Corridor:中欧班列");
    expect(made.some((r) => r.startsWith("CONNECTS:Corridor:中欧班列->City:"))).toBe(false);
    const one = relationsBy([routes], "中欧班列西通道由阿拉山口铁路口岸构成。");
    expect(one).not.toContain("CONNECTS:Corridor:中欧班列->City:阿拉山口");
  });
});
