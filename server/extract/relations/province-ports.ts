import { type Catalog, nodeId } from "../catalog";
import type { Mention } from "../entities/types";
import { typeOf } from "./context";
import type { RelationRule } from "./types";

/**
 * Whether the catalog puts the port, or the city its name opens with, in a province other than `prov`
 * (a catalogued port's parent is its city, a city's parent its province).
 */
function elsewhere(cat: Catalog, port: Mention, prov: string): boolean {
  const city = cat.get(port.id)?.parent;
  const cities = [...(city ? [nodeId("City", city)] : []), ...port.parts.map((p) => p.id)];
  return cities
    .filter((c) => typeOf(c) === "City")
    .map((c) => cat.get(c)?.parent)
    .some((x) => x !== undefined && `Province:${x}` !== prov);
}

/**
 * A port written right after its province and/or city lies in each of them: 抵达广西凭祥友谊关口岸
 * → 凭祥, 广西. A port whose name holds its city (新疆阿拉山口口岸, 广西钦州港) has the city from its name
 * (name-internal.ts) and the province written right before it, unless the catalog puts the port's city
 * in another province: a province written right before a place names where that place lies, as a city
 * before its county does (广西钦州港 states that 钦州港 lies in 广西).
 */
export const provincePorts: RelationRule = {
  name: "province-ports",
  types: ["LOCATED_IN"],
  find({ ms, cat, push }) {
    for (const port of ms) {
      if (typeOf(port.id) !== "Port") continue;
      let at = port.cs;
      for (;;) {
        const place: Mention | undefined = ms.find(
          (x) => x.ce === at && x.cs < at && /^(Province|City)$/.test(typeOf(x.id)),
        );
        if (!place) break;
        // (a port whose name holds its city: the province only, as its name gives the city)
        const named = port.parts.length > 0;
        if (named && (typeOf(place.id) !== "Province" || elsewhere(cat, port, place.id))) break;
        push({
          type: "LOCATED_IN",
          source: port.id,
          target: place.id,
          method: "pattern",
          confidence: 0.85,
          cs: place.cs,
          ce: port.ce,
        });
        at = place.cs;
      }
    }
  },
};
