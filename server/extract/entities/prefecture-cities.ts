import { HAN } from "../clauses";
import {
  CN_CITY_PROVINCE,
  CN_SUFFIX_ONLY_PROVINCE,
  COUNTY_ZONE_HEADS,
  charClass,
  DAY_NUMBER,
  DEV_ZONE_HEADS,
  entityAlt,
  NAME_OPENER_CHARS,
  readLexicon,
  SHI_SUFFIX,
} from "../lexicon";
import { PrefixIndex } from "../prefix-index";
import type { EntityRule } from "./types";

const PROVINCE_OF = new Map([...CN_CITY_PROVINCE, ...CN_SUFFIX_ONLY_PROVINCE]);
/** Names read only with 市 or before a zone's head (德州市, 德州经济技术开发区; bare 德州 is also Texas). */
const SUFFIX_ONLY = new Set(CN_SUFFIX_ONLY_PROVINCE.keys());
const NAMES = new PrefixIndex([...PROVINCE_OF.keys()].sort((a, b) => b.length - a.length));
/** The peoples whose names make an autonomous prefecture's designation (ethnic-names.json peoples), longest first. */
const PEOPLES = readLexicon<{ peoples: string[] }>("ethnic-names.json")
  .peoples.slice()
  .sort((a, b) => b.length - a.length)
  .join("|");
/** The leagues that are still leagues (兴安盟; 乌兰察布盟 is now a city: cn-cities.json currentLeagues). */
const CURRENT_LEAGUES = new Set(readLexicon<{ currentLeagues: string[] }>("cn-cities.json").currentLeagues);
/**
 * The full designation of an autonomous prefecture after the name: one to three peoples' names, each with or
 * without 族, before 自治州 (西双版纳傣族自治州, 伊犁哈萨克自治州, 海西蒙古族藏族自治州; not 凉山两个自治州).
 * A city written with it, or a current league with 盟 (兴安盟), is named as written, not by its bare name.
 */
const DESIGNATION = `(?:(?:${PEOPLES})族?){1,3}自治州`;
const FULL_DESIGNATION = new RegExp(`^${DESIGNATION}$`);
/**
 * What may follow the name: 市 (not 市场, 市民, 市价…: lexicon.ts SHI_SUFFIX), 地区, 州, 盟 (entity-words.json
 * prefectureSuffixes) or a full designation.
 */
const SUFFIX = new RegExp(`^(${DESIGNATION}|${SHI_SUFFIX}|${entityAlt("prefectureSuffixes")})`);

/** The names written in `norm`, left to right, each with its suffix when written (the search goes on after it). */
function namesIn(norm: string): { name: string; suffix: string; cs: number }[] {
  const out: { name: string; suffix: string; cs: number }[] = [];
  for (let i = 0; i < norm.length; ) {
    const name = NAMES.firstAt(norm, i);
    if (name === undefined) {
      i++;
      continue;
    }
    const suffix = SUFFIX.exec(norm.slice(i + name.length, i + name.length + 14))?.[0] ?? "";
    out.push({ name, suffix, cs: i });
    i += name.length + suffix.length;
  }
  return out;
}
/** Characters after which a name may start inside a run of Han text (a preposition, a conjunction…). */
const OPENER = charClass(NAME_OPENER_CHARS, "从到至于往赴将把为了抵达自");
/** Words 电 opens after a date when it is no dateline (prefecture-cities.json notDatelineWords: 电话, 电告). */
const LEX = readLexicon<{
  notDatelineWords: string[];
  nationalZoneHeads: string[];
  notModifierEnds: string[];
}>("prefecture-cities.json");
const NOT_DATELINE = LEX.notDatelineWords;
/**
 * A state-approved zone type after an ambiguous name, one short modifier allowed (中山火炬开发区), not one
 * ending in a road's or a district's head (中山路高新区: prefecture-cities.json notModifierEnds).
 */
const NATIONAL_ZONE_AFTER = new RegExp(
  `^(?![\u4e00-\u9fff]?[${LEX.notModifierEnds.join("")}](?:${LEX.nationalZoneHeads.join("|")}))[\u4e00-\u9fff]{0,2}?(?:${LEX.nationalZoneHeads.join("|")})`,
);
/** An ambiguous name in a list of cities closed by a count of cities (高雄、台中、台南三市): the rest after the name. */
const CITY_LIST_AFTER = /^(?:[、和与及][\u4e00-\u9fff]{2,4}?)*[两二三四五六七八九十]市/;
const LIST_SEP = /[、和与及]/;
/** What closes a list item at once: a separator, punctuation, 等, a count of places (两地, 三市), the text's end. */
const ITEM_CLOSED = /^(?:[、和与及，,。；;：:）)\s]|等|[两二三四五六七八九十][地市]|$)/;

