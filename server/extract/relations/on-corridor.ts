import { T_CORRIDOR } from "./triggers";
import type { RelationRule } from "./types";

/**
 * on-corridor
 */
export const onCorridor: RelationRule = {
  name: "on-corridor",
  types: ["ON_CORRIDOR"],
  find({ norm, trigText, push, of, subjectBefore }) {
    const SUBJ = ["FreeTradeZone", "Area", "Province", "City", "Port"];
    // ON_CORRIDOR
    if (T_CORRIDOR.test(trigText)) {
      for (const corr of of("Corridor")) {
        // 为“一带一路”建设注入动能: the corridor benefits, nothing is said to lie on it
        if (/(^|[^作成列视])为["“]?$/.test(norm.slice(Math.max(0, corr.cs - 3), corr.cs))) continue;
        const s = subjectBefore(corr, SUBJ);
        if (!s) continue;
        if (corr.parts.some((p) => p.id === s.id)) continue;
        push({
          type: "ON_CORRIDOR",
          subj: s,
          source: s.id,
          target: corr.id,
          method: "pattern",
          confidence: 0.75,
          cs: s.cs,
          ce: corr.ce,
        });
      }
    }
  },
};
