import type { EntityRule } from "./types";

/**
 * Catalog surface forms.
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
      add({ id, cs: i, ce: i + f.length, method: "catalog", parts: n.catalogParts(id, f, i) });
    }
  },
};
