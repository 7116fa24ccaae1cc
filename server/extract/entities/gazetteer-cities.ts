import {
  CHENG_WORDS,
  CITIES_NOT_ALONE,
  CITIES_STANDING_ALONE,
  FOREIGN_CITIES,
  GAZETTEER_CITIES,
  isCountyLevel,
  readLexicon,
  SHI_SUFFIX,
} from "../lexicon";
import { longestFirst } from "../longest-first";
import { PrefixIndex } from "../prefix-index";
import type { EntityRule } from "./types";

/** Gazetteer names read after their country only (lexicon.ts CITIES_NOT_ALONE), and hand-picked names that stand
 * alone (lexicon.ts CITIES_STANDING_ALONE: 慕尼黑, 斯图加特; the generated gazetteer's names do not). */
const NOT_ALONE = CITIES_NOT_ALONE;
const STANDS_ALONE = CITIES_STANDING_ALONE;
/**
 * The other names stand alone only before a station or 市 (罗兹站, 汉堡市): 汉堡 alone is food, and a
 * name of the generated gazetteer may be a person's too (哥伦布).
 */
export const CONTEXT_GAZETTEER_CITIES = [...GAZETTEER_CITIES]
  .filter((c) => !STANDS_ALONE.has(c) && !NOT_ALONE.has(c))
  .sort(longestFirst);
/**
 * Capitals named by their country and 城 (墨西哥城, 科威特城: the gazetteer's city of that country): they stand
 * alone, but not where 城 opens a word after the country's name (墨西哥城市 "Mexican cities", 城建, 城墙:
 * name-heads.json chengWords).
 */
const COUNTRY_CAPITALS = new Set(
  [...FOREIGN_CITIES].flatMap(([country, names]) => names.filter((c) => c === `${country}城`)),
);
/** A word that 城 opens (城市, 城建, 城墙), at the 城 of a capital's name. */
const CHENG_WORD = new RegExp(`^(?:${CHENG_WORDS})`);
/** Names standing alone anywhere, another name before 站 or 市 (not 市场, 市民, 市值, 市区); longest first. */
const NAMES = new PrefixIndex(
  [...STANDS_ALONE, ...CONTEXT_GAZETTEER_CITIES, ...COUNTRY_CAPITALS].sort(longestFirst),
);
/** 站 or a city's 市 (not 市场, 市价…: lexicon.ts SHI_SUFFIX; nor 市区). */
const STATION_OR_SHI = new RegExp(`^(站|${SHI_SUFFIX}(?!区))`);
const standsAlone = (name: string, norm: string, cs: number) =>
  COUNTRY_CAPITALS.has(name)
    ? !CHENG_WORD.test(norm.slice(cs + name.length - 1))
    : STANDS_ALONE.has(name) ||
      STATION_OR_SHI.test(norm.slice(cs + name.length, cs + name.length + 2)) ||
      afterPlaceWord(name, norm, cs);

/** data/lexicon/foreign-cities.json: the words that put a place after them, what closes it, what keeps a name out. */
const bare = readLexicon<{
  bareAfterWords: string[];
  bareFollowers: string[];
  bareNotAlone: string[];
  bareWordNames: string[];
  bareLinks: string[];
  bareMotionWords: string[];
  bareListJoints: string[];
}>("foreign-cities.json");
const PLACE_WORD_BEFORE = new RegExp(`(?:${bare.bareAfterWords.join("|")})$`);
const CLOSED_AFTER = new RegExp(`^(?:[^\\u4e00-\\u9fff]|${bare.bareFollowers.join("|")}|$)`);
const BARE_NOT_ALONE = new Set(bare.bareNotAlone);
const BARE_WORD_NAMES = new Set(bare.bareWordNames);
const LINK_AFTER = new RegExp(`^(?:${[...bare.bareLinks].sort(longestFirst).join("|")})`);
const LIST_JOINTS = new Set(bare.bareListJoints);
/** Verbs of travel that make the next name a destination whatever follows it (开往汉堡的班列): bareMotionWords. */
const MOTION_BEFORE = new RegExp(`(?:${bare.bareMotionWords.join("|")})$`);
/** A list's later item (在仁川、首尔和釜山举办): the item before the joint right before `cs` is a name read bare or
 * standing alone, so the same place word puts this one after it (foreign-cities.json bareListJoints). */
