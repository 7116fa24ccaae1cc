import { type Catalog, nodeId } from "../catalog";
import { isCountyLevel } from "../entities/county-gazetteer";
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
 * Whether the walk back from a port goes on past the city `place` written right before it (to the province
 * before that city): only past a county-level place written bare or as a district (广西凭祥友谊关口岸, 重庆江津
 * 珞璜港, 重庆市江津区珞璜港), an address part the province scopes. A prefecture-level city (浙江宁波北仑港) or
 * a county-level place written as a city, county or banner (吉林省珲春市圈河口岸, 石家庄高邑县…港) is the
 * port's own link, and what is written before it places that city, not the port (the chain link by link).
 */
function walksOn(norm: string, place: Mention): boolean {
  const written = norm.slice(place.cs, place.ce);
  return isCountyLevel(written) && !/[市县旗]$/.test(written);
}

/**
 * A port written right after its province and/or city lies in each of them: 抵达广西凭祥友谊关口岸
 * → 凭祥, 广西; the walk stops after a city that is a link of its own (walksOn: 浙江宁波北仑港 → 宁波 only).
 * A port whose name holds its city (新疆阿拉山口口岸, 广西钦州港) has the city from its name (name-internal.ts)
 * and the province written right before it, unless the catalog puts the port's city in another province: a
 * province written right before a place names where that place lies, as a city before its county does
 * (广西钦州港 states that 钦州港 lies in 广西). A development zone is read the same way with a province right
 * before it only (陕西杨凌示范区, 浙江舟山群岛新区 → the province; a city before a zone is left to the zone
 * rules).
 */
export const provincePorts: RelationRule = {
  name: "province-ports",
  types: ["LOCATED_IN"],
  find({ norm, ms, cat, push }) {
    for (const port of ms) {
      const dz = typeOf(port.id) === "DevZone";
      if (typeOf(port.id) !== "Port" && !dz) continue;
      let at = port.cs;
      // (past a bare county-level place only its province is read: 广西崇左凭祥友谊关口岸 gives no port -> 崇左)
      let passed = false;
      for (;;) {
        const place: Mention | undefined = ms.find(
          (x) => x.ce === at && x.cs < at && /^(Province|City)$/.test(typeOf(x.id)),
        );
        // (a development zone: the province right before it only; a port whose name holds its city: the
        // province only, as its name gives the city)
        if (!place || ((dz || passed) && typeOf(place.id) !== "Province")) break;
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
        if (typeOf(place.id) === "City" && !walksOn(norm, place)) break;
        passed = typeOf(place.id) === "City";
        at = place.cs;
      }
    }
  },
};
