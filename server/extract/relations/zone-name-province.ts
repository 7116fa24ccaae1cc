import { typeOf } from "./context";
import type { RelationRule } from "./types";
import { provinceOfZone } from "./zone-province";

/**
 * A pilot zone named by its province lies in it: 中国（福建）自由贸易试验区, 福建自贸区 → 福建省.
 * The quoted name holds both the province (full or short name) and the zone head. A bare item of a
 * province list (湖北、重庆等自贸区: the seed annotation gives those no LOCATED_IN), an anaphor, or
 * the free trade port (no province in its zone name pattern) gives nothing.
 */
export const zoneNameProvince: RelationRule = {
  name: "zone-name-province",
  types: ["LOCATED_IN"],
  find({ ms, norm, cat, push }) {
    for (const m of ms) {
      if (typeOf(m.id) !== "FreeTradeZone" || !m.id.startsWith("FreeTradeZone:中国（")) continue;
      if (m.parts.some((p) => typeOf(p.id) === "Province")) continue; // name-internal gives it
      const prov = provinceOfZone(m.id, cat);
      const e = prov ? cat.get(prov) : undefined;
      if (!prov || !e) continue;
      const surface = norm.slice(m.cs, m.ce);
      if (![e.name, ...e.aliases].some((f) => f.length >= 2 && surface.includes(f))) continue;
      if (!/自贸|自由贸易|FTZ/.test(surface)) continue;
      push({
        type: "LOCATED_IN",
        source: m.id,
        target: prov,
        method: "pattern",
        confidence: 0.85,
        cs: m.cs,
        ce: m.ce,
      });
    }
  },
};
