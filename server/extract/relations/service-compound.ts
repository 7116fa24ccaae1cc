import type { Catalog } from "../catalog";
import { CITY_ABBREVIATIONS, isCountyLevel, REGION_ABBREVIATIONS } from "../lexicon";
import { typeOf } from "./context";
import type { RelationRule } from "./types";

/** The compound written in a service's bracketed name: 中欧班列（义新欧）. */
const BRACKETED = /（([\u4e00-\u9fff]{2,4})）$/;
/** What may follow a compound that opens a service's name: modifiers, then the service noun (湘滇·澜湄线). */
const TAIL = /^[\u4e00-\u9fff·]{0,8}?(班列|班车|快铁|专列|快线|航线|通道|线)$/;

/**
 * The place one character of a compound names: a province (湘, 渝), 港/澳/台, a major city
 * (data/lexicon/city-abbreviations.json: 蓉 成都, 义 义乌), or, after the first character, a world
 * region the route runs to (欧 → 欧洲, 非 → 非洲: the catalog's abbreviations of regions).
 */
function placeOf(ch: string, first: boolean, cat: Catalog): string | undefined {
  const city = CITY_ABBREVIATIONS.get(ch);
  const place =
    cat.provinceAbbr.get(ch) ??
    REGION_ABBREVIATIONS[ch] ??
    (city ? cat.places.get(city) : undefined) ??
    undefined;
  if (place || first) return place;
  const region = cat.countryAbbr.get(ch);
  return region && cat.get(region)?.properties.kind === "region" ? region : undefined;
}

/** The places of a compound when every character names one (and none twice), else undefined. */
function decode(comp: string, cat: Catalog): string[] | undefined {
  const out: string[] = [];
  for (let i = 0; i < comp.length; i++) {
    const p = placeOf(comp[i] ?? "", i === 0, cat);
    if (!p || out.includes(p)) return undefined;
    out.push(p);
  }
  return out.length >= 2 ? out : undefined;
}

/** The places a service's name spells by abbreviation: 芜合欧班列, 湘粤非铁海联运通道, 中欧班列（渝新欧）. */
function compoundPlaces(name: string, cat: Catalog): string[] | undefined {
  const bracketed = BRACKETED.exec(name)?.[1];
  // (a county's name in brackets, 中欧班列（新津） (cn-counties.json), spells no compound)
  if (bracketed) return isCountyLevel(bracketed) ? undefined : decode(bracketed, cat);
  // (a compound led by 中 is a country compound: 中欧班列, 中蒙俄经济走廊)
  if (name.startsWith("中")) return undefined;
  // the longest leading run that decodes and leaves only a service tail (蚌合欧 + 城际定向班列)
  for (let n = Math.min(4, name.length - 2); n >= 2; n--) {
    if (!TAIL.test(name.slice(n))) continue;
    const places = decode(name.slice(0, n), cat);
    if (places) return places;
  }
  return undefined;
}

/**
 * A service named by a compound of one-character abbreviations connects every place the compound
 * spells: its origin, the provinces it crosses and the region it runs to (义新欧 → 义乌, 新疆, 欧洲;
 * 湘粤非 → 湖南, 广东, 非洲), also in brackets after the brand (中欧班列（渝新欧）). Names led by 中
 * (中欧班列, 中蒙俄经济走廊) are country compounds (name-internal.ts; a world region in such a brand
 * is no stated end). The evidence is the name.
 */
export const serviceCompound: RelationRule = {
  name: "service-compound",
  types: ["CONNECTS"],
  find({ ms, cat, push }) {
    for (const m of ms) {
      if (typeOf(m.id) !== "Corridor") continue;
      for (const place of compoundPlaces(m.id.slice("Corridor:".length), cat) ?? []) {
        if (place === "Country:中国") continue;
        push({
          type: "CONNECTS",
          source: m.id,
          target: place,
          method: "pattern",
          confidence: 0.8,
          cs: m.cs,
          ce: m.ce,
        });
      }
    }
  },
};
