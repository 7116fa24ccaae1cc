/**
 * Airlines written after their country (比利时ASL航空, 马耳他加利斯航空, 美国康尼航空): the country qualifies the
 * airline, it is no mention of its own, and the airline is named without it, as the latest real sets annotate
 * (set 16's notes, point 3; set 5's 台湾中华航空公司 → 中华航空公司). The brand between the country and the head is
 * one to four Han characters or a Latin run whose words are names, transliterations or one noun (香料航空); a
 * kind of aviation (民用航空, 国家货运航空) or a longer word through the head (航空公司, 航空工业, 航空航天) is left
 * alone. The run is an airline only in an airline's context (a list or a clause end after the head, or 航班, 开通,
 * 执飞… later in its clause): 美国商业航空复苏 and 德国青少年航空夏令营 name none (data/lexicon/airlines.json).
 * Regions written like countries (台湾, regionLeads) qualify a brand the same way; a country's own name right
 * before the head is the airline (某国航空等…航司, 某国航空(… Airlines)) only before an airline word, its Latin
 * name or 等 closing a list of carriers, not as a country's aviation (某国航空、铁路…, 某国航空发展迅速).
 * A brand with no country or region before it (长龙航空开通…, 某某航空一架全货机) is read the same way, but only
 * when the head ends the name: a list mark, a clause end, a bracket, a verb, a count or an adverb follows it.
 */
import { alternatives, NAME_FUNCTION_CHARS, readLexicon } from "../lexicon";
import type { Names } from "./names";
import { tagWords } from "./segmenter";
import type { Candidate, EntityRule } from "./types";

interface AirlineWords {
  head: string;
  genericLeads: string[];
  tailStops: string[];
  brandTags: string[];
  airlineAfter: string[];
  aircraftWords: string[];
  notCountries: string[];
  regionLeads: string[];
  carrierNouns: string[];
  flightWords: string[];
  latinAirlineWords: string[];
  regionNameLeads: string[];
}

const WORDS = readLexicon<AirlineWords>("airlines.json");
const BRAND_TAGS = new Set(WORDS.brandTags);
/** A list comma, a conjunction or a clause end right after the head (…航空、…航空等). */
const AIRLINE_AFTER = new RegExp(`^(?:${alternatives(WORDS.airlineAfter).source})`);
/** An airline word later in the head's clause (…航空开通…, …航空的全货机, …航空执飞). */
const AIRLINE_CLAUSE = new RegExp(
  `^[^，,。；;！!？?]*?(?:${alternatives([...WORDS.flightWords, ...WORDS.aircraftWords]).source})`,
);
/** Countries never written before their airlines' names. */
const NOT_COUNTRIES = new Set(WORDS.notCountries.map((c) => `Country:${c}`));
/** The places an airline's brand may be written after: countries and the regions of regionLeads (台湾). */
const LEADS = new RegExp(`^(?:Country:[^]+|(?:${WORDS.regionLeads.map((r) => `Province:${r}`).join("|")})$)`);
/** A flight word right after the head or after its 的 (…航空的航班, …航空开通), a bracketed Latin name with
 * an airline word (某国航空(… Airlines)) or followed by a flight word other than 航班 (某国航空（Xyzflot）执飞),
 * or 等 closing a list of carriers (…航空等十家航司). */
const OWN_AIRLINE_WORD = new RegExp(
  `^(?:的?(?:${alternatives(WORDS.flightWords).source})|[(（][A-Za-z .&'-]*?\\b(?:${WORDS.latinAirlineWords.join("|")})\\b|[(（][A-Za-z][A-Za-z .&'-]{1,30}[)）](?:${alternatives(WORDS.flightWords.filter((w) => !w.startsWith("航班"))).source})|等[^，,。；;]{0,6}?(?:${WORDS.carrierNouns.join("|")}))`,
);
/** A flight word right after the head (某某航空执飞…): the head ends the name, whatever tag the segmenter gives it. */
const FLIGHT_FIRST = new RegExp(`^(?:${alternatives(WORDS.flightWords).source})`);
/** Regions whose airlines carry the region in their names (香港快运航空), as Province ids. */
const REGION_NAMES = new Set(WORDS.regionNameLeads.map((r) => `Province:${r}`));
/** A brand of Latin letters and digits, or of one to four Han characters, right before the head. */
const BRAND = /^(?:[A-Za-z][A-Za-z0-9]{0,7}|[\u4e00-\u9fff]{1,4})$/;

/** True when the run between the country and the head reads as an airline's brand; `after` follows the head. */
function isBrand(gap: string, tags: ReturnType<typeof tagWords>, after: string): boolean {
  if (!BRAND.test(gap) || WORDS.genericLeads.some((w) => gap.startsWith(w))) return false;
  if ([...gap].some((ch) => NAME_FUNCTION_CHARS.includes(ch))) return false;
  if (!tags.every((w) => BRAND_TAGS.has(w.tag))) return false;
  // 美国商业航空复苏, 英国高校航空专业: the tags do not tell a brand from a common word (青少年/nr, 城市/ns),
  // so the run is an airline only in an airline's context
  if (!AIRLINE_AFTER.test(after) && !AIRLINE_CLAUSE.test(after)) return false;
  // a common noun of two characters or more is a brand only alone (香料航空), not beside other words
  // (学生参观航空…); one character of a transliteration may be tagged as a noun (帕拉/卡)
  return tags.length === 1 || tags.every((w) => w.tag !== "n" || w.end - w.start < 2);
}

