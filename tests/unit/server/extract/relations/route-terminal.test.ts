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
});
