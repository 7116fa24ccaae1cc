import { ORGANISATION_TAIL } from "../lexicon";
import { normalize } from "../text";
import type { EntityRule } from "./types";

/** Normalised canonical names, by name (normalising them at every match was a hot spot). */
const normalisedNames = new Map<string, string>();
function normalisedName(name: string): string {
  let n = normalisedNames.get(name);
  if (n === undefined) {
    n = normalize(name);
    normalisedNames.set(name, n);
  }
  return n;
}

/**
 * Catalog surface forms (names and aliases), longest first; an alias right before the rest of an
 * organisation's name is part of that name.
 */
export const catalogSurfaces: EntityRule = {
  name: "catalog-surfaces",
  type: "any",
  priority: 2,
  find({ norm, n, add }) {
    for (let i = 0; i < norm.length; i++) {
      const f = n.cat.longestAt(norm, i);
      if (!f) continue;
      const ids = n.cat.surfaces.get(f) ?? [];
      const id = ids[0];
      if (!id) continue;
      // 中国式现代化 is not a mention of the country.
      if (id === "Country:中国" && norm[i + f.length] === "式") continue;
      // an alias inside a longer name is not a mention (临港 in 上海临港集团, 上海 in 上海交通大学)
      const e = n.cat.get(id);
      if (e && normalisedName(e.name) !== f && ORGANISATION_TAIL.test(norm.slice(i + f.length))) continue;
      add({ id, cs: i, ce: i + f.length, method: "catalog", parts: n.catalogParts(id, f, i) });
    }
  },
};
