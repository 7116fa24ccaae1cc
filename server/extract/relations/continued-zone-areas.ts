import { typeOf } from "./context";
import type { RelationRule } from "./types";

/**
 * PART_OF for the areas of a sentence that only continues the one before it (其中，郑州片区…；洛阳片区…;
 * 包括南宁片区、钦州港片区…) when that paragraph's subject is a zone and this sentence names no zone
 * of its own: the areas are the zone's, stated across the two sentences (both are quoted). An area the
 * catalog resolves to another zone is a misreading; a sentence that does not continue (no 其中/包括/
 * 具体…) says nothing of the earlier zone.
 */
export const continuedZoneAreas: RelationRule = {
  name: "continued-zone-areas",
  types: ["PART_OF"],
  find({ ctx, cat, of, push }) {
    if (!ctx || ctx.triggers === undefined || typeOf(ctx.id) !== "FreeTradeZone") return;
    if (of("FreeTradeZone").length > 0) return;
    for (const area of of("Area")) {
      const parent = cat.get(area.id)?.parent;
      if (parent && `FreeTradeZone:${parent}` !== ctx.id) continue;
      push({
        type: "PART_OF",
        source: area.id,
        target: ctx.id,
        method: "pattern",
        confidence: 0.8,
        cs: area.cs,
        ce: area.ce,
        viaContext: true,
      });
    }
  },
};
