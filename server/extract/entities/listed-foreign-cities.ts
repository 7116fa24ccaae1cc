import type { Catalog } from "../catalog";
import { HAN } from "../clauses";
import { readLexicon } from "../lexicon";
import { PrefixIndex } from "../prefix-index";
import { cityAt, REGION_KIND } from "./foreign-cities";
import { CONTEXT_GAZETTEER_CITIES } from "./gazetteer-cities";
import type { Span } from "./names";
import type { EntityRule } from "./types";

const lex = readLexicon<{
  listJoints: string[];
  routeJoints: string[];
  listEnds: string[];
  routeHeads: string[];
  countryListOpeners: string[];
}>("foreign-cities.json");
const LIST = new Set(lex.listJoints);
const ROUTE = new Set(lex.routeJoints);
const ENDS = new Set(lex.listEnds);
const OPENERS = new Set(lex.countryListOpeners);
const ROUTE_HEAD = new RegExp(`^(?:${lex.routeHeads.join("|")})`);
const NAMES = new PrefixIndex(CONTEXT_GAZETTEER_CITIES);
/** The types a list or a route of places holds. */
const PLACE = /^(?:City|Country|Port|Province):/;

/** Whether `ch` bounds a list item: a joint, a word that ends the list (等, 的), or no Han character. */
const bounds = (ch: string) => LIST.has(ch) || ROUTE.has(ch) || ENDS.has(ch) || !HAN.test(ch);

/**
 * Whether the name at [cs, ce) opens a bracket written right after a country (spaces allowed before the
 * bracket: 德国 (科隆)) and is one of that country's cities in the gazetteer (印度(孟买), not 美国(东京)); never
 * after 中国 (中国（海阳）… is a Chinese event's place). A world region of the catalog (欧洲(汉堡、米兰)) has no city
 * list: its bracket is read on the name alone.
 */
function opensCountryList(
  norm: string,
  places: readonly Span[],
  cat: Catalog,
  cs: number,
  ce: number,
): boolean {
  if (!OPENERS.has(norm[cs - 1] ?? "")) return false;
  const country = places.find(
    (p) => p.id.startsWith("Country:") && p.ce < cs && /^\s*$/.test(norm.slice(p.ce, cs - 1)),
  );
  if (!country || country.id === "Country:中国") return false;
  const name = norm.slice(cs, ce);
  if (REGION_KIND.test(String(cat.get(country.id)?.properties.kind ?? ""))) return true;
  return cityAt(country.id.slice("Country:".length), name) === name;
}

/**
 * Whether the name at [cs, ce) is an item next to a place: the first item of a bracket opened after a
 * country, of that country's cities (opensCountryList), the stop after a place on a route (西安—纽约,
 * 西安至华沙的班列, or running into a route word: 郑州-首尔航线, not 磨憨—磨丁经济合作区), or an item of a list or route, bounded on both
 * sides, whose neighbour across the joint is a place (迪拜、大阪、新加坡, 大阪—东京).
 */
function nextToPlace(norm: string, places: readonly Span[], cat: Catalog, cs: number, ce: number): boolean {
  const prev = norm[cs - 1] ?? "";
  const next = norm[ce] ?? "";
  const placeBefore = places.some((p) => p.ce === cs - 1);
  const routeWordAfter = ROUTE_HEAD.test(norm.slice(ce, ce + 3));
  if (ROUTE.has(prev) && placeBefore && (bounds(next) || routeWordAfter)) return true;
  if (!bounds(prev) || !bounds(next)) return false;
  return (
    (LIST.has(prev) && placeBefore) ||
    opensCountryList(norm, places, cat, cs, ce) ||
    ((LIST.has(next) || ROUTE.has(next)) && places.some((p) => p.cs === ce + 1))
  );
}

/**
 * Two-character cities of the foreign gazetteer (data/lexicon/foreign-cities.json), which stand
 * alone only before 站 or 市 (汉堡 is also food), read as an item of a list or a route next to a
 * place: 布里斯班、悉尼, 越南河内、同登等地, 西安—纽约. A name found this way is a neighbour for the next one.
 */
export const listedForeignCities: EntityRule = {
  name: "listed-foreign-cities",
  type: "City",
  priority: 1,
  find({ norm, n, add, cands }) {
    const places: Span[] = cands.filter((c) => PLACE.test(c.id));
    const items = NAMES.matchAll(norm)
      .map((m) => ({ name: m[0], cs: m.index ?? 0, ce: (m.index ?? 0) + m[0].length }))
      .filter(({ cs, ce }) => !cands.some((c) => c.cs < ce && c.ce > cs));
    for (let grew = true; grew; ) {
      grew = false;
      for (const item of items.splice(0)) {
        const resolved = n.cat.resolve(item.name);
        if (
          !nextToPlace(norm, places, n.cat, item.cs, item.ce) ||
          (resolved && !resolved.startsWith("City:"))
        ) {
          items.push(item);
          continue;
        }
        const id = resolved ?? n.ensure("City", item.name);
        if (n.cat.get(id)?.parent) continue;
        add({ id, cs: item.cs, ce: item.ce, method: "pattern" });
        places.push({ id, cs: item.cs, ce: item.ce });
        grew = true;
      }
    }
  },
};
