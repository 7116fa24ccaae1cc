import { clauseOf } from "../clauses";
import { T_LINK } from "./triggers";
import type { RelationRule } from "./types";

/**
 * LINKED_PORT
 */
export const portLink: RelationRule = {
  name: "port-link",
  types: ["LINKED_PORT"],
  find({ norm, push, of, subjectBefore }) {
    if (T_LINK.test(norm)) {
      for (const p of of("Port")) {
        // the linking word must be in the port's own clause (加强与天津港、唐山港等港口陆海联动)
        const [pa, pb] = clauseOf(norm, p.cs);
        if (!T_LINK.test(norm.slice(pa, pb))) continue;
        const s = subjectBefore(p, ["Area", "DevZone", "FreeTradeZone"]);
        if (!s) continue;
        push({
          type: "LINKED_PORT",
          subj: s,
          source: s.id,
          target: p.id,
          method: "pattern",
          confidence: 0.75,
          cs: s.cs,
          ce: p.ce,
        });
      }
    }
  },
};
