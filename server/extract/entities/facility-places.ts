/**
 * Places that open the name of a venue or institution (大同博物馆, 中国丝绸博物馆, 苏州体育中心): the place
 * is part of another name there, not a mention of it (data/lexicon/facility-heads.json). As for fairs
 * (event-names.ts), only whole name words may stand between the place and the venue's head: any other word
 * (在西安逛博物馆, 中国各地博物馆, 英国大英博物馆) belongs to the clause and keeps the place. A head that goes
 * on into a longer word or a phrase about venues in general (体育场馆, 图书馆事业, 博物馆总数) opens no name.
 */
import { readLexicon } from "../lexicon";
import { dropPlacesOpening } from "./place-filters";
import type { Mention } from "./types";

const FACILITY = readLexicon<{
  heads: string[];
  nameWords: string[];
  continuations: string[];
  genericWords: string[];
  collectiveAfter: string[];
}>("facility-heads.json");
const NAME_WORDS = [...FACILITY.nameWords].sort((a, b) => b.length - a.length).join("|");
/**
 * An optional admin suffix, then whole name words only (captured), then a venue's head that ends its word and
 * is no generic word (体育场馆, 国际博物馆日); what follows is tested for a collective word after it.
 */
const VENUE_AFTER = new RegExp(
  `^[市省县]?((?:${NAME_WORDS}){0,2})(?!${FACILITY.genericWords.join("|")})(?:${FACILITY.heads.join("|")})(?!${FACILITY.continuations.join("|")})`,
);
/** Many venues spoken of after the head (浙江民俗博物馆遍布乡村): with name words between, no single name. */
const COLLECTIVE = new RegExp(`^(?:${FACILITY.collectiveAfter.join("|")})`);
/** True when the place `m` opens a venue's name (no collective word after name words). */
function opensVenue(norm: string, m: Mention): boolean {
  const venue = VENUE_AFTER.exec(norm.slice(m.ce, m.ce + 20));
  return venue !== null && !(venue[1] && COLLECTIVE.test(norm.slice(m.ce + venue[0].length)));
}

/** Removes (in place) city, province and country mentions that open a venue's name. */
export function dropFacilityPlaces(norm: string, out: Mention[]): void {
  dropPlacesOpening(out, (m) => opensVenue(norm, m));
}
