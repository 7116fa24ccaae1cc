import { T_PLATFORM } from "./triggers";
import type { RelationRule } from "./types";

/**
 * HAS_PLATFORM
 */
export const hasPlatform: RelationRule = {
  name: "has-platform",
  types: ["HAS_PLATFORM"],
  find({ cat, trigText, push, of, subjectBefore }) {
    if (T_PLATFORM.test(trigText)) {
      for (const d of of("DevZone")) {
        if (cat.get(d.id)?.properties.kind === "category") continue;
        const s = subjectBefore(d, ["FreeTradeZone", "Area", "Province", "City"]);
        if (!s) continue;
        if (d.parts.some((p) => p.id === s.id)) continue;
        push({
          type: "HAS_PLATFORM",
          subj: s,
          source: s.id,
          target: d.id,
          method: "pattern",
          confidence: 0.75,
          cs: s.cs,
          ce: d.ce,
        });
      }
    }
  },
};
