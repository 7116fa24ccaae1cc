import { readLexicon } from "../lexicon";
import { dropPlacesOpening } from "./place-filters";
import type { Mention } from "./types";

/**
 * Streets named after a place (南京西路, 北京东路, 四川北路, 长安南大街): a city, province or country written right
 * before a compass word and 路 or 大街 opens a street's name, and is no mention of the place
 * (data/lexicon/streets.json). The compass word is required (a bare 北京路 may be 北京 and 路演, 路过 or 路线),
 * 路 going on into a word (路线, 路演, 路过, 路网, 路段: notAfterRoad) is no street's head (郑州东路过的车辆), and
 * after a country 中路 is a position on a pitch (巴西中路突破: notAfterCountry); a bare 路 opens a street's name
 * only before a shopping street's head (南京路步行街, 北京路商圈).
 */
const STREETS = readLexicon<{
  compassWords: string[];
  heads: string[];
  notAfterRoad: string[];
  shoppingHeads: string[];
  notAfterCountry: string[];
}>("streets.json");
const HEAD = STREETS.heads
  .map((h) => (h === "路" ? `路(?![${STREETS.notAfterRoad.join("")}])` : h))
  .join("|");
const STREET_AFTER = new RegExp(
  `^(?:[${STREETS.compassWords.join("")}](?:${HEAD})|路(?:${STREETS.shoppingHeads.join("|")}))`,
);
const COUNTRY_NOT = new RegExp(`^[${STREETS.notAfterCountry.join("")}]`);

/** True when the words after the place mention `m` open a street's name. */
const opensStreet = (norm: string, m: Mention): boolean =>
  STREET_AFTER.test(norm.slice(m.ce, m.ce + 4)) &&
  !(m.id.startsWith("Country:") && COUNTRY_NOT.test(norm[m.ce] ?? ""));

/** Removes (in place) place mentions that open a street's name. */
export function dropStreetPlaces(norm: string, out: Mention[]): void {
  dropPlacesOpening(out, (m) => opensStreet(norm, m));
}
