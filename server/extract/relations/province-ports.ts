import { type Catalog, nodeId } from "../catalog";
import type { Span } from "../entities/names";
import type { Mention } from "../entities/types";
import { CN_CITY_PROVINCE, isCountyLevel } from "../lexicon";
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

/** The province the catalog puts a city in, if any. */
function provinceOf(cat: Catalog, city: string): string | undefined {
  const p = cat.get(city)?.parent;
  return p ? nodeId("Province", p) : undefined;
}

/**
 * Whether the walk back from a port goes on past the city `place` written right before it (to the province
 * before that city): only past a county-level place written bare or as a district (广西凭祥友谊关口岸, 重庆江津
 * 珞璜港, 重庆市江津区珞璜港), an address part the province scopes. A prefecture-level city (浙江宁波北仑港),
 * also one whose bare name is that of a county or district of the gazetteer (湖南长沙霞凝港 from 长沙县, 山东东营
 * 广利港 from 东营区), or a county-level place written as a city, county or banner (吉林省珲春市圈河口岸, 石家庄
 * 高邑县…港) is the port's own link, and what is written before it places that city, not the port (the chain
 * link by link). A bare name is read as a prefecture when the prefecture list or the catalog holds it, unless
 * the gazetteer holds it as a county-level city (X市: 凭祥, 珲春, 瑞丽) and the prefecture list does not.
 */
function walksOn(norm: string, cat: Catalog, place: Mention): boolean {
  const written = norm.slice(place.cs, place.ce);
  if (!isCountyLevel(written) || /[市县旗]$/.test(written)) return false;
  if (/区$/.test(written)) return true;
  if (CN_CITY_PROVINCE.has(written)) return false;
  return isCountyLevel(`${written}市`) || !cat.root.entities.get(place.id);
}

/**
 * A city written at the start of a development zone's span whose own name does not open with it (青岛 in
 * 青岛西海岸新区, id 西海岸新区): the zone lies in that city (name-internal.ts), and the province written before
 * the span places the city, not the zone. Zones named by their city and a generic head (苏州工业园区, 深圳
 * 高新区) have none: the province places the zone.
 */
function cityBeforeOwnName(norm: string, zone: Mention): Span | undefined {
  const own = zone.id.slice(zone.id.indexOf(":") + 1);
  return zone.parts.find((p) => typeOf(p.id) === "City" && !own.startsWith(norm.slice(p.cs, p.ce)));
}

/**
 * A port written right after its province and/or city lies in each of them: 抵达广西凭祥友谊关口岸
 * → 凭祥, 广西; the walk stops after a city that is a link of its own (walksOn: 浙江宁波北仑港 → 宁波 only).
 * A port whose name holds its city (新疆阿拉山口口岸, 广西钦州港) has the city from its name (name-internal.ts)
 * and the province written right before it, unless the catalog puts the port's city in another province: a
 * province written right before a place names where that place lies, as a city before its county does
 * (广西钦州港 states that 钦州港 lies in 广西). A development zone is read the same way with a province right
 * before it only (陕西杨凌示范区, 浙江舟山群岛新区 → the province; a city before a zone is left to the zone
 * rules); a city opening the zone's span before its own name is what that province places (山东青岛西海岸新区
 * → 青岛 → 山东省, cityBeforeOwnName).
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
        const cityPart = dz ? cityBeforeOwnName(norm, port) : undefined;
        // (青岛西海岸新区 after 山东: 青岛 -> 山东省, the zone's province is two links up)
        if (cityPart) {
          if (typeOf(place.id) === "Province" && [undefined, place.id].includes(provinceOf(cat, cityPart.id)))
            push({
              type: "LOCATED_IN",
              source: cityPart.id,
              target: place.id,
              method: "pattern",
              confidence: 0.85,
              cs: place.cs,
              ce: cityPart.ce,
            });
          break;
        }
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
        if (typeOf(place.id) === "City" && !walksOn(norm, cat, place)) break;
        passed = typeOf(place.id) === "City";
        at = place.cs;
      }
    }
  },
};
