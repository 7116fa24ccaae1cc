import { typeOf } from "./context";
import type { RelationRule } from "./types";

/**
 * PART_OF for the areas of a sentence that only continues the one before it (其中，郑州片区…；洛阳片区…;
 * 包括南宁片区、钦州港片区…) when that paragraph's subject is a zone and this sentence names no zone
 * of its own, or that follows, in the same paragraph, a sentence naming that zone and no other
 * (X自贸试验区…开放。今年以来，A片区…、B片区…项目落地): the areas are the zone's, stated across the two
 * sentences (both are quoted). An area the catalog resolves to another zone is a misreading; a
 * sentence that neither continues (其中/包括/具体…) nor directly follows the zone's says nothing of it,
 * except areas it enumerates as the areas of one zone (包含广州南沙、深圳前海、珠海横琴三个片区 under a
 * heading or in a paragraph about 广东自贸区): those are the carried zone's (heading or paragraph quoted).
 */
export const continuedZoneAreas: RelationRule = {
  name: "continued-zone-areas",
  types: ["PART_OF"],
  find({ ctx, cat, of, push }) {
    if (!ctx || typeOf(ctx.id) !== "FreeTradeZone") return;
    const stated = ctx.triggers !== undefined || ctx.zoneBefore;
    const enumerated = of("Area").filter((a) => a.enumerated);
    if (!stated && enumerated.length === 0) return;
    if (of("FreeTradeZone").length > 0) return;
    for (const area of stated ? of("Area") : enumerated) {
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
        ...(ctx.triggers === undefined && ctx.zoneBefore ? { viaPrevZone: true } : {}),
      });
    }
  },
};
