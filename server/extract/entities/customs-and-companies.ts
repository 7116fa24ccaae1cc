import { hanRunBefore } from "../clauses";
import { STRONG_STOPS } from "../lexicon";
import { COUNTED_PARTIES } from "./names";
import type { EntityRule } from "./types";

/** 可与香港和新加坡媲美的领先跨国公司: a description, not a name; nor a phrase with a stop word. */
function badCompany(name: string): boolean {
  return /的|媲美|领先|一家|多家|[和与及、]/.test(name) || STRONG_STOPS.some((w) => name.includes(w));
}

/**
 * Organisations: X海关, place-led company names (内蒙古新远景集团有限公司).
 */
export const customsAndCompanies: EntityRule = {
  name: "customs-and-companies",
  type: "Organization",
  priority: 1,
  find({ norm, n, add }) {
    for (const m of norm.matchAll(/海关|(有限公司|公司|集团)/g)) {
      const k = m.index ?? 0;
      // 《新加坡海关法》: inside a title the name is part of the title (a law), not an organisation
      if (
        /^[法条规令]/.test(norm.slice(k + m[0].length)) &&
        norm.lastIndexOf("《", k) > norm.lastIndexOf("》", k)
      )
        continue;
      const from = hanRunBefore(norm, k, m[1] ? 20 : 6);
      const places = n.placesIn(norm.slice(from, k));
      // a company starts at the first place whose name runs to the head without a stop word or
      // a conjunction (中国铁路南宁局集团有限公司; not 北京以视频方式出席二十国集团), customs at the last
      const clean = (p: { start: number }) => {
        const name = norm.slice(from + p.start, k + m[0].length);
        // conjunctions inside place names (呼和浩特) do not count
        const blanked = n
          .placesIn(name)
          .reduce((s, q) => s.slice(0, q.start) + "地".repeat(q.end - q.start) + s.slice(q.end), name);
        return !badCompany(blanked);
      };
      let pick = m[1] ? places.find(clean) : places[places.length - 1];
      if (!pick) continue;
      // 中国与澳大利亚两国海关: a count names the customs of several places, not one body
      if (!m[1] && COUNTED_PARTIES.test(norm.slice(from + pick.end, k))) continue;
      // a foreign country before the company's own place is no part of its name (希腊比雷埃夫斯港口公司)
      const next = places[places.indexOf(pick) + 1];
      if (m[1] && next?.start === pick.end && /^Country:(?!中国$)/.test(pick.id)) pick = next;
      const cs = from + pick.start;
      if (k - cs < (m[1] ? 2 : pick.end - pick.start)) continue;
      if (m[1] && k - (from + pick.end) < 2) continue;
      add(n.placeLedOrganisation(norm, cs, k + m[0].length, pick, from));
    }
  },
};
