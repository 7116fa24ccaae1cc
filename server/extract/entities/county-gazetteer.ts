import { clauseEnd, clauseStart } from "../clauses";
import {
  ADMIN_HEAD_WORDS,
  COUNTY_COMMON_WORDS,
  COUNTY_FULL_OF,
  COUNTY_PROVINCE_OF,
  COUNTY_ZONE_HEADS,
  DISTRICT_SUFFIXES,
  readLexicon,
  TOWN_SUFFIXES,
} from "../lexicon";
import { PrefixIndex } from "../prefix-index";
import { portHeadOpens } from "./ports";
import type { EntityContext, EntityRule } from "./types";

/** Every form, longest first, by its first two characters. */
const FORMS = new PrefixIndex(
  [...COUNTY_PROVINCE_OF.keys(), ...COUNTY_FULL_OF.keys()].sort((a, b) => b.length - a.length),
);
/** A district's full name (二七区: dev-zone-heads.json districtSuffixes): it lies in its city. */
const isDistrict = (fullName: string) => DISTRICT_SUFFIXES.some((x) => fullName.endsWith(x));
/** What turns the suffix into another word: 区域, 区块, 市场, 市民, 市值, 县域, 县级. */
const SUFFIX_WORD = new RegExp(`^(${ADMIN_HEAD_WORDS.join("|")})`);
/** Only 、 joins list items for bare names: 和/与/及 are also prepositions (红河州南部与越南接壤). */
const LIST = /、/;
/** What may follow a bare name in a list: the list going on or closing (赤水等地), or no Han text. */
const LIST_GOES_ON = /^([、和及等两三四五六七八九十各]|[^\u4e00-\u9fff]|$)/;
const PLACE = /^(Province|City|Country):/;
const PLACE_IN_CHINA = /^(Province|City):/;
const afterCity = readLexicon<{ afterCityFollowers: string[]; afterCityFeatures: string[] }>(
  "cn-counties.json",
);
/**
 * What may follow a bare county name written right after a city of its province (临汾侯马出发, 塔城乌苏—, 青岛胶州。):
 * a mark, no Han text, or a word of data/lexicon/cn-counties.json afterCityFollowers (not 胶州湾, 侯马路).
 */
const AFTER_CITY_FOLLOWS = new RegExp(`^(?:[^\\u4e00-\\u9fff]|$|${afterCity.afterCityFollowers.join("|")})`);
/** Bare county names that are also a lake's or a mountain's (cn-counties.json afterCityFeatures). */
const FEATURES = new Set(afterCity.afterCityFeatures);
/** Zone heads a bare name may lead (昆山开发区, 井冈山经济技术开发区, 泉州台商投资区: data/lexicon/dev-zone-heads.json). */
const ZONE_AFTER = new RegExp(`^(${COUNTY_ZONE_HEADS.join("|")})`);

/**
 * 山西临汾侯马出发: a county or county-level city (not a district, not a common word, not a lake's or mountain's name)
 * written bare right after a city of its own province, then a mark or a route's or list's word.
 */
function afterOwnCity({ norm, n, cands }: EntityContext, i: number, ce: number, fullName: string): boolean {
  const p = COUNTY_PROVINCE_OF.get(fullName);
  const bare = norm.slice(i, ce);
  if (!p || isDistrict(fullName) || COUNTY_COMMON_WORDS.has(bare) || FEATURES.has(bare)) return false;
  if (!AFTER_CITY_FOLLOWS.test(norm.slice(ce))) return false;
  return cands.some((c) => c.ce === i && c.id.startsWith("City:") && n.cat.get(c.id)?.parent === p);
}

/**
 * County-level divisions of China from the gazetteer data/lexicon/cn-counties.json: districts, counties,
 * county-level cities and banners written in full (郑州市金水区, 二七区, 安岳县), and their bare names as
 * items of a list of places (在昆明、赤水等地), right after the one province that holds them (湖北仙桃) or a
 * city of that province (临汾侯马出发, afterOwnCity), or leading a zone's head with no place before them (井冈山经济技术开发区), or, a county or county-level city, a
 * port's head (同江铁路口岸, 萝北口岸, 水富港: the port lies in it); a district that was a county-level
 * city also with 市 (龙海市). A catalogued name keeps its entry; a found one is a City,
 * registered with its province when only one province holds the name (resolver data); a county-level
 * city is named without 市 like every city (东兴市 → 东兴).
 */
