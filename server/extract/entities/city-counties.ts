import type { EntityRule } from "./types";

/** 县 closing a county name, not 县域/县城/县级/县区/县乡/县市. */
const COUNTY_HEAD = /^县(?![域城级区乡市委政长])/;

/**
 * Counties named after their prefecture city: 岳阳县, 长沙县, 南昌县 (the city's name and 县). The
 * county is a City of its own (as written), not a mention of the prefecture city.
 */
export const cityCounties: EntityRule = {
  name: "city-counties",
  type: "City",
  priority: 2,
  find({ norm, n, add, cands }) {
    for (const c of [...cands]) {
      if (!c.id.startsWith("City:") || !COUNTY_HEAD.test(norm.slice(c.ce, c.ce + 2))) continue;
      const name = `${norm.slice(c.cs, c.ce)}县`;
      const city = n.cat.get(c.id);
      const known = n.cat.resolve(name, ["City"]);
      if (known && !known.startsWith("City:")) continue;
      const id = known ?? n.ensure("City", name, city?.parent ? { parent: city.parent } : {});
      add({ id, cs: c.cs, ce: c.ce + 1, method: "pattern" });
    }
  },
};
