import { hanRunBefore } from "../clauses";
import type { EntityRule } from "./types";

/**
 * Place-named corridors: 粤湘区域经济走廊 handled above; X经济走廊 after a place name.
 */
export const corridorPlaces: EntityRule = {
  name: "corridor-places",
  type: "Corridor",
  priority: 1,
  find({ norm, n, add }) {
    for (const m of norm.matchAll(/经济走廊/g)) {
      const k = m.index ?? 0;
      const from = hanRunBefore(norm, k, 8);
      const places = n.placesIn(norm.slice(from, k));
      const first = places[0];
      if (!first) continue;
      // the places must make up the whole name (optionally followed by 区域)
      let cover = first.start;
      for (const p of places) if (p.start === cover) cover = p.end;
      const tail = norm.slice(from + cover, k);
      if (tail !== "" && tail !== "区域") continue;
      const cs = from + first.start;
      const name = norm.slice(cs, k + 4);
      const id = n.cat.resolve(name, ["Corridor"]) ?? n.ensure("Corridor", name);
      add({
        id,
        cs,
        ce: k + 4,
        method: "pattern",
        parts: places.map((p) => ({ id: p.id, cs: from + p.start, ce: from + p.end })),
      });
    }
  },
};
