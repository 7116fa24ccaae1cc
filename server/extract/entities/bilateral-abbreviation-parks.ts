import { PARK_HEADS, STRONG_STOPS, ZONE_HEADS } from "../lexicon";
import type { Span } from "./names";
import type { EntityRule } from "./types";

/**
 * 中 + country abbreviations, an optional host place in brackets, a short field, then a park or zone
 * head: 中韩(烟台)产业园, 中日韩地方经济合作示范区.
 */
const PARK = new RegExp(
  `中([\\u4e00-\\u9fff]{1,2}?)(\\(([\\u4e00-\\u9fff]{2,4})\\))?([\\u4e00-\\u9fff]{0,10}?)(${[...PARK_HEADS, ...ZONE_HEADS].join("|")})`,
  "y",
);
/** Words a park's field does not hold (functions, list words and the future marker of a clause: 中俄将建立…). */
const NOT_FIELD = /[的和与及是在为对、将]/;
/** Stop words of two or more characters a field may not hold; a bilateral FTA may (中韩自贸区…示范区). */
const FIELD_STOPS = STRONG_STOPS.filter((w) => w.length > 1 && w !== "自贸区");

/**
 * Parks and zones named by China and partner countries' abbreviations: 中韩(烟台)产业园, 中日韩地方经济合作
 * 示范区, 威海中韩自贸区地方经济合作示范区 (a place right before is part of the name). The name is
 * written as in the text; the partner countries and the bracketed or leading place are its parts.
 */
export const bilateralAbbreviationParks: EntityRule = {
  name: "bilateral-abbreviation-parks",
  type: "DevZone",
  priority: 2,
  find({ norm, n, add, cands }) {
    // every 中 may open a name (位于中国江苏省的中哈…基地: a rejected match does not hide the next one)
    for (let k = norm.indexOf("中"); k >= 0; k = norm.indexOf("中", k + 1)) {
      PARK.lastIndex = k;
      const m = PARK.exec(norm);
      if (!m) continue;
      const abbr = m[1] ?? "";
      // the partners: every abbreviation after 中, also those the lazy match left to the field (中日韩…)
      const after = norm.slice(k + 1, k + 4);
      let count = 0;
      while (count < 3 && n.cat.countryAbbr.has(after[count] ?? "")) count++;
      const field = m[4] ?? "";
      if (count < abbr.length || NOT_FIELD.test(field) || FIELD_STOPS.some((w) => field.includes(w)))
        continue;
      const parts: Span[] = [...after.slice(0, m[2] ? abbr.length : count)].map((c, i) => ({
        id: n.cat.countryAbbr.get(c) as string,
        cs: k + 1 + i,
        ce: k + 2 + i,
      }));
      const host = m[3] ? n.cat.places.get(m[3]) : undefined;
      if (m[3] && !host) continue;
      if (host)
        parts.push({ id: host, cs: k + 2 + abbr.length, ce: k + 2 + abbr.length + (m[3] ?? "").length });
      const lead = cands.find((c) => c.ce === k && /^(City|Province):/.test(c.id));
      if (lead) parts.unshift({ id: lead.id, cs: lead.cs, ce: lead.ce });
      const cs = lead ? lead.cs : k;
      const ce = k + m[0].length;
      add({ id: n.resolveOrRegister("DevZone", norm.slice(cs, ce)), cs, ce, method: "pattern", parts });
    }
  },
};
