import { typeOf } from "./context";
import type { RelationRule } from "./types";

/** Kinds of names that a China + partner compound makes a joint undertaking (parks, bases, zones). */
const JOINT = /^(DevZone|Area)$/;

/**
 * A joint park named by a China + partner compound: 中韩(烟台)产业园, 岳阳中非工贸产业园, 中马钦州产业园区
 * → COOPERATES_WITH from the park to each partner the compound abbreviates (韩国, 非洲, 马来西亚). The
 * partner must be written as a one-character abbreviation right after 中 (or after another partner of
 * the same compound): a full country name inside a park's name (泰国工业园) says where, not with whom.
 * Corridors (中欧班列) are routes, not undertakings: name-internal gives their ends.
 */
export const namePartners: RelationRule = {
  name: "name-partners",
  types: ["COOPERATES_WITH"],
  find({ norm, ms, push }) {
    for (const m of ms) {
      if (!JOINT.test(typeOf(m.id))) continue;
      for (const p of m.parts) {
        if (typeOf(p.id) !== "Country" || p.id === "Country:中国" || p.ce - p.cs !== 1) continue;
        // 中X or 中X(Y…): walk back over the compound's other one-character partners to 中
        let k = p.cs - 1;
        while (k >= m.cs && norm[k] !== "中" && m.parts.some((q) => q.cs === k && q.ce === k + 1)) k--;
        if (k < m.cs || norm[k] !== "中") continue;
        push({
          type: "COOPERATES_WITH",
          source: m.id,
          target: p.id,
          method: "pattern",
          confidence: 0.8,
          cs: m.cs,
          ce: m.ce,
        });
      }
    }
  },
};
