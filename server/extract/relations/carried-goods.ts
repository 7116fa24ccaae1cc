import { clauseStart } from "../clauses";
import type { Mention } from "../entities/types";
import { trigger } from "../lexicon";
import { type RelationContext, typeOf } from "./context";
import type { RelationRule } from "./types";

/** A verb of riding right before the service: 搭乘中欧班列 (data/lexicon/triggers.json "cargoRide"). */
const RIDE = new RegExp(`(${trigger("cargoRide").source})[着了]?[“"]?$`);
/**
 * A service laden with goods, the goods written between the verb and 的 right before the service's
 * name (after an ordinal or train number only): 满载安徽本土货物的中欧班列, 满载…雪花粉的X57094次中欧班列
 * ("cargoLaden").
 */
const LADEN = new RegExp(
  `(${trigger("cargoLaden").source})[着了]?([^，,；;：:。！？!?、“”"]{1,24}?)的([\\dA-Za-z一二三四五六七八九十百千首第趟列次]{0,10})[“"]?$`,
  "d",
);
const PLACE = /^(City|Province|Country)$/;
/** What may open an item of the list of goods before the ride verb: the clause start or a separator. */
const ITEM_START = /(^|[、和与及]|以及)$/;
/** People riding a train are no goods of their place (上海的游客乘坐…): heads of person nouns. */
const PEOPLE = /^的[^、，,]{0,6}?(游客|旅客|乘客|客人|人员|记者|代表|专家|学生|居民|市民|民众|团)/;

/**
 * 大同的药品、朔州的陶瓷等特色产品不断搭乘中欧班列: each place that opens an item "X的…" of the
 * clause's subject list, before a verb of riding.
 */
function riders(rc: RelationContext, s: Mention): Mention[] {
  const ride = RIDE.exec(rc.norm.slice(0, s.cs));
  if (!ride) return [];
  const a = clauseStart(rc.norm, s.cs);
  const verb = s.cs - ride[0].length;
  return rc.ms.filter(
    (p) =>
      p.cs >= a &&
      p.ce < verb &&
      PLACE.test(typeOf(p.id)) &&
      rc.norm[p.ce] === "的" &&
      !PEOPLE.test(rc.norm.slice(p.ce, verb)) &&
      ITEM_START.test(rc.norm.slice(a, p.cs).replace(/^[\s“"]+/, "")),
  );
}

/** 满载安徽本土货物的中欧班列: the places named in the goods of a laden service. */
function lading(rc: RelationContext, s: Mention): Mention[] {
  const a = clauseStart(rc.norm, s.cs);
  const goods = LADEN.exec(rc.norm.slice(a, s.cs))?.indices?.[2];
  if (!goods) return [];
  const [from, to] = [a + goods[0], a + goods[1]];
  return rc.ms.filter((p) => p.cs >= from && p.ce <= to && PLACE.test(typeOf(p.id)));
}

/**
 * Goods a service carries from a place: the places whose goods ride it (大同的药品…搭乘中欧班列) or
 * fill it (满载安徽本土货物的中欧班列) are connected by it (CONNECTS), as the places of its route are
 * (routes.ts). Not a place that only modifies the service (合肥中欧班列), nor one in another clause.
 */
export const carriedGoods: RelationRule = {
  name: "carried-goods",
  types: ["CONNECTS"],
  find(rc) {
    for (const s of rc.of("Corridor")) {
      for (const p of [...riders(rc, s), ...lading(rc, s)]) {
        if (p.id === "Country:中国") continue;
        rc.push({
          type: "CONNECTS",
          source: s.id,
          target: p.id,
          method: "pattern",
          confidence: 0.7,
          cs: p.cs,
          ce: s.ce,
        });
      }
    }
  },
};
