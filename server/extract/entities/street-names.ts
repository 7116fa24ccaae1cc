import type { Mention } from "./types";

/**
 * Streets named after a place (南京西路, 北京东路, 四川北路, 长安南大街): a city, province or country written right
 * before a compass word and 路 or 大街 opens a street's name, and is no mention of the place. The compass word is
 * required (a bare 北京路 may be 北京 and 路演, 路过 or 路线), and 路线 after it stays a route (…东路线); a bare 路
 * opens a street's name only before a shopping street's head (南京路步行街, 北京路商圈).
 */
const STREET_AFTER = /^(?:[东西南北中](?:路(?!线)|大街)|路(?:步行街|商业街|商圈))/;
const PLACE = /^(City|Province|Country):/;

/** Removes (in place) place mentions that open a street's name. */
export function dropStreetPlaces(norm: string, out: Mention[]): void {
  for (let k = out.length - 1; k >= 0; k--) {
    const m = out[k];
    if (!m || !PLACE.test(m.id) || !STREET_AFTER.test(norm.slice(m.ce, m.ce + 4))) continue;
    out.splice(k, 1);
  }
}
