import { describe, expect, it } from "vitest";
import { cityLedPorts } from "../../../../../server/extract/entities/city-led-ports";
import { ENTITY_RULES } from "../../../../../server/extract/entities/registry";
import { mentionsBy } from "../../../../support/rules";

// Invented sentences; mentions as "id@surface" after overlaps are resolved.
describe("entity rule city-led-ports", () => {
  it("keeps the city before a locality in a port's name", () => {
    expect(mentionsBy([cityLedPorts], "班列从长沙霞凝铁路口岸始发。")).toEqual([
      "Port:长沙霞凝铁路口岸@长沙霞凝铁路口岸",
    ]);
    expect(mentionsBy([cityLedPorts], "货物运抵合肥桃林国际陆港。")).toEqual([
      "Port:合肥桃林国际陆港@合肥桃林国际陆港",
    ]);
  });

  it("wins over the shorter port name among all rules, the city as the name's part", () => {
    const ms = mentionsBy([...ENTITY_RULES], "货机降落在昆明云岭航空口岸。");
    expect(ms).toContain("Port:昆明云岭航空口岸@昆明云岭航空口岸");
    expect(ms).not.toContain("Port:云岭航空口岸@云岭航空口岸");
  });

  it("reads no locality in a count that shares the head among listed cities", () => {
    const ms = mentionsBy([cityLedPorts], "长沙、南昌两大铁路口岸今年开行班列增多。");
    expect(ms.filter((m) => m.startsWith("Port:"))).toEqual([]);
  });

  it("leaves a locality holding a place, a generic word or a clause alone", () => {
    const via = mentionsBy([cityLedPorts], "班列从长沙经满洲里铁路口岸出境。");
    expect(via).toContain("City:长沙@长沙");
    expect(via.filter((m) => m.startsWith("Port:长沙"))).toEqual([]);
    expect(mentionsBy([cityLedPorts], "成都向欧洲国际陆港发运。")).toEqual([
      "City:成都@成都",
      "Country:欧洲@欧洲",
    ]);
    expect(mentionsBy([cityLedPorts], "西安建设的国际陆港")).toEqual(["City:西安@西安"]);
  });
});
