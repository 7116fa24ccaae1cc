import { COUNTED, cityPrefix, DESCRIPTIVE, entityAlt, GAZETTEER_CITIES, GENERIC_MORPHEMES } from "../lexicon";
import type { Names } from "./names";
import { tagWindow } from "./segmenter";
import type { EntityRule } from "./types";

type Place = { start: number; end: number; id: string };

/**
 * Where the airport's own name starts in `run` (the text before its head): a province written before
 * a city-led name (湖北鄂州花湖机场, 云南昆明长水国际机场) or a country before a foreign airport (比利时列日
 * 机场) places the airport and is no part of its name; a municipality (北京首都国际机场) is its city.
 * Returns the place that leads the name and, for a foreign airport, its city of the gazetteer.
 */
function ownName(run: string, lead: Place, n: Names): { lead: Place | null; start: number } {
  const kind = lead.id.slice(0, lead.id.indexOf(":"));
  const municipality = kind === "Province" && /市$/.test(lead.id);
  if (kind !== "Country" && (kind !== "Province" || municipality)) return { lead, start: lead.start };
  const rest = run.slice(lead.end);
  const next = n.startsWithPlace(rest);
  if (next) return { lead: { start: lead.end, end: lead.end + next.len, id: next.id }, start: lead.end };
  // a foreign airport named by its city (比利时列日机场): the city leads, registered without a province
  if (kind === "Country" && lead.id !== "Country:中国" && /^[\u4e00-\u9fff]{2,6}$/.test(rest)) {
    const city = cityPrefix(GAZETTEER_CITIES, rest);
    const id = city ? (n.cat.resolve(city, ["City"]) ?? n.ensure("City", city)) : null;
    const place =
      id && city && !n.cat.get(id)?.parent ? { start: lead.end, end: lead.end + city.length, id } : null;
    return { lead: place, start: lead.end };
  }
  return { lead, start: lead.start };
}

/**
 * The airport a short form (长沙机场, 鄂州花湖机场) stands for once the document has named it in full
 * (长沙黄花国际机场 … 长沙机场): the one Port of the document's own names that starts with the city and
 * ends in 机场; none when there is no such name or more than one.
 */
function fullAirport(n: Names, name: string): string | undefined {
  const city = /^([\u4e00-\u9fff]{2,4})机场$/.exec(name)?.[1];
  if (!city || n.cat.resolve(name, ["Port"])) return undefined;
  const found: string[] = [];
  for (const [id, e] of n.cat.ownEntities())
    if (
      e.type === "Port" &&
      e.name.length > name.length &&
      e.name.startsWith(city) &&
      e.name.endsWith("机场")
    )
      found.push(id);
  return found.length === 1 ? found[0] : undefined;
}

/** Tags of the words an airport's own name is read from before 国际机场, where it may be named as written:
 * unknown runs and proper nouns (萧山/nr 国际机场, 遥墙/x 国际机场). Not a common noun: 天府/n reads like
 * 门户, 干线, 省会, 支线, 货运 (review22v probes: 9 of 20 common nouns would name an airport). */
const UNSEEN_TAG = /^(x|nr|nrt|nz|ns|j)$/;
/** Before a bare 机场 the locality is read only when it resolves to the document's full airport, so a common
 * noun may lead too (黄花/n 机场 after 长沙黄花国际机场). */
const RESOLVED_TAG = /^(x|nr|nrt|nz|ns|j|n)$/;
/** Prepositions, particles, copulas and route words: no airport's locality holds one. */
const FUNCTION_CHARS = "从在于到至是的和与及经由向往自以为对";
/** Characters the segmenter glues onto the name before it (从花湖/x). */
const GLUED = new RegExp(`^[${FUNCTION_CHARS}]`);
/** A route word or function word left inside the name (东至机场联络线: 东至 "east to"): no name. */
const NOT_IN_BASE = new RegExp(`[${FUNCTION_CHARS}]`);
/** The last character of an airline's short name (东航, 南航, 国航, 川航): such a base names no airport. */
const AIRLINE_END = "航";

/** Verbs of arrival and route that govern a place (抵达素万那普机场, 飞往…). */
const ARRIVAL = new RegExp(`^(${entityAlt("airportArrivalVerbs")})$`);
/** The head of an airport or a rail port, not a zone named after it (机场片区, 铁路港综保区). */
const HUB_HEAD = new RegExp(`(${entityAlt("airportHeads")})(?![片综保])`, "g");

/** Tags of the pieces of a transliterated name joined before an unknown last piece (苏瓦/ns 那蓬/x). */
const PIECE_TAG = /^(x|ns|nrt)$/;

/** Tags of a locality before a bare 机场 read as written: unknown only (长水/x); a person-name tag reads
 * nicknames and words as well (小王/nr, 白云/nr), a place tag landforms (高原/ns). */
const PROPER_TAG = /^x$/;

type Locality = { start: number; text: string; proper: boolean; governed: boolean };

/** The document's one airport whose name ends with the locality (长沙黄花国际机场 for 黄花), if exactly one. */
function ownAirportEndingWith(n: Names, base: string): string | undefined {
  const found: string[] = [];
  for (const [id, e] of n.cat.ownEntities())
    if (e.type === "Port" && e.name.length > base.length + 2 && /(国际)?机场$/.test(e.name))
      if (e.name.endsWith(`${base}机场`) || e.name.endsWith(`${base}国际机场`)) found.push(id);
  return found.length === 1 ? found[0] : undefined;
}

