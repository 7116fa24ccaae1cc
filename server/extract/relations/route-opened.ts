import { clauseOf, sentenceEnd } from "../clauses";
import type { Mention } from "../entities/types";
import { NEGATORS, relationAlt, trigger } from "../lexicon";
import { typeOf } from "./context";
import { pushPartners } from "./cooperate";
import { airLine, namedService, passenger, seaOrAirWords } from "./route-partners";
import type { RelationRule } from "./types";

/** Who opens a route: a port, a city or a province. */
const OPENER = /^(Port|City|Province)$/;
/** A route noun (triggers.json "routeNoun": 航线, 班列, 通道…). */
const ROUTE_NOUN = new RegExp(`^[^，,；;。！？!?]*?(${trigger("routeNoun").source})`);
/**
 * Between the opener and the partners: adverbs (triggers.json "routeOpenAdverbs"), a verb of opening a route
 * (triggers.json "routeOpen": 开通, 开辟, 开行…), a few words with no place (的第二条), then a word of reaching
 * (triggers.json "routeReach": 至, 通往, 直达…); or, after 从 + the opener, a modal (triggers.json
 * "routeDirectModals") and a word of reaching alone (从甲港直达乙国).
 */
const OPENED = new RegExp(
  `^(${trigger("routeOpenAdverbs").source})*(${trigger("routeOpen").source})(了)?[^，,；;。！？!?]{0,10}?(${trigger("routeReach").source})$`,
);
const DIRECT = new RegExp(
  `^(${trigger("routeDirectModals").source})*(${trigger("routeReachDirect").source})$`,
);
/** After a bloc, the countries in it (东盟国家, 南亚各国: triggers.json "unnamedMembers"): none is named. */
const UNNAMED = new RegExp(`^(${trigger("unnamedMembers").source})`);
/** Between two partners: a join (triggers.json "routeListJoin"), after an optional bracket of the partner's city. */
const LIST_JOIN = new RegExp(`^(\\([^()]{1,12}\\))?(${trigger("routeListJoin").source})$`);
/** People travelling (triggers.json "routeTravellers", 游客, 旅客) or a cruise: a trip, not a route of trade. */
const TRAVEL = new RegExp(`${trigger("routeTravellers").source}|${relationAlt("routeCruiseNouns")}`);
/** After the route in its sentence: a plan of it (…航线的计划) or a word that stops it (triggers.json "routeStopped"). */
const NOT_RUNNING = new RegExp(
  `^(的(${trigger("turnsPlanNouns").source})|[^。！？!?；;]*?(?<!${NEGATORS})(${trigger("routeStopped").source}))`,
);

/** The countries listed from `first` within its clause (乙国、丙国(某市)和丁国). */
function listFrom(countries: readonly Mention[], first: Mention, b: number, norm: string): Mention[] {
  const list: Mention[] = [first];
  for (const x of countries) {
    const prev = list[list.length - 1] as Mention;
    if (x.cs >= prev.ce && x.cs < b && LIST_JOIN.test(norm.slice(prev.ce, x.cs))) list.push(x);
  }
  return list;
}

/** The opener of a route reaching `first`: a port, city or province before it, opening or reaching. */
function openerOf(norm: string, sorted: readonly Mention[], first: Mention, a: number): Mention | undefined {
  return sorted.find((o) => {
    if (!OPENER.test(typeOf(o.id)) || o.cs < a || o.ce > first.cs) return false;
    const gap = norm.slice(o.ce, first.cs);
    return OPENED.test(gap) || (norm[o.cs - 1] === "从" && DIRECT.test(gap));
  });
}

/** A quoted name, at most four characters of kind between, right before the route noun (“某某号”欧亚班列): a named service. */
const QUOTED_NAME_BEFORE = /[”"」』][\u4e00-\u9fff]{0,4}$/;

/**
 * A port, city or province that opens a sea or rail route reaching countries or regions (甲港开通至乙国、丙国等
 * 国际班轮航线, 这是甲省开通的第二条通往南亚的国际货运通道, 可从甲港直达乙国): COOPERATES_WITH opener -> each
 * country (the dev notes: set 14 (2), set 18 (5), set 20 (28)). The route noun closes the clause (航线, 班列, 通道;
 * after 直达 it may be left out). Nothing for an air route (route-partners.ts airLine: an air word, 由…执飞, an
 * airport), a passenger or tourist route (客运, 旅游; travellers or a cruise after 直达), a named service (中欧班列:
 * CONNECTS; a quoted name before the noun, “某某号”欧亚班列), a sea or air route written between two named places (开通甲市至乙国的集装箱航线), a route stopped or only planned (已停航, 暂停运营,
 * …航线的计划被搁置; 计划开通, 将开通, 尚未开通 are not read as opened), a city reached, nor the unnamed countries
 * of a bloc (至东盟国家的航线: UNNAMED).
 */
export const routeOpened: RelationRule = {
  name: "route-opened",
  types: ["COOPERATES_WITH"],
  find(rc) {
    const { norm, ms } = rc;
    const sorted = [...ms].sort((x, y) => x.cs - y.cs);
    const countries = sorted.filter((m) => typeOf(m.id) === "Country");
    for (const first of countries) {
      const [a, b] = clauseOf(norm, first.cs);
      const list = listFrom(countries, first, b, norm);
      const last = list[list.length - 1] as Mention;
      const opener = openerOf(norm, sorted, first, a);
      if (!opener || UNNAMED.test(norm.slice(last.ce))) continue;
      const direct = DIRECT.test(norm.slice(opener.ce, first.cs));
      const noun = ROUTE_NOUN.exec(norm.slice(last.ce, b));
      const end = noun ? last.ce + noun[0].length : direct ? last.ce : -1;
      const word = noun?.[1] ?? "";
      if (end < 0 || (noun && namedService(rc, end - word.length, end))) continue;
      if (noun && QUOTED_NAME_BEFORE.test(norm.slice(last.ce, end - word.length))) continue;
      const ids = list.map((m) => m.id);
      // (客运航线, 旅游专列: the words before the noun, and two after it, 航线航班, name travel and no goods)
      const words = norm.slice(last.ce, end - word.length) + norm.slice(end, end + 2);
      if (passenger(words) || airLine(rc, opener.cs, end, [opener.id, ...ids])) continue;
      if (direct && TRAVEL.test(norm.slice(a, b))) continue;
      // (a departure place between the verb and 至 writes a route between two places: as a sea or air line,
      // 开通甲市至乙国的集装箱航线, it gives nothing, set 21's convention; a train keeps the opener's, set 18)
      const between = sorted.some((m) => m.cs >= opener.ce && m.ce <= first.cs);
      if (between && seaOrAirWords(norm.slice(last.ce, end))) continue;
      if (NOT_RUNNING.test(norm.slice(end, sentenceEnd(norm, end)))) continue;
      pushPartners(rc.push, opener, ids, opener.cs, end);
    }
  },
};
