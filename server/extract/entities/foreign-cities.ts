import { cityPrefix, FOREIGN_CITIES, HEAD_TITLES, OFFICER_TITLES, readLexicon, SHI_SUFFIX } from "../lexicon";
import type { EntityRule } from "./types";

const translit = readLexicon<{ characters: string; routeWords: string[] }>("transliteration.json");
const cityWords = readLexicon<{ personAfter: string[]; longFormNotBefore: string }>("foreign-cities.json");
/**
 * What makes a gazetteer name a person's or a firm's (伊丽莎白·沃伦, 莫雷诺先生, 尤金公司): foreign-cities.json
 * personAfter, and the titles of heads and officers (titles.json: 莫雷诺总统, not 总统府).
 */
const PERSON_AFTER = new RegExp(`^(?:${[...cityWords.personAfter, HEAD_TITLES, OFFICER_TITLES].join("|")})`);
const TRANSLIT_RUN = new RegExp(
  `^[${translit.characters}]{2,6}(?=[^\\u4e00-\\u9fff]|[、地港市州和与及等至到]|$)`,
);
const ROUTE_WORD = new RegExp(
  `(?:${translit.routeWords.map((w) => w.replace(/[-\\]/g, "\\$&")).join("|")})$`,
);

/** The cities of each country, as sets (the gazetteer holds hundreds for some countries). */
const BY_COUNTRY = new Map([...FOREIGN_CITIES].map(([country, names]) => [country, new Set(names)]));

/** The longest city of `country`'s gazetteer that `rest` starts with (also read by listed-foreign-cities.ts). */
export function cityAt(country: string, rest: string): string | undefined {
  const names = BY_COUNTRY.get(country);
  return names && cityPrefix(names, rest);
}

/**
 * What may stand between a country and its city: 的, a title (首都, 首府, 最大城市), or 国 closing the country's
 * long form (日本国堺市: 国 never opens the city's name; not 国际, 国内, 国土, 国债 …: foreign-cities.json
 * longFormNotBefore).
 */
const AFTER_COUNTRY = new RegExp(
  `^(?:国(?![${cityWords.longFormNotBefore}])|的)?(?:首都|首府|(?:第[二三]|最)大(?:城市|港口?))?`,
);

/** A name of two to four Han characters closed by a city's 市 (not 城市, 市场, 市价…: lexicon.ts SHI_SUFFIX). */
const NAME_SHI = new RegExp(`^([\u4e00-\u9fff]{2,4}?)(?<!城)${SHI_SUFFIX}(?!区)`);
/** A world region or continent of the catalog (东南亚, 欧洲, 亚欧大陆): no country whose cities are written after it. */
export const REGION_KIND = /^(region|continent)$/;

/**
 * An unseen place written in transliteration characters right after a country that a route word
 * opens (开往哈萨克斯坦的热姆, 武汉—俄罗斯下卡姆斯克): the name, else null. Not after a world region: what
 * follows 产自东南亚的 or 运往欧洲的 is the goods (西瓜、火龙果), not a city.
 */
function transliterated(norm: string, country: { cs: number }, rest: string): string | null {
  if (!ROUTE_WORD.test(norm.slice(Math.max(0, country.cs - 2), country.cs))) return null;
  return TRANSLIT_RUN.exec(rest)?.[0] ?? null;
}

/**
 * Foreign cities written after their country: 德国的汉堡 (a city of the gazetteer in
 * data/lexicon/foreign-cities.json), 哈萨克斯坦阿拉木图市 (any short name closed by 市). A catalogued
 * city keeps its entry; an unseen one is registered without a province (it is foreign). After a route
 * word, a name in transliteration characters (data/lexicon/transliteration.json) counts too.
 */
export const foreignCities: EntityRule = {
  name: "foreign-cities",
  type: "City",
  priority: 2,
  find({ norm, n, add, cands }) {
    for (const c of cands) {
      if (!c.id.startsWith("Country:") || c.id === "Country:中国") continue;
      // 德国的汉堡, 拉脱维亚首都里加, 哈萨克斯坦最大城市阿拉木图
      const at = c.ce + (AFTER_COUNTRY.exec(norm.slice(c.ce))?.[0].length ?? 0);
      const rest = norm.slice(at, at + 10);
      const city = cityAt(c.id.slice("Country:".length), rest);
      const known = city && !PERSON_AFTER.test(rest.slice(city.length)) ? city : undefined;
      // (边境城市, 东部城市: 城市 is the common noun "city", not a name closed by 市)
      const shi = known ? null : NAME_SHI.exec(rest);
      const region = REGION_KIND.test(String(n.cat.get(c.id)?.properties.kind ?? ""));
      const name = known ?? shi?.[1] ?? (region ? null : transliterated(norm, c, rest));
      if (!name || /[与和及的在是为了对向、]/.test(name)) continue;
      const resolved = n.cat.resolve(name, ["City"]);
      if (resolved && !resolved.startsWith("City:")) continue;
      const id = resolved ?? n.ensure("City", name);
      if (n.cat.get(id)?.parent) continue;
      add({ id, cs: at, ce: at + name.length + (shi ? 1 : 0), method: "pattern" });
    }
  },
};