/**
 * The locality word right before the head, with the unknown pieces before it joined (素万/x 那普/x →
 * 素万那普): its start and text, or null when the word does not end at the head or has another tag.
 */
function localityBefore(norm: string, k: number, n: Names, tags: RegExp): Locality | null {
  const words = tagWindow(norm, Math.max(0, k - 8), k, n.cat);
  let i = words.length - 1;
  const last = words[i];
  if (!last || last.end !== k || !tags.test(last.tag)) return null;
  let start = last.start;
  while (last.tag === "x" && i > 0) {
    const prev = words[i - 1];
    // 改降/x 长水/x: a verb of arrival governs the name and is no piece of it
    if (!prev || !PIECE_TAG.test(prev.tag) || ARRIVAL.test(prev.word)) break;
    if (!/^[\u4e00-\u9fff]+$/.test(prev.word) || k - prev.start > 5) break;
    start = prev.start;
    i--;
  }
  const before = words[i - 1];
  const governed = before?.end === start && (before.tag === "p" || ARRIVAL.test(before.word));
  return { start, text: norm.slice(start, k), proper: PROPER_TAG.test(last.tag), governed };
}

/**
 * An airport named by its locality alone (花湖机场, 昌北国际机场, 黄花机场): the word right before 机场 or 国际机场
 * (unknown pieces joined, a glued preposition or particle dropped) of two to five characters, no generic or
 * descriptive word (新机场, 枢纽机场, 该机场 are common words). Resolved to the document's one airport whose
 * name ends with it (长沙黄花国际机场 … 黄花机场); named as written before 国际机场, and before a bare 机场 only
 * when the word is unknown to the segmenter and governed by a preposition or a verb of arrival (从花湖机场,
 * 改降长水机场) —
 * a brand, nickname or landform leading a noun phrase reads the same (京东机场仓储, 小王机场接人, 高原机场).
 */
function unseenAirport(norm: string, k: number, head: string, n: Names): { cs: number; id: string } | null {
  if (head !== "机场" && head !== "国际机场") return null;
  const word = localityBefore(norm, k, n, head === "机场" ? RESOLVED_TAG : UNSEEN_TAG);
  if (!word) return null;
  const glued = GLUED.test(word.text) && word.text.length > 2 ? 1 : 0;
  const base = word.text.slice(glued);
  // 东航机场, 国航机场: an airline's short name (…航) before 机场 names its airport services, no airport
  if (base.endsWith(AIRLINE_END)) return null;
  if (!/^[\u4e00-\u9fff]{2,5}$/.test(base) || GENERIC_MORPHEMES.test(base) || DESCRIPTIVE.test(base))
    return null;
  // 两大机场, 三大国际机场: a count of airports; 东至机场: a route word
  if (n.startsWithPlace(base) || COUNTED.test(base) || n.quantified(base) || NOT_IN_BASE.test(base))
    return null;
  const id = ownAirportEndingWith(n, base);
  // a bare 机场 as written: an unknown word governed by a preposition or a verb of arrival (从花湖机场起飞,
  // 由昌北机场海关监管, 抵达素万那普机场), not a brand, nickname or landform leading a noun phrase
  const governed = word.proper && (glued === 1 || word.governed);
  if (!id && head === "机场" && !governed) return null;
  return { cs: word.start + glued, id: id ?? n.resolveOrRegister("Port", `${base}${head}`) };
}

/**
 * Airports and inland rail ports named after a place: 成都双流国际机场, 重庆江北国际机场,
 * 成都国际铁路港 (a Port, located in its place). A province or country written before the name places
 * it and stays a mention of its own (湖北鄂州花湖机场 → 鄂州花湖机场; 比利时列日机场 → 列日机场). With no
 * place before it, an airport named by its locality alone (unseenAirport: 花湖机场).
 */
export const airports: EntityRule = {
  name: "airports",
  type: "Port",
  priority: 2,
  find({ norm, n, add }) {
    for (const m of norm.matchAll(HUB_HEAD)) {
      const k = m.index ?? 0;
      const start = n.nameStart(norm, k, 8);
      const run = norm.slice(start, k);
      // the first place whose remainder up to the suffix is a short name (…港和宁波栎社国际机场 → 宁波)
      const first = n.placesIn(run).find((p) => {
        const rest = run.slice(p.end);
        return rest.length <= 4 && !/[的和与及、]/.test(rest);
      });
      const own = first ? ownName(run, first, n) : null;
      if (!own) {
        const unseen = first ? null : unseenAirport(norm, k, m[0], n);
        if (unseen) add({ id: unseen.id, cs: unseen.cs, ce: k + m[0].length, method: "pattern" });
        continue;
      }
      const cs = start + own.start;
      const ce = k + m[0].length;
      const id = fullAirport(n, norm.slice(cs, ce)) ?? n.resolveOrRegister("Port", norm.slice(cs, ce));
      const { lead } = own;
      const parts = lead ? [{ id: lead.id, cs: start + lead.start, ce: start + lead.end }] : [];
      add({ id, cs, ce, method: "pattern", parts });
    }
  },
};
