import { typeOf } from "./context";
import type { RelationRule } from "./types";

/**
 * Name-internal facts: 二连浩特铁路口岸 → 二连浩特, 中国（内蒙古）… → 内蒙古, 中蒙俄经济走廊 → 蒙古国, 俄罗斯.
 */
export const nameInternal: RelationRule = {
  name: "name-internal",
  types: ["LOCATED_IN", "CONNECTS"],
  find({ ms, cat, push }) {
    for (const m of ms) {
      const t = typeOf(m.id);
      for (const p of m.parts) {
        const pt = typeOf(p.id);
        // a place-led name lies in its place (a port also in its country: 俄罗斯…港)
        if (
          ((t === "Port" || t === "Area" || t === "DevZone" || t === "FreeTradeZone") &&
            (pt === "City" || pt === "Province")) ||
          (t === "Port" && pt === "Country")
        ) {
          push({
            type: "LOCATED_IN",
            source: m.id,
            target: p.id,
            method: "pattern",
            confidence: 0.9,
            cs: m.cs,
            ce: m.ce,
          });
        }
        if (
          t === "Corridor" &&
          (pt === "Country" || pt === "Province" || pt === "City") &&
          p.id !== "Country:中国" &&
          // a world region in a brand compound (中欧班列, 中亚欧班列) is no stated end of the route
          !(pt === "Country" && cat.get(p.id)?.properties.kind === "region")
        ) {
          push({
            type: "CONNECTS",
            source: m.id,
            target: p.id,
            method: "pattern",
            confidence: 0.85,
            cs: m.cs,
            ce: m.ce,
          });
        }
      }
    }
  },
};
