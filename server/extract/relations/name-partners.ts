import type { Catalog } from "../catalog";
import type { Mention } from "../entities/types";
import { compoundMember } from "./compound-partners";
import { typeOf } from "./context";
import type { RelationRule } from "./types";

/** Kinds of names that a China + partner compound makes a joint undertaking (parks, bases, zones). */
const JOINT = /^(DevZone|Area)$/;

/**
 * A joint park named by a China + partner compound: 中韩(烟台)产业园, 岳阳中非工贸产业园, 中马钦州产业园区
 * → COOPERATES_WITH from the park to each partner the compound abbreviates (韩国, 非洲, 马来西亚). The
 * partner must be written as a one-character abbreviation right after 中 (or after another partner of
 * the same compound): a full country name inside a park's name (泰国工业园) says where, not with whom.
 * Corridors (中欧班列) are routes, not undertakings: name-internal gives their ends. A compound of region
 * abbreviations before 合作 (粤澳深度合作区) names the zone's side first and its partners after.
 */
/** A compound of region abbreviations right before the joint word of a zone's name (粤澳深度合作). */
const REGION_JOINT = /^(深度|全面|战略)?合作/;

/**
 * The partners a joint zone's name states by a compound of region abbreviations before 合作
 * (横琴粤澳深度合作区 → 澳门; 广州南沙粤港澳全面合作示范区 → 香港, 澳门): the first member is the zone's
 * own side, the others its partners.
 */
function regionPartners(norm: string, m: Mention, cat: Catalog): string[] {
  for (let i = m.cs; i < m.ce; i++) {
    let j = i;
    while (j < m.ce && compoundMember(norm[j] ?? "", cat)) j++;
    const members = [...norm.slice(i, j)].map((c) => compoundMember(c, cat) as string);
    if (
      members.length >= 2 &&
      new Set(members).size === members.length &&
      REGION_JOINT.test(norm.slice(j, m.ce))
    )
      return members.slice(1);
    i = j;
  }
  return [];
}

export const namePartners: RelationRule = {
  name: "name-partners",
  types: ["COOPERATES_WITH"],
  find({ norm, ms, cat, push }) {
    for (const m of ms) {
      if (!JOINT.test(typeOf(m.id))) continue;
      for (const p of regionPartners(norm, m, cat))
        push({
          type: "COOPERATES_WITH",
          source: m.id,
          target: p,
          method: "pattern",
          confidence: 0.8,
          cs: m.cs,
          ce: m.ce,
        });
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
