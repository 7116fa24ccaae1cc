import { clauseOf } from "../clauses";
import { T_LINK } from "./triggers";
import type { RelationRule } from "./types";

/**
 * Between the area and the port: the area's own port right after its name, then 与/同/和 and at most a
 * short place name (岳阳片区城陵矶港与湘阴虞公港).
 */
const PARTNER = /^[^与同和及、，,；;。]{1,8}?(港|口岸|机场|陆港)(与|同|和)[\u4e00-\u9fff]{0,4}$/;

/**
 * LINKED_PORT: an area, zone or development zone linked (联动, 衔接…) with a port of its clause.
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
        // 岳阳片区城陵矶港与湘阴虞公港联动: the port after 与 is the partner of the area's port, not
        // linked to the area itself
        if (PARTNER.test(norm.slice(s.ce, p.cs))) continue;
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
