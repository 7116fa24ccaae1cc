import { clauseEnd, clauseStart } from "../clauses";
import type { Mention } from "../entities/types";
import { COUNT_NUMERAL, trigger } from "../lexicon";
import { typeOf } from "./context";
import { listAfter, pushPartners } from "./cooperate";
import { lineNoun } from "./route-partners";
import type { RelationRule } from "./types";

/** An opening verb (triggers.json "routeOpen", and 首开/新辟 of a first line) with an aspect word and a count
 * of lines (开通了一条, 新开首条, 新开两条). */
const OPEN = new RegExp(`(${trigger("routeOpen").source}|首开|新辟)(了)?(首条|第?${COUNT_NUMERAL}+条)?`, "g");
/** Words between the places and the noun of a sea or air line (triggers.json "lineModifier": 新, 直航, 集装箱,
 * 外贸…), then the noun. */
const LINE_AFTER = new RegExp(`^(的)?(${trigger("lineModifier").source}){0,4}航线`);
/** Adverbs of time or manner between the origin and the verb (triggers.json "openAdverbs": 首次, 今年, 正式…). */
const ADVERBS = new RegExp(`^(${trigger("openAdverbs").source})*$`);
/** What a line opens from: a port or a city. */
const ORIGIN = ["Port", "City"];
const PARTNER = ["Country", "City", "Port", "Province"];

/**
 * A line named by where it goes, opened at a port or city (triggers.json "routeOpen"): 海洋联盟在天津港开通欧洲
 * 新航线, 厦门港开行东南亚航线, 青岛港新开一条东南亚航线 → COOPERATES_WITH from the port to each place before
 * 航线, as the other unnamed lines from A to B (route-partners.ts). The origin is the port or city of the clause
 * right before the verb or after 在 (在天津港开通); a clause with no such origin gives nothing, and neither does a
 * passenger line (航线航班) nor the noun of a named service (route-partners' lineNoun).
 */
export const lineToward: RelationRule = {
  name: "line-toward",
  types: ["COOPERATES_WITH"],
  find(rc) {
    const { norm, ms, push } = rc;
    if (!norm.includes("航线")) return;
    const places = ms.filter((m) => PARTNER.includes(typeOf(m.id))).sort((x, y) => x.cs - y.cs);
    for (const v of norm.matchAll(OPEN)) {
      const at = v.index ?? 0;
      const { list, end } = listAfter(norm, places, at + v[0].length);
      if (list.length === 0 || !LINE_AFTER.test(norm.slice(end))) continue;
      const origin = originBefore(ms, norm, at);
      if (!origin) continue;
      const lineEnd = end + (LINE_AFTER.exec(norm.slice(end))?.[0].length ?? 0);
      if (lineNoun(rc, end, clauseEnd(norm, end), "notPassenger")?.end !== lineEnd) continue;
      pushPartners(
        push,
        origin,
        list.map((p) => p.id),
        origin.cs,
        lineEnd,
      );
    }
  },
};

/** The port or city right before the verb (厦门港开行), after 在 (在天津港开通), or with a time word between. */
function originBefore(ms: readonly Mention[], norm: string, at: number): Mention | undefined {
  const from = clauseStart(norm, at);
  const before = ms
    .filter((m) => ORIGIN.includes(typeOf(m.id)) && m.cs >= from && m.ce <= at)
    .sort((x, y) => y.ce - x.ce)[0];
  if (!before) return undefined;
  return ADVERBS.test(norm.slice(before.ce, at)) ? before : undefined;
}
