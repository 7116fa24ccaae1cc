import { clauseOf } from "../clauses";
import type { Mention } from "../entities/types";
import { trigger } from "../lexicon";
import { typeOf } from "./context";
import { pushPartners } from "./cooperate";
import type { RelationRule } from "./types";

/** Who opens a route: a port, a city or a province. */
const OPENER = /^(Port|City|Province)$/;
/** A route noun (triggers.json "routeNoun": 航线, 班列, 通道…). */
const ROUTE_NOUN = trigger("routeNoun");
/** Words of flying (triggers.json "airLineWords"): air routes give no partner (the annotation's set 14 and 17). */
const AIR = trigger("airLineWords");
/**
 * Between the opener and the partners: adverbs, then a verb of opening a route (triggers.json "routeOpen": 开通,
 * 开辟, 开行…), a few words (的第二条, a departure city), then a word of reaching (triggers.json "routeReach": 至,
 * 通往, 直达…); or, after 从 + the opener, a word of reaching alone (从甲港直达乙国).
 */
const OPENED = new RegExp(
  `^(已|已经|还|先后|累计|共|正式|陆续|所)*(${trigger("routeOpen").source})(了)?[^，,；;。！？!?]{0,10}?(${trigger("routeReach").source})$`,
);
const DIRECT = new RegExp(`^(可|能|将|已)*(${trigger("routeReachDirect").source})$`);
/**
 * After a bloc or region, the countries in it (东盟国家, 南亚各国, 中亚地区: triggers.json "unnamedMembers"): the
 * partners are countries not named, so none is read.
 */
const UNNAMED = new RegExp(`^(${trigger("unnamedMembers").source})`);
/** Between two partners: a join, after an optional bracket of the partner's city (荷兰(鹿特丹)、俄罗斯). */
const LIST_JOIN = /^(\([^()]{1,12}\))?(、|和|及|以及)$/;

/**
 * A port, city or province that opens a route reaching countries or regions (甲港开通至乙国、丙国等国际班轮航线,
 * 这是甲省开通的第二条通往南亚的国际货运通道, 可从甲港直达乙国): COOPERATES_WITH opener -> each country (the
 * annotation's port routes reaching a region, sets 14, 18-21). The route noun closes the clause (航线, 班列, 通道;
 * after 直达 it may be left out); an air route (航空, 货机, 航班) or an airport gives nothing, nor a city reached, nor the
 * unnamed countries of a bloc (至东盟国家的航线: UNNAMED).
 */
export const routeOpened: RelationRule = {
  name: "route-opened",
  types: ["COOPERATES_WITH"],
  find({ norm, ms, push }) {
    const sorted = [...ms].sort((x, y) => x.cs - y.cs);
    const countries = sorted.filter((m) => typeOf(m.id) === "Country");
    for (const first of countries) {
      const [a, b] = clauseOf(norm, first.cs);
      const list: Mention[] = [first];
      for (const x of countries) {
        const prev = list[list.length - 1] as Mention;
        if (x.cs >= prev.ce && x.cs < b && LIST_JOIN.test(norm.slice(prev.ce, x.cs))) list.push(x);
      }
      const openers = sorted.filter((m) => OPENER.test(typeOf(m.id)) && m.cs >= a && m.ce <= first.cs);
      const opener = openers.find((o) => {
        const gap = norm.slice(o.ce, first.cs);
        return OPENED.test(gap) || (norm[o.cs - 1] === "从" && DIRECT.test(gap));
      });
      const last = list[list.length - 1] as Mention;
      if (!opener || /机场$/.test(opener.id) || UNNAMED.test(norm.slice(last.ce))) continue;
      const direct = DIRECT.test(norm.slice(opener.ce, first.cs));
      const clause = norm.slice(a, b);
      if (AIR.test(clause) || (!direct && !ROUTE_NOUN.test(norm.slice(first.ce, b)))) continue;
      pushPartners(
        push,
        opener,
        list.map((m) => m.id),
        opener.cs,
        last.ce,
      );
    }
  },
};