/**
 * True when a head right after a country's own name is an airline: an airline word right after it or
 * after 的, its bracketed Latin name, or 等 closing a list of carriers. A list mark or a clause end alone
 * does not tell it from the country's aviation (某国航空、铁路和公路运输, 某国航空发展迅速), nor does 航班
 * right after it unless the catalog holds the airline (`known`).
 */
function isOwnNameAirline(after: string, known: boolean): boolean {
  // 某国航空航班延误: "that country's aviation's flights" unless the catalog holds the airline
  if (!known && /^的?航班/.test(after)) return false;
  return OWN_AIRLINE_WORD.test(after);
}

/** The catalog's Organization for `name`, else a new one. */
function orgId(n: Names, name: string): string {
  return n.cat.resolve(name, ["Organization"]) ?? n.ensure("Organization", name);
}

/**
 * The airline of a brand after its country or region: the catalog is asked with the region kept first
 * (香港某某航空); a region of regionNameLeads stays in the name unless the catalog holds the brand alone,
 * a country or 台湾 qualifies the brand only (美国康尼航空 → 康尼航空).
 */
function brandId(n: Names, leadId: string, written: string, gap: string): string {
  const kept = `${written}${WORDS.head}`;
  const keptId = leadId.startsWith("Province:") ? n.cat.resolve(kept, ["Organization"]) : undefined;
  if (keptId) return keptId;
  const brand = n.cat.resolve(`${gap}${WORDS.head}`, ["Organization"]);
  if (brand) return brand;
  return n.ensure("Organization", REGION_NAMES.has(leadId) ? kept : `${gap}${WORDS.head}`);
}

/**
 * The start of an airline's brand written with no country or region before it (某某航空开通…, 某某航空一架全货机):
 * the longest run of words of brand tags ending at the head, of at most four characters, that reads as a
 * brand in an airline's context (isBrand); null when none, or when another name covers the run.
 */
function bareBrandStart(norm: string, at: number, n: Names, cands: readonly Candidate[]): number | null {
  const from = Math.max(0, at - 4);
  const words = tagWords(norm.slice(from, at), n.cat);
  const starts = words.map((w) => from + w.start).filter((s) => at - s >= 2);
  const rest = norm.slice(at + WORDS.head.length);
  // with no country to tell it, the head must end the airline's name: a list mark, a clause end, a bracket,
  // a verb, a count, an adverb or a flight word follows it (某某航空开通, 某某航空一架, 某某航空执飞), not a noun it
  // qualifies (航空博物馆)
  const next = tagWords(rest.slice(0, 4), n.cat)[0];
  const ends =
    AIRLINE_AFTER.test(rest) ||
    /^[(（]/.test(rest) ||
    /^(v|m|p|d)$/.test(next?.tag ?? "") ||
    FLIGHT_FIRST.test(rest);
  if (!ends) return null;
  for (const s of starts) {
    const gap = norm.slice(s, at);
    if (s > 0 && /[\u4e00-\u9fffA-Za-z0-9]/.test(norm[s - 1] ?? "") && s === from) continue;
    if (cands.some((c) => c.cs < at + WORDS.head.length && c.ce > s)) return null;
    if (isBrand(gap, tagWords(gap, n.cat), rest)) return s;
  }
  return null;
}

export const countryAirlines: EntityRule = {
  name: "country-airlines",
  type: "Organization",
  priority: 2,
  find({ norm, n, add, cands }) {
    let k = norm.indexOf(WORDS.head);
    while (k >= 0) {
      const at = k;
      k = norm.indexOf(WORDS.head, k + 1);
      const rest = norm.slice(at + WORDS.head.length);
      const after = rest.slice(0, 3);
      if (WORDS.tailStops.some((w) => after.startsWith(w))) continue;
      // the nearest lead before the head (某国航空、某国航空: the second head's own country)
      const country = cands
        .filter((c) => LEADS.test(c.id) && c.ce <= at && at - c.ce <= 8 && !NOT_COUNTRIES.has(c.id))
        .reduce<(typeof cands)[number] | undefined>(
          (best, c) => (!best || c.ce > best.ce ? c : best),
          undefined,
        );
      if (!country) {
        // a brand alone (某某航空开通…): the airline by its brand
        const bs = bareBrandStart(norm, at, n, cands);
        if (bs !== null) add({ id: orgId(n, norm.slice(bs, at + 2)), cs: bs, ce: at + 2, method: "pattern" });
        continue;
      }
      const gap = norm.slice(country.ce, at);
      if (cands.some((c) => c.cs >= country.ce && c.cs < at && /^(?:Country|Province|City):/.test(c.id)))
        continue;
      const ownName = `${n.cat.get(country.id)?.name ?? norm.slice(country.cs, at)}${WORDS.head}`;
      const own =
        gap === "" &&
        country.id.startsWith("Country:") &&
        isOwnNameAirline(rest, !!n.cat.resolve(ownName, ["Organization"]));
      if (!own && !isBrand(gap, tagWords(gap, n.cat), rest)) continue;
      // a country's own name before the head is the airline's brand (某国航空等…), led by its catalog name
      const id = own ? orgId(n, ownName) : brandId(n, country.id, norm.slice(country.cs, at), gap);
      add({ id, cs: country.cs, ce: at + WORDS.head.length, method: "pattern" });
    }
  },
};
