/**
 * Airlines written after their country (比利时ASL航空, 马耳他加利斯航空, 美国康尼航空): the country qualifies the
 * airline, it is no mention of its own, and the airline is named without it, as the latest real sets annotate
 * (set 16's notes, point 3; set 5's 台湾中华航空公司 → 中华航空公司). The brand between the country and the head is
 * one to four Han characters or a Latin run whose words are names, transliterations or one noun (香料航空); a
 * kind of aviation (民用航空, 国家货运航空) or a longer word through the head (航空公司, 航空工业, 航空航天) is left
 * alone (data/lexicon/airlines.json).
 */
import { NAME_FUNCTION_CHARS, readLexicon } from "../lexicon";
import { tagWords } from "./segmenter";
import type { EntityRule } from "./types";

interface AirlineWords {
  head: string;
  genericLeads: string[];
  tailStops: string[];
  brandTags: string[];
}

const WORDS = readLexicon<AirlineWords>("airlines.json");
const BRAND_TAGS = new Set(WORDS.brandTags);
/** A brand of Latin letters and digits, or of one to four Han characters, right before the head. */
const BRAND = /^(?:[A-Za-z][A-Za-z0-9]{0,7}|[\u4e00-\u9fff]{1,4})$/;

/** True when the run between the country and the head reads as an airline's brand. */
function isBrand(gap: string, tags: ReturnType<typeof tagWords>): boolean {
  if (!BRAND.test(gap) || WORDS.genericLeads.some((w) => gap.startsWith(w))) return false;
  if ([...gap].some((ch) => NAME_FUNCTION_CHARS.includes(ch))) return false;
  if (!tags.every((w) => BRAND_TAGS.has(w.tag))) return false;
  // a common noun of two characters or more is a brand only alone (香料航空), not beside other words
  // (学生参观航空…); one character of a transliteration may be tagged as a noun (帕拉/卡)
  return tags.length === 1 || tags.every((w) => w.tag !== "n" || w.end - w.start < 2);
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
      const after = norm.slice(at + WORDS.head.length, at + WORDS.head.length + 3);
      if (WORDS.tailStops.some((w) => after.startsWith(w))) continue;
      const country = cands.find(
        (c) => c.id.startsWith("Country:") && c.ce < at && at - c.ce <= 8 && c.id !== "Country:中国",
      );
      if (!country) continue;
      const gap = norm.slice(country.ce, at);
      if (cands.some((c) => c.cs >= country.ce && c.cs < at && /^(?:Country|Province|City):/.test(c.id)))
        continue;
      if (!isBrand(gap, tagWords(gap, n.cat))) continue;
      const name = `${gap}${WORDS.head}`;
      const id = n.cat.resolve(name, ["Organization"]) ?? n.ensure("Organization", name);
      add({ id, cs: country.cs, ce: at + WORDS.head.length, method: "pattern" });
    }
  },
};
