import { typeOf } from "./context";
import type { RelationRule } from "./types";

/**
 * BORDERS: 广西与越南接壤 / 黑龙江省与俄罗斯毗邻 (province + 与 + countries + trigger).
 */
export const borderWith: RelationRule = {
  name: "border-with",
  types: ["BORDERS"],
  find({ norm, ms, push, of, isCountry }) {
    for (const m of norm.matchAll(/与([^，；。与]{1,80}?)(接壤|毗邻|交界|相邻)/g)) {
      const at = m.index ?? 0;
      const prov = ms.filter((x) => typeOf(x.id) === "Province" && x.ce <= at && x.ce >= at - 1).pop();
      if (!prov) continue;
      for (const c of of("Country")) {
        if (c.cs > at && c.ce <= at + 1 + (m[1]?.length ?? 0) && c.id !== "Country:中国" && isCountry(c.id)) {
          push({
            type: "BORDERS",
            source: prov.id,
            target: c.id,
            method: "pattern",
            confidence: 0.85,
            cs: prov.cs,
            ce: at + m[0].length,
          });
        }
      }
    }
  },
};
