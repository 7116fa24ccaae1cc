import { ADMIN_HEAD_WORDS, COUNTY_ZONE_HEADS, readLexicon } from "../lexicon";
import { PrefixIndex } from "../prefix-index";
import type { EntityRule } from "./types";

const data = readLexicon<{ counties: Record<string, string[]> }>("cn-counties.json");
/** Full name (金水区, 安岳县, 赤水市) → its province, or "" when several provinces hold the name (鼓楼区). */
const PROVINCE_OF = new Map<string, string>();
for (const [province, names] of Object.entries(data.counties))
  for (const c of names)
    PROVINCE_OF.set(c, PROVINCE_OF.has(c) && PROVINCE_OF.get(c) !== province ? "" : province);
/** Bare name (安岳, 赤水) → full name, for names whose base has two characters or more. */
const FULL_OF = new Map<string, string>();
for (const full of PROVINCE_OF.keys()) {
  const base = full.replace(/(自治县|自治旗|县|区|市|旗)$/, "");
  // a bare name that is also a direction or part word (南部, 东方, 城中) is left to its full form
  if (base.length >= 2 && !/^[东南西北中上下内外城郊][部方区中]$/.test(base) && !FULL_OF.has(base))
    FULL_OF.set(base, full);
}
/**
 * Whether a place name as written (凭祥, 江津区, 珲春市) is a county-level division of the gazetteer: a
 * district, county, banner or county-level city, in full or bare. Read by relations/province-ports.ts.
 */
export function isCountyLevel(written: string): boolean {
  return PROVINCE_OF.has(written) || FULL_OF.has(written) || PROVINCE_OF.has(`${written}市`);
}
/** Every form, longest first, by its first two characters. */
const FORMS = new PrefixIndex([...PROVINCE_OF.keys(), ...FULL_OF.keys()].sort((a, b) => b.length - a.length));
/** What turns the suffix into another word: 区域, 区块, 市场, 市民, 市值, 县域, 县级. */
const SUFFIX_WORD = new RegExp(`^(${ADMIN_HEAD_WORDS.join("|")})`);
/** Only 、 joins list items for bare names: 和/与/及 are also prepositions (红河州南部与越南接壤). */
const LIST = /、/;
/** What may follow a bare name in a list: the list going on or closing (赤水等地), or no Han text. */
const LIST_GOES_ON = /^([、和及等两三四五六七八九十各]|[^\u4e00-\u9fff]|$)/;
const PLACE = /^(Province|City|Country):/;
/** Zone heads a bare name may lead (昆山开发区, 井冈山经济技术开发区, 泉州台商投资区: data/lexicon/dev-zone-heads.json). */
const ZONE_AFTER = new RegExp(`^(${COUNTY_ZONE_HEADS.join("|")})`);

/**
 * County-level divisions of China from the gazetteer data/lexicon/cn-counties.json: districts, counties,
 * county-level cities and banners written in full (郑州市金水区, 二七区, 安岳县), and their bare names as
 * items of a list of places (在昆明、赤水等地), right after the one province that holds them (湖北仙桃) or
 * leading a zone's head with no place before them (井冈山经济技术开发区); a district that was a county-level
 * city also with 市 (龙海市). A catalogued name keeps its entry; a found one is a City,
 * registered with its province when only one province holds the name (resolver data); a county-level
 * city is named without 市 like every city (东兴市 → 东兴).
 */
export const countyGazetteer: EntityRule = {
  name: "county-gazetteer",
  type: "City",
  priority: 1,
  find({ norm, n, add, cands }) {
    const listed = (cs: number, ce: number) =>
      LIST_GOES_ON.test(norm.slice(ce, ce + 1)) &&
      ((LIST.test(norm[cs - 1] ?? "") && cands.some((c) => c.ce === cs - 1 && PLACE.test(c.id))) ||
        (LIST.test(norm[ce] ?? "") && cands.some((c) => c.cs === ce + 1 && PLACE.test(c.id))));
    // 湖北仙桃, 福建龙海市: a bare name right after the one province that holds it
    const afterOwnProvince = (cs: number, fullName: string) => {
      const p = PROVINCE_OF.get(fullName);
      return !!p && cands.some((c) => c.ce === cs && c.id === `Province:${p}`);
    };
    for (let i = 0; i < norm.length; i++) {
      const form = FORMS.firstAt(norm, i);
      if (!form || n.cat.surfaces.has(form)) continue;
      let ce = i + form.length;
      const full = PROVINCE_OF.has(form);
      const fullName = full ? form : (FULL_OF.get(form) ?? "");
      // a district that was a county-level city, written so (龙海市 for 龙海区)
      const formerCity =
        !full && norm[ce] === "市" && /区$/.test(fullName) && !SUFFIX_WORD.test(norm.slice(ce, ce + 2));
      // (a zone head after a name glued to another place is that place's zone: 长春兴隆综合保税区)
      const leadsZone = () =>
        ZONE_AFTER.test(norm.slice(formerCity ? ce + 1 : ce)) &&
        !cands.some((c) => c.ce === i && PLACE.test(c.id));
      const bareFits = () => listed(i, ce) || afterOwnProvince(i, fullName) || leadsZone();
      if (full ? SUFFIX_WORD.test(norm.slice(ce - 1, ce + 1)) : !(formerCity || bareFits())) continue;
      if (formerCity) ce++;
      const province = PROVINCE_OF.get(fullName) || undefined;
      // a county-level city is named without 市, as every city is (东兴市 → 东兴); counties keep 县
      const name = /..市$/.test(fullName) ? fullName.slice(0, -1) : form;
      const known = n.cat.resolve(form, ["City"]) ?? n.cat.resolve(name, ["City"]);
      const id = known?.startsWith("City:")
        ? known
        : n.ensure("City", name, province ? { parent: province } : {});
      add({ id, cs: i, ce, method: "pattern" });
      i = ce - 1;
    }
  },
};
