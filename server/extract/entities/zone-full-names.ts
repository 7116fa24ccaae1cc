import type { Span } from "./names";
import type { EntityRule } from "./types";

/**
 * 中国（X）自由贸易试验区 / 中国（X）自由贸易港.
 */
export const zoneFullNames: EntityRule = {
  name: "zone-full-names",
  type: "FreeTradeZone",
  priority: 3,
  find({ norm, n, add }) {
    for (const m of norm.matchAll(/中国\(([\u4e00-\u9fff]{2,8})\)(自由贸易试验区|自由贸易港|自贸试验区)/g)) {
      const place = m[1] ?? "";
      const cs = m.index ?? 0;
      let id: string;
      if (m[2] === "自由贸易港") id = n.ensure("FreeTradeZone", `${place}自由贸易港`, {});
      else id = n.zoneIdForPlace(place);
      const parts: Span[] = [];
      const pid = n.cat.places.get(place);
      if (pid) parts.push({ id: pid, cs: cs + 3, ce: cs + 3 + place.length });
      add({ id, cs, ce: cs + m[0].length, method: "pattern", parts });
    }
  },
};