/** Whether an ambiguous name (cn-cities.json suffixOnly) at `cs`, written bare, is read as its city. */
function suffixOnlyRead(norm: string, cs: number, name: string): boolean {
  const after = norm.slice(cs + name.length, cs + name.length + 24);
  if (NATIONAL_ZONE_AFTER.test(after)) return true;
  const m = CITY_LIST_AFTER.exec(after);
  return !!m && (LIST_SEP.test(norm[cs - 1] ?? "") || LIST_SEP.test(after[0] ?? ""));
}
/**
 * Whether the ambiguous name at `cs` stands in a list of cities (台北、台中、高雄): a City read right before it
 * (`left`: its end) or a name of the gazetteer that is not ambiguous right after it, joined by a list separator;
 * the item closes at once (ITEM_CLOSED), so 深圳、中山设厂 is not read either.
 */
function listedAmong(
  found: readonly { name: string; cs: number }[],
  left: ReadonlySet<number>,
  cs: number,
  name: string,
  norm: string,
): boolean {
  const end = cs + name.length;
  // a name that opens a longer word is no item (中山陵, 三明治)
  if (!ITEM_CLOSED.test(norm.slice(end))) return false;
  if (LIST_SEP.test(norm[cs - 1] ?? "") && left.has(cs - 1)) return true;
  return LIST_SEP.test(norm[end] ?? "") && found.some((f) => !SUFFIX_ONLY.has(f.name) && f.cs === end + 1);
}
/** A news dateline's date right after the city (记者某某台北24日电, 某社某地3月2日电, …日电题): the city opens no
 * word. Not when 电 opens another word (电话, 电告, 电视 after a personal name). */
const DATELINE_AFTER = new RegExp(`^(?:${DAY_NUMBER}月)?${DAY_NUMBER}日(?!${NOT_DATELINE.join("|")})[电電]`);
/** The head of a zone's name right after the city (同意梅州综保区通过验收): the city opens the zone's name. */
const ZONE_AFTER = new RegExp(`^(?:${[...DEV_ZONE_HEADS, ...COUNTY_ZONE_HEADS].join("|")})`);

/** Whether `suffix` is the full designation of an autonomous prefecture, or 盟 after a current league. */
function isFull(name: string, suffix: string): boolean {
  return FULL_DESIGNATION.test(suffix) || (suffix === "盟" && CURRENT_LEAGUES.has(name));
}

/**
 * Prefecture-level cities of the gazetteer data/lexicon/cn-cities.json (百色, 廊坊, 伊犁州), with 市,
 * 州, 地区 or 盟 when written. A name inside a run of Han text counts only after an opener
 * (在, 和, 、…), a place (广西百色), with its suffix or before the head of a zone's name (同意梅州综保区),
 * so that 平安顺利 holds no 安顺; the names of cn-cities.json suffixOnly only with 市, before the head of a
 * state-approved zone type (德州市, 新乡经开区, 中山火炬开发区; not 中山科技园) or in a list closed by a count of cities
 * (高雄、台中、台南三市), in a dateline (记者某某台南31日电, its day also in Chinese numerals: 高雄一日电) or next
 * to a listed city (台北、台中、高雄). A name the text also writes with its full designation is that City wherever it is
 * written there (西双版纳傣族自治州…西双版纳州…西双版纳: one City). The city is
 * registered with its province (resolver data for the foreign-city checks).
 */
export const prefectureCities: EntityRule = {
  name: "prefecture-cities",
  type: "City",
  priority: 0,
  find({ norm, n, add, cands }) {
    if (PROVINCE_OF.size === 0) return;
    const found = namesIn(norm);
    /** The names the text writes with their full designation: their bare and 州 forms name the same City there. */
    const fullOf = new Map(
      found.filter((f) => isFull(f.name, f.suffix)).map((f) => [f.name, f.name + f.suffix]),
    );
    /** The ends of the Cities read so far, by earlier rules and by this one (a list's earlier items). */
    const cityEnds = new Set(cands.filter((c) => c.id.startsWith("City:")).map((c) => c.ce));
    for (const { name, suffix, cs } of found) {
      const prev = norm[cs - 1] ?? "";
      const afterPlace = cands.some((c) => c.ce === cs && /^(Province|City|Country):/.test(c.id));
      const zone = !suffix && ZONE_AFTER.test(norm.slice(cs + name.length, cs + name.length + 9));
      const dateline = DATELINE_AFTER.test(
        norm.slice(cs + name.length + suffix.length, cs + name.length + 12),
      );
      if (HAN.test(prev) && !OPENER.test(prev) && !afterPlace && !suffix && !zone && !dateline) continue;
      const full = isFull(name, suffix);
      // an ambiguous name is read bare in a dateline too (记者某某台南31日电), and between listed cities
      const bareRead =
        dateline || listedAmong(found, cityEnds, cs, name, norm) || suffixOnlyRead(norm, cs, name);
      if (SUFFIX_ONLY.has(name) && suffix !== "市" && !full && (suffix || !bareRead)) continue;
      const parent = PROVINCE_OF.get(name);
      const named = full ? name + suffix : (fullOf.get(name) ?? name);
      const id = n.cat.resolve(named, ["City"]) ?? n.ensure("City", named, { parent });
      add({ id, cs, ce: cs + name.length + suffix.length, method: "pattern" });
      cityEnds.add(cs + name.length + suffix.length);
    }
  },
};
