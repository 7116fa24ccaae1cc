import { clauseEnd, clauseStart } from "../clauses";
import type { Mention } from "../entities/types";
import { relationAlt, trigger } from "../lexicon";
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
/** People riding a train are no goods of their place (上海的游客乘坐…): heads of person nouns (triggers.json "personHeads"). */
const PEOPLE = new RegExp(`^的[^、，,]{0,6}?(${trigger("personHeads").source})`);

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

/** Laden verbs after the service, within its sentence (满载着50个集装箱，主要装运…). */
const LADEN_VERB = new RegExp(`(${trigger("cargoLaden").source})[着了]?`, "g");
/** What closes the goods' origin: 韩国的液晶显示器, 越南生产的白糖, 来自浙江的小商品. */
const ORIGIN_OF_GOODS = new RegExp(`^(${relationAlt("cargoOriginCloses")})`);
/** Words between a laden verb and the first origin of its goods (主要装运, 满载着来自…). */
const GOODS_LEAD = new RegExp(`^(${relationAlt("cargoGoodsLeads")})+`);

/** Whether the goods' origin closes `p`, through other places of its list (浙江、江苏的小商品). */
function ownsGoods(rc: RelationContext, p: Mention): boolean {
  for (let k = p.ce; ; ) {
    if (ORIGIN_OF_GOODS.test(rc.norm.slice(k))) return true;
    const sep = /^(以及|[、和与及])/.exec(rc.norm.slice(k));
    const next = sep && rc.ms.find((x) => x.cs === k + sep[0].length && PLACE.test(typeOf(x.id)));
    if (!sep || !next) return false;
    k = next.ce;
  }
}

/**
 * 这趟中欧班列满载着50个集装箱，主要装运韩国的液晶显示器: the places that own the goods named after a
 * laden verb that follows the service in its sentence (the service being the subject: no other name
 * between them), in the goods' clause.
 */
function ladenAfter(rc: RelationContext, s: Mention): Mention[] {
  const rest = rc.norm.slice(s.ce, s.ce + 40);
  const stop = rest.search(/[。！？!?；;]/);
  const out: Mention[] = [];
  for (const v of (stop < 0 ? rest : rest.slice(0, stop)).matchAll(LADEN_VERB)) {
    const at = s.ce + (v.index ?? 0) + v[0].length;
    if (rc.ms.some((x) => x.cs >= s.ce && x.cs < at)) break;
    const end = clauseEnd(rc.norm, at);
    const goods = rc.ms.filter((p) => p.cs >= at && p.ce <= end && PLACE.test(typeOf(p.id)));
    const first = goods.find((p) => ITEM_START.test(rc.norm.slice(at, p.cs).replace(GOODS_LEAD, "")));
    out.push(...goods.filter((p) => first && p.cs >= first.cs && ownsGoods(rc, p)));
  }
  return out;
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
      for (const p of [...riders(rc, s), ...lading(rc, s), ...ladenAfter(rc, s)]) {
        if (p.id === "Country:中国") continue;
        rc.push({
          type: "CONNECTS",
          source: s.id,
          target: p.id,
          method: "pattern",
          confidence: 0.7,
          cs: Math.min(p.cs, s.cs),
          ce: Math.max(p.ce, s.ce),
        });
      }
    }
  },
};
