import { clauseOf } from "../clauses";
import { relationAlt } from "../lexicon";
import { typeOf } from "./context";
import { T_APPLY } from "./triggers";
import type { RelationRule } from "./types";
import { provinceOfZone } from "./zone-province";

/** A verb of applying right after the zone (…的申建: "applyAfterVerbs"). */
const APPLY_AFTER = new RegExp(`^的?(${relationAlt("applyAfterVerbs")})`);
const ZONE_KINDS = relationAlt("applyZoneKinds");
/** An unnamed zone applied for (申请设立自贸试验区, 自贸区的申建): "applyZoneVerbs", "applyZoneKinds", "applyZoneAfterVerbs". */
const GENERIC = new RegExp(
  `(${relationAlt("applyZoneVerbs")})(中国)?(${ZONE_KINDS})|(${ZONE_KINDS})(的)?(${relationAlt("applyZoneAfterVerbs")})`,
);

/**
 * APPLIES_FOR: the trigger must govern the zone — 申建中国（甘肃）自由贸易试验区, 推动设立吉林自由贸易试验区,
 * 自贸区申建 — not merely stand in the same passage (创建知识产权保护新机制（浙江自贸试验区）).
 */
export const appliesFor: RelationRule = {
  name: "applies-for",
  types: ["APPLIES_FOR"],
  find({ norm, cat, push, of }) {
    const zones = [...new Set(of("FreeTradeZone").map((m) => m.id))];
    const APPLY_G = new RegExp(T_APPLY.source, "g");
    const applyObj = (from: number, to: number) => {
      for (const t of norm.slice(from, to).matchAll(APPLY_G)) {
        const end = from + (t.index ?? 0) + t[0].length;
        if (/^[^，；;,：:。！？!?、（）()“”"]{0,4}$/.test(norm.slice(end, to))) return true;
      }
      return false;
    };
    if (T_APPLY.test(norm)) {
      for (const z of of("FreeTradeZone")) {
        const [za] = clauseOf(norm, z.cs);
        const after = APPLY_AFTER.exec(norm.slice(z.ce, z.ce + 3));
        const before = applyObj(za, z.cs);
        if (!before && !after) continue;
        const prov = z.parts.find((p) => typeOf(p.id) === "Province")?.id ?? provinceOfZone(z.id, cat);
        if (prov)
          push({
            type: "APPLIES_FOR",
            source: prov,
            target: z.id,
            method: "pattern",
            confidence: 0.85,
            // the quote holds the trigger too (申建中国（甘肃）…, 吉林自贸试验区的申建)
            cs: before ? za : z.cs,
            ce: before ? z.ce : z.ce + (after?.[0].length ?? 0),
          });
      }
      const g = GENERIC.exec(norm);
      if (zones.length === 0 && g) {
        for (const p of of("Province")) {
          const e = cat.get(p.id);
          const short = e?.aliases.find((a) => e.name.startsWith(a) && a.length >= 2) ?? e?.name;
          const zid = `FreeTradeZone:中国（${short}）自由贸易试验区`;
          if (cat.get(zid))
            push({
              type: "APPLIES_FOR",
              source: p.id,
              target: zid,
              method: "pattern",
              confidence: 0.7,
              cs: Math.min(p.cs, g.index),
              ce: Math.max(p.ce, g.index + g[0].length),
            });
        }
      }
    }
  },
};