export const countyGazetteer: EntityRule = {
  name: "county-gazetteer",
  type: "City",
  priority: 1,
  find(ctx) {
    const { norm, n, add, cands } = ctx;
    const listed = (cs: number, ce: number) =>
      LIST_GOES_ON.test(norm.slice(ce, ce + 1)) &&
      ((LIST.test(norm[cs - 1] ?? "") && cands.some((c) => c.ce === cs - 1 && PLACE.test(c.id))) ||
        (LIST.test(norm[ce] ?? "") && cands.some((c) => c.cs === ce + 1 && PLACE.test(c.id))));
    // 湖北仙桃, 福建龙海市: a bare name right after the one province that holds it
    const afterOwnProvince = (cs: number, fullName: string) => {
      const p = COUNTY_PROVINCE_OF.get(fullName);
      return !!p && cands.some((c) => c.ce === cs && c.id === `Province:${p}`);
    };
    // the province holding the county written in the document (its name or a two-character or longer alias):
    // a county's name alone is often another place's (清水河口岸 in Xinjiang, 朝天门港 in Chongqing)
    const provinceWritten = (fullName: string) => {
      const e = n.cat.get(`Province:${COUNTY_PROVINCE_OF.get(fullName) ?? ""}`);
      const text = n.doc.text();
      return !!e && [e.name, ...e.aliases].some((f) => f.length >= 2 && text.includes(f));
    };
    // a place of another province written in the port's own clause, not as a port's name (龙门港位于钦州: the
    // county's name there is a homonym's; 泸州港与水富港 keeps 水富), nor overlapping the county's own name
    // (饶河口岸 holds 河口, a city of Yunnan)
    const otherProvinceInClause = (i: number, ce: number, fullName: string) => {
      const a = clauseStart(norm, i);
      const b = clauseEnd(norm, ce);
      const own = COUNTY_PROVINCE_OF.get(fullName);
      return cands.some((c) => {
        if (c.cs < a || c.ce > b || (c.cs < ce && c.ce > i) || portHeadOpens(norm.slice(c.ce))) return false;
        const e = PLACE_IN_CHINA.test(c.id) ? n.cat.get(c.id) : undefined;
        const p = e?.type === "Province" ? e.name : e?.parent;
        return !!p && p !== own;
      });
    };
    // a county or county-level city (not a district, not a common word) leading a port's head, in a document
    // not naming the town
    const leadsPort = (i: number, ce: number, fullName: string) =>
      portHeadOpens(norm.slice(ce)) &&
      !isDistrict(fullName) &&
      !COUNTY_COMMON_WORDS.has(norm.slice(i, ce)) &&
      !TOWN_SUFFIXES.some((t) => n.doc.text().includes(norm.slice(i, ce) + t)) &&
      provinceWritten(fullName) &&
      !cands.some((c) => c.cs < i && c.ce > i) &&
      !otherProvinceInClause(i, ce, fullName);
    for (let i = 0; i < norm.length; i++) {
      const form = FORMS.firstAt(norm, i);
      if (!form || n.cat.surfaces.has(form)) continue;
      let ce = i + form.length;
      const full = COUNTY_PROVINCE_OF.has(form);
      const fullName = full ? form : (COUNTY_FULL_OF.get(form) ?? "");
      // a district that was a county-level city, written so (龙海市 for 龙海区)
      const formerCity =
        !full && norm[ce] === "市" && isDistrict(fullName) && !SUFFIX_WORD.test(norm.slice(ce, ce + 2));
      // (a zone head after a name glued to another place is that place's zone: 长春兴隆综合保税区)
      // (a port head likewise, unless a name found earlier holds the bare name: 长春兴隆铁路口岸 read again)
      const leadsZone = () =>
        (ZONE_AFTER.test(norm.slice(formerCity ? ce + 1 : ce)) || leadsPort(i, ce, fullName)) &&
        !cands.some((c) => c.ce === i && PLACE.test(c.id));
      const bareFits = () =>
        listed(i, ce) || afterOwnProvince(i, fullName) || afterOwnCity(ctx, i, ce, fullName) || leadsZone();
      if (full ? SUFFIX_WORD.test(norm.slice(ce - 1, ce + 1)) : !(formerCity || bareFits())) continue;
      if (formerCity) ce++;
      const province = COUNTY_PROVINCE_OF.get(fullName) || undefined;
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
