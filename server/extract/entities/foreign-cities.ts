import { FOREIGN_CITIES } from "../lexicon";
import type { EntityRule } from "./types";

/**
 * Foreign cities written after their country: 德国的汉堡 (a city of the gazetteer in
 * data/lexicon/foreign-cities.json), 哈萨克斯坦阿拉木图市 (any short name closed by 市). A catalogued
 * city keeps its entry; an unseen one is registered without a province (it is foreign).
 */
export const foreignCities: EntityRule = {
  name: "foreign-cities",
  type: "City",
  priority: 2,
  find({ norm, n, add, cands }) {
    for (const c of cands) {
      if (!c.id.startsWith("Country:") || c.id === "Country:中国") continue;
      const at = norm[c.ce] === "的" ? c.ce + 1 : c.ce;
      const rest = norm.slice(at, at + 8);
      const known = (FOREIGN_CITIES.get(c.id.slice("Country:".length)) ?? [])
        .filter((name) => rest.startsWith(name))
        .sort((x, y) => y.length - x.length)[0];
      const shi = known ? null : /^([\u4e00-\u9fff]{2,4}?)市(?![场民值区])/.exec(rest);
      const name = known ?? shi?.[1];
      if (!name || /[与和及的在是为了对向、]/.test(name)) continue;
      const resolved = n.cat.resolve(name, ["City"]);
      if (resolved && !resolved.startsWith("City:")) continue;
      const id = resolved ?? n.ensure("City", name);
      if (n.cat.get(id)?.parent) continue;
      add({ id, cs: at, ce: at + name.length + (shi ? 1 : 0), method: "pattern" });
    }
  },
};