function afterListedCity(norm: string, cs: number): boolean {
  if (!LIST_JOINTS.has(norm[cs - 1] ?? "")) return false;
  for (let len = 2; len <= 6 && cs - 1 - len >= 0; len++) {
    const at = cs - 1 - len;
    const prev = NAMES.firstAt(norm, at, (f) => f.length === len);
    if (prev && standsAlone(prev, norm, at)) return true;
  }
  return false;
}
/** A name that is also a word (汉堡) before a link (、, 的, 到) is a place only when another city follows the link,
 * standing alone, put after a place word (到, 至) or closed at once (继汉堡、华沙之后), not food (在汉堡、可乐等,
 * 从汉堡到薯条): foreign-cities.json bareWordNames, bareLinks. */
function wordNameLinked(norm: string, end: number): boolean {
  const link = LINK_AFTER.exec(norm.slice(end, end + 4))?.[0];
  if (!link) return true;
  const at = end + link.length;
  const next = NAMES.firstAt(norm, at);
  if (next === undefined || BARE_WORD_NAMES.has(next)) return false;
  return (
    STANDS_ALONE.has(next) ||
    PLACE_WORD_BEFORE.test(link) ||
    CLOSED_AFTER.test(norm.slice(at + next.length, at + next.length + 4))
  );
}
/**
 * A name of the gazetteer written bare right after a word that puts a place after it (在东京签署, 由大阪起飞,
 * 长沙至仰光以及…) and closed at once by a mark or a word of foreign-cities.json bareFollowers (not 在纽约时报,
 * 在巴黎协定, 在柏林墙: a longer name), never a name that is also a Chinese word or place (在海防一线, 海阳:
 * bareNotAlone, county-level places); a list's later item counts as placed by the same word (afterListedCity).
 */
function afterPlaceWord(name: string, norm: string, cs: number): boolean {
  if (BARE_NOT_ALONE.has(name) || isCountyLevel(name)) return false;
  if (!CLOSED_AFTER.test(norm.slice(cs + name.length, cs + name.length + 4))) return false;
  if (
    BARE_WORD_NAMES.has(name) &&
    !MOTION_BEFORE.test(norm.slice(Math.max(0, cs - 2), cs)) &&
    !wordNameLinked(norm, cs + name.length)
  )
    return false;
  return PLACE_WORD_BEFORE.test(norm.slice(Math.max(0, cs - 4), cs)) || afterListedCity(norm, cs);
}

/**
 * Foreign cities of the gazetteer (data/lexicon/foreign-cities.json) named without their country: in
 * a list of stations (慕尼黑站、纽伦堡站), after a preposition (驻杜塞尔多夫总领事), and, a name that stands alone
 * only before 站 or 市, also bare after a word that puts a place after it (在东京签署: afterPlaceWord). Longer names
 * (杜伊斯堡港, 汉堡港务局) win overlaps. A catalogued city keeps its entry; another is registered
 * without a province (it is foreign).
 */
export const gazetteerCities: EntityRule = {
  name: "gazetteer-cities",
  type: "City",
  priority: 1,
  find({ norm, n, add, cands }) {
    for (const m of NAMES.matchAll(norm, standsAlone)) {
      const name = m[0];
      const cs = m.index ?? 0;
      // inside a longer name found before (杜伊斯堡港, 纳霍德卡港): not registered as a place of its own
      if (cands.some((c) => c.cs <= cs && c.ce >= cs + name.length && c.ce - c.cs > name.length)) continue;
      const resolved = n.cat.resolve(name);
      if (resolved && !resolved.startsWith("City:")) continue;
      const id = resolved ?? n.ensure("City", name);
      if (n.cat.get(id)?.parent) continue;
      add({ id, cs, ce: cs + name.length, method: "pattern" });
    }
  },
};
