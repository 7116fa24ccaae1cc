import { clauseOf } from "../clauses";
import { pointAt } from "./cooperate";
import { T_PLATFORM } from "./triggers";
import type { RelationRule } from "./types";

/**
 * HAS_PLATFORM: a named development zone of a passage whose text has a platform word (triggers.json
 * "platform") belongs to the subject by the shared choice. When a platform word stands before the
 * development zone in its clause, the subject is the one before that word (郑州片区包括郑州航空港
 * 区块、郑州经济技术开发区: 郑州片区, not the 郑州 of an item listed after 包括).
 */
const SUBJECT = ["FreeTradeZone", "Area", "Province", "City"];

export const hasPlatform: RelationRule = {
  name: "has-platform",
  types: ["HAS_PLATFORM"],
  find({ norm, cat, trigText, push, of, subjectBefore }) {
    if (T_PLATFORM.test(trigText)) {
      for (const d of of("DevZone")) {
        if (cat.get(d.id)?.properties.kind === "category") continue;
        const [from] = clauseOf(norm, d.cs);
        const words = [...norm.slice(from, d.cs).matchAll(new RegExp(T_PLATFORM.source, "g"))];
        const last = words[words.length - 1];
        const at = last ? pointAt(from + (last.index ?? 0)) : d;
        const s = subjectBefore(at, SUBJECT) ?? (at === d ? undefined : subjectBefore(d, SUBJECT));
        if (!s) continue;
        if (d.parts.some((p) => p.id === s.id)) continue;
        // a province or city holds the zone only when a platform word says so between them (a platform
        // word elsewhere in the passage says nothing of a zone it merely names)
        if (!last && /^(Province|City):/.test(s.id) && !T_PLATFORM.test(norm.slice(s.ce, d.cs))) continue;
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
