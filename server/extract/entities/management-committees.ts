import { charClass, entityAlt, NAME_FUNCTION_CHARS } from "../lexicon";
import type { Names } from "./names";
import type { Candidate, EntityContext, EntityRule } from "./types";

/**
 * After a zone or area: an optional city and 管理委员会/管委会/(工作)领导小组, or a department of 2-6 characters
 * (…局, not 布局/格局/大局). A leading group follows the zone directly (the look-behind keeps 工作 out of
 * the city slot).
 */
const BODY = new RegExp(
  String.raw`^(?:([\u4e00-\u9fff]{2,4}?)?(${entityAlt("committeeBodyHeads")})|([\u4e00-\u9fff]{2,6}?(?:${entityAlt("committeeDepartmentHeads")})))`,
);
/** After a port: an optional zone of the port (临空区, 港区) and 管理委员会/管委会; a port's offices (口岸办) are
 * port-offices' to read. */
const PORT_BODY = new RegExp(String.raw`^(?:([\u4e00-\u9fff]{1,3}区))?(${entityAlt("committeePortHeads")})`);
/** The only zones of a port that may stand between its name and the committee: a port area (某某港区, not 保税港区),
 * an airport's 临空区, a 作业区; any other (天津港保税区, 某港物流园区, 某港经济区) makes it a development zone's
 * committee, not the port's. */
const PORT_ZONE = new RegExp(`^(?:${entityAlt("committeePortZones")})$`);
/** Function words a department's name does not hold. */
const FUNCTION = charClass(NAME_FUNCTION_CHARS, "其则和与及、");

/**
 * The zone written before a bare area's committee: the zone right before the area, or else a zone of
 * the passage, written earlier, that the catalog gives as the area's zone (哈尔滨片区管委会与绥芬河片区管委会:
 * the second committee belongs to the zone written before the first).
 */
function zoneBefore(area: Candidate, cands: readonly Candidate[], parentZone: string | undefined) {
  const adjacent = cands.find((c) => c.ce === area.cs && c.id.startsWith("FreeTradeZone:"));
  if (adjacent || !parentZone || !area.id.startsWith("Area:")) return { zone: adjacent, prefix: false };
  const earlier = cands.filter((c) => c.id === parentZone && c.ce <= area.cs && c.ce > area.cs - 200);
  return { zone: earlier.at(-1), prefix: earlier.length > 0 };
}

/**
 * A port's management committee (某某口岸管委会, 某某机场临空区管委会, 某省(某市)国际陆港管委会): the port opens the
 * name, written as the text writes it, and is its part.
 */
function portCommittees(
  norm: string,
  n: Names,
  add: EntityContext["add"],
  cands: readonly Candidate[],
): void {
  for (const port of [...cands]) {
    if (!port.id.startsWith("Port:")) continue;
    const m = PORT_BODY.exec(norm.slice(port.ce, port.ce + 8));
    if (!m || FUNCTION.test(m[1] ?? "") || (m[1] !== undefined && !PORT_ZONE.test(m[1]))) continue;
    const ce = port.ce + m[0].length;
    const name = norm.slice(port.cs, ce);
    const id = n.cat.resolve(name, ["Organization"]) ?? n.ensure("Organization", name);
    // the port's own leading place stays a part (its LOCATED_IN is read from the body's name)
    const place = n.placesIn(norm.slice(port.cs, port.ce))[0];
    const parts = [{ id: port.id, cs: port.cs, ce: port.ce }];
    if (place?.start === 0) parts.push({ id: place.id, cs: port.cs, ce: port.cs + place.end });
    add({ id, cs: port.cs, ce, method: "pattern", parts });
  }
}

/**
 * Management committees and departments of a zone or area: 中国（上海）自由贸易试验区临港新片区管理委员会,
 * 中国（四川）自由贸易试验区成都管委会 (a city's committee of the zone), 浙江自贸区政策法规局, each as
 * written; a bare area's committee takes the zone its passage wrote before it. Brackets are full-width.
 */
export const managementCommittees: EntityRule = {
  name: "management-committees",
  type: "Organization",
  priority: 2,
  find({ norm, n, add, cands }) {
    portCommittees(norm, n, add, cands);
    for (const area of [...cands]) {
      if (!/^(Area|FreeTradeZone|DevZone):/.test(area.id)) continue;
      const m = BODY.exec(norm.slice(area.ce, area.ce + 10));
      if (!m) continue;
      const city = m[1];
      if (city && !n.placesIn(city).some((p) => p.start === 0 && p.end === city.length)) continue;
      if (m[3] && FUNCTION.test(m[3])) continue;
      const parent = n.cat.get(area.id)?.parent;
      const { zone, prefix } = zoneBefore(area, cands, parent ? `FreeTradeZone:${parent}` : undefined);
      const cs = zone && !prefix ? zone.cs : area.cs;
      const ce = area.ce + m[0].length;
      const lead = zone && prefix ? norm.slice(zone.cs, zone.ce) : "";
      const name = (lead + norm.slice(cs, ce)).replace(/\(/g, "（").replace(/\)/g, "）");
      const id = n.cat.resolve(name, ["Organization"]) ?? n.ensure("Organization", name);
      add({ id, cs, ce, method: "pattern" });
    }
  },
};
