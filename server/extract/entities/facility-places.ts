/**
 * Places that open the name of a venue or institution (大同博物馆, 中国丝绸博物馆, 苏州体育中心): the place
 * is part of another name there, not a mention of it (data/lexicon/facility-heads.json).
 */
import { charClassBody, readLexicon } from "../lexicon";
import type { Mention } from "./types";

const FACILITY = readLexicon<{ heads: string[]; between: string }>("facility-heads.json");
/** An optional admin suffix, then at most two characters of the name, then a venue's head. */
const VENUE_AFTER = new RegExp(
  `^[市省县]?[^${charClassBody(FACILITY.between)}\\P{Script=Han}]{0,2}?(?:${FACILITY.heads.join("|")})`,
  "u",
);
const PLACE = /^(City|Province|Country):/;

/** Removes (in place) city, province and country mentions that open a venue's name. */
export function dropFacilityPlaces(norm: string, out: Mention[]): void {
  for (let k = out.length - 1; k >= 0; k--) {
    const m = out[k];
    if (!m || !PLACE.test(m.id)) continue;
    if (VENUE_AFTER.test(norm.slice(m.ce, m.ce + 8))) out.splice(k, 1);
  }
}
