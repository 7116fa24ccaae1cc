import type { EntityRule } from "./types";

/**
 * Airports and inland rail ports named after a place: 成都双流国际机场, 重庆江北国际机场,
 * 成都国际铁路港 (a Port, located in its place).
 */
export const airports: EntityRule = {
  name: "airports",
  type: "Port",
  priority: 2,
  find({ norm, n, add }) {
    for (const m of norm.matchAll(/(国际机场|机场|国际铁路港|铁路港|国际陆港)(?![片综保])/g)) {
      const k = m.index ?? 0;
      const start = n.nameStart(norm, k, 8);
      // the first place whose remainder up to the suffix is a short name (…港和宁波栎社国际机场 → 宁波)
      const lead = n.placesIn(norm.slice(start, k)).find((p) => {
        const rest = norm.slice(start + p.end, k);
        return rest.length <= 4 && !/[的和与及、]/.test(rest);
      });
      if (!lead) continue;
      const cs = start + lead.start;
      const name = norm.slice(cs, k + m[0].length);
      const id = n.resolveOrRegister("Port", name);
      add({
        id,
        cs,
        ce: k + m[0].length,
        method: "pattern",
        parts: [{ id: lead.id, cs, ce: start + lead.end }],
      });
    }
  },
};
