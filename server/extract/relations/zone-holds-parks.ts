import { clauseOf, sentenceEnd } from "../clauses";
import type { Mention } from "../entities/types";
import { relationAlt } from "../lexicon";
import type { RelationRule } from "./types";

/**
 * A verb by which a zone holds, has or is building named parks (包括, 拥有, 设有, 正在建设 …): relation-words.json
 * zoneHoldingVerbs.
 */
const HOLDS = new RegExp(relationAlt("zoneHoldingVerbs"), "g");
/**
 * Between the verb and the first park it names: at most two characters, or earlier list items that are no named
 * zone closed by a list mark (正在建设甲园、乙产业园); not 有不少企业入驻乙综保区, 有关部门走访了乙综保区.
 */
const NEAR = /^(?:[^，,；;。：:的“”"]{0,2}|[^，,；;。：:的“”"]{1,12}[、和及])$/;
/** After a park: it only modifies what follows (乙综保区的申报工作, 乙综保区的部分土地) or closes 包括…在内. */
const MODIFIER_AFTER = /^(?:的|在内)/;

/** Where `s` stands at the head of its clause (or line), with nothing but blanks before it. */
function opensClause(norm: string, s: Mention): boolean {
  const start = Math.max(clauseOf(norm, s.cs)[0], norm.lastIndexOf("\n", s.cs - 1) + 1);
  return norm.slice(start, s.cs).trim() === "";
}

/** Whether `pos` stands inside brackets opened after `from` (岳阳产业园(岳阳城陵矶新港区): the park's site). */
function bracketed(norm: string, from: number, pos: number): boolean {
  const head = norm.slice(from, pos);
  return head.lastIndexOf("(") > head.lastIndexOf(")") || head.lastIndexOf("（") > head.lastIndexOf("）");
}

/**
 * HAS_PLATFORM between development zones: a named development zone opening its clause holds the named parks or
 * zones that a holding verb of that sentence lists (甲合作区包括乙产业园、丙产业园; 丁综保区设立后，甲开发区一南一北有乙综保区和丙
 * 综保区两个平台; 甲开发区已形成…产业集群，正在建设乙产业园、丙产业园等). The verb must come before any
 * semicolon and before any other named thing but sectors (a later subject), and the first park must follow it
 * closely; parks in brackets (a park's site), parks followed by 的 or 在内 (a modifier), kinds of zone and zones
 * named with the holder are left out.
 */
export const zoneHoldsParks: RelationRule = {
  name: "zone-holds-parks",
  types: ["HAS_PLATFORM"],
  find({ norm, ms, cat, push, of }) {
    const named = (d: Mention) => cat.get(d.id)?.properties.kind !== "category";
    for (const s of of("DevZone").filter(named)) {
      if (!opensClause(norm, s)) continue;
      let end = sentenceEnd(norm, s.ce);
      const semi = norm.slice(s.ce, end).search(/[；;]/);
      if (semi >= 0) end = s.ce + semi;
      for (const v of norm.slice(s.ce, end).matchAll(HOLDS)) {
        const vs = s.ce + (v.index ?? 0);
        const ve = vs + v[0].length;
        if (ms.some((m) => m.cs >= s.ce && m.ce <= vs && !m.id.startsWith("Industry:"))) break;
        const b = Math.min(clauseOf(norm, ve)[1], end);
        const parks = of("DevZone").filter(
          (d) =>
            d.cs >= ve &&
            d.ce <= b &&
            d.id !== s.id &&
            named(d) &&
            !d.parts.some((p) => p.id === s.id) &&
            !bracketed(norm, ve, d.cs) &&
            !MODIFIER_AFTER.test(norm.slice(d.ce)),
        );
        if (parks.length === 0 || !NEAR.test(norm.slice(ve, parks[0]?.cs))) continue;
        for (const d of parks)
          push({
            type: "HAS_PLATFORM",
            subj: s,
            source: s.id,
            target: d.id,
            method: "pattern",
            confidence: 0.7,
            cs: s.cs,
            ce: d.ce,
          });
        break;
      }
    }
  },
};
