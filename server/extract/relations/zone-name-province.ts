import { LIST_JOIN } from "../clauses";
import type { Mention } from "../entities/types";
import { typeOf } from "./context";
import type { RelationRule } from "./types";
import { provinceOfZone } from "./zone-province";

const HEAD = /自贸|自由贸易|FTZ/;

/**
 * End of the zone name that closes a coordination sharing one head with `m` (北京、湖南、安徽自由贸易
 * 试验区: only 、和及与 between the items); undefined for a counted list (湖北、重庆等8个内陆自贸区).
 */
function sharedHeadEnd(ms: Mention[], norm: string, m: Mention): number | undefined {
  let at = m.ce;
  for (;;) {
    const next = ms.find(
      (x) => x.cs > at && typeOf(x.id) === "FreeTradeZone" && LIST_JOIN.test(norm.slice(at, x.cs)),
    );
    if (!next) return undefined;
    if (HEAD.test(norm.slice(next.cs, next.ce))) return next.ce;
    at = next.ce;
  }
}

/**
 * A pilot zone named by its province lies in it: 中国（福建）自由贸易试验区, 福建自贸区 → 福建省.
 * The quote holds both the province (full or short name) and the zone head, also when coordinated
 * names share one head (北京、湖南、安徽自由贸易试验区). A counted province list (湖北、重庆等8个内陆自贸区:
 * the seed annotation gives those no LOCATED_IN), an anaphor, or the free trade port (no province in
 * its zone name pattern) gives nothing.
 */
export const zoneNameProvince: RelationRule = {
  name: "zone-name-province",
  types: ["LOCATED_IN"],
  find({ ms, norm, cat, push }) {
    for (const m of ms) {
      if (typeOf(m.id) !== "FreeTradeZone" || !m.id.startsWith("FreeTradeZone:中国（")) continue;
      if (m.parts.some((p) => typeOf(p.id) === "Province")) continue; // name-internal gives it
      const prov = provinceOfZone(m.id, cat);
      const e = prov ? cat.get(prov) : undefined;
      if (!prov || !e) continue;
      const surface = norm.slice(m.cs, m.ce);
      if (![e.name, ...e.aliases].some((f) => f.length >= 2 && surface.includes(f))) continue;
      const ce = HEAD.test(surface) ? m.ce : sharedHeadEnd(ms, norm, m);
      if (ce === undefined) continue;
      push({
        type: "LOCATED_IN",
        source: m.id,
        target: prov,
        method: "pattern",
        confidence: 0.85,
        cs: m.cs,
        ce,
      });
    }
  },
};
