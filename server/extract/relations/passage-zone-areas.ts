import type { RelationRule } from "./types";

/**
 * PART_OF: areas with the only zone of the passage (or with their catalog zone).
 */
export const passageZoneAreas: RelationRule = {
  name: "passage-zone-areas",
  types: ["PART_OF"],
  find({ cat, push, of }) {
    const zones = [...new Set(of("FreeTradeZone").map((m) => m.id))];
    for (const area of of("Area")) {
      const parent = cat.get(area.id)?.parent;
      const parentId = parent ? `FreeTradeZone:${parent}` : undefined;
      if (parentId && zones.includes(parentId)) {
        push({ type: "PART_OF", source: area.id, target: parentId, method: "catalog", confidence: 0.9 });
      } else if (zones.length === 1 && zones[0] && !parentId) {
        push({
          type: "PART_OF",
          source: area.id,
          target: zones[0],
          method: "pattern",
          confidence: area.enumerated ? 0.9 : 0.75,
        });
      }
    }
  },
};
