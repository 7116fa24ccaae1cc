import { typeOf } from "./context";
import type { RelationRule } from "./types";

/** A foreign city written right after its country (德国的汉堡, 哈萨克斯坦阿拉木图市) lies in it. */
export const foreignCityCountry: RelationRule = {
  name: "foreign-city-country",
  types: ["LOCATED_IN"],
  find({ norm, ms, cat, push }) {
    for (const c of ms) {
      if (typeOf(c.id) !== "City" || cat.get(c.id)?.parent) continue;
      const country = ms.find(
        (x) => typeOf(x.id) === "Country" && /^的?$/.test(norm.slice(x.ce, c.cs)) && x.ce <= c.cs,
      );
      if (!country || country.id === "Country:中国") continue;
      push({
        type: "LOCATED_IN",
        source: c.id,
        target: country.id,
        method: "pattern",
        confidence: 0.85,
        cs: country.cs,
        ce: c.ce,
      });
    }
  },
};
