import type { Catalog } from "../catalog";
import { clauseOf } from "../clauses";
import { CLAUSE_TIMES, COPULA_ADVERBS, COUNT_NUMERAL, NEGATED, NEGATORS, trigger } from "../lexicon";
import { typeOf } from "./context";
import { isScheduledService } from "./services";
import { T_SERVICE_RUN } from "./triggers";
import type { RelationRule } from "./types";

/** Written right before the place, these make it a stop of a route or an item of a list (triggers.json "placeNotOwnerBefore"). */
const NOT_OWNER_BEFORE = new RegExp(`(${trigger("placeNotOwnerBefore").source})$`);

/**
 * What may stand between the service and its run verb when the two are the clause's subject and predicate:
 * adverbs, time words and counts (triggers.json "serviceRunAdverbs", "zoneJoinAdverbs", "serialAdverbs";
 * function-words.json clauseTimes, copulaAdverbs; 5年多来, 前三季度, 1-10月), or the bracketed rest of the
 * service's name ((亚)班列), and a negator last, which NEGATED then reads as denying the verb (尚未开通).
 */
const RUN_LEAD = new RegExp(
  `^(?:[\\s，,]|[（(][^）)，,。]{1,8}[）)](?:班列)?|${trigger("serviceRunAdverbs").source}|${trigger("zoneJoinAdverbs").source}|${trigger("serialAdverbs").source}|${CLAUSE_TIMES}|${COPULA_ADVERBS}|(?:前|[0-9]+-)?(?:${COUNT_NUMERAL}|[0-9])+(?:个?月|年|季度)多?(?:来|以来)?|尚|暂)*(?:${NEGATORS})?$`,
);
/** A noun head right after the run verb makes the verb its modifier (运营商, 运营中心, 开行论坛, 新增长). */
const NOUN_AFTER = new RegExp(`^(${trigger("serviceRunNotAfter").source})`);

/**
 * A border-crossing town (the catalog holds a Port named after it, 某某口岸): the trains written after its name
 * pass through it (满洲里中欧班列 counts the trains crossing there), so it is no home of the service.
 */
function crossingTown(cat: Catalog, id: string): boolean {
  const name = cat.get(id)?.name;
  return !!name && (!!cat.get(`Port:${name}口岸`) || !!cat.get(`Port:${name}铁路口岸`));
}

/**
 * 山西中欧班列累计开行700列, 重庆中欧班列已开行…: a Chinese province or city written right before a run
 * service's name, with nothing between, is the service's own home and an end of its route (CONNECTS). Only
 * when the two are the subject of running the service: the clause's first run verb follows them with only
 * adverbs, time words and counts between (RUN_LEAD; not 某省中欧班列的平台公司…开行, 某市中欧班列货代企业推出…),
 * is not denied (尚未开通, 暂未开行) and heads no noun (运营商, 运营中心, 开行论坛). Not a place closing a list or
 * a route (发往波兰、德国中欧班列, 经由某省中欧班列), nor a place already inside the service's name; a foreign
 * place before a service is left to the route rules.
 */
export const placeService: RelationRule = {
  name: "place-service",
  types: ["CONNECTS"],
  find(rc) {
    const { norm, ms, cat, push, of } = rc;
    for (const corr of of("Corridor")) {
      const p = ms.find((x) => x.ce === corr.cs && /^(City|Province)$/.test(typeOf(x.id)));
      if (!p || rc.fromCtx.has(p) || corr.parts.some((x) => x.id === p.id)) continue;
      if (NOT_OWNER_BEFORE.test(norm.slice(Math.max(0, p.cs - 2), p.cs))) continue;
      // (a Chinese city is catalogued under its province; a foreign or unknown one is not)
      if (typeOf(p.id) === "City" && !cat.get(p.id)?.parent) continue;
      if (crossingTown(cat, p.id)) continue;
      const rest = norm.slice(corr.ce, clauseOf(norm, corr.cs)[1]);
      const run = rest.match(T_SERVICE_RUN);
      if (!run || run.index === undefined) continue;
      const lead = rest.slice(0, run.index);
      if (!RUN_LEAD.test(lead) || NEGATED.test(lead)) continue;
      if (NOUN_AFTER.test(rest.slice(run.index + run[0].length))) continue;
      if (!isScheduledService(corr.id, ms, cat, norm)) continue;
      push({
        type: "CONNECTS",
        source: corr.id,
        target: p.id,
        method: "pattern",
        confidence: 0.7,
        cs: p.cs,
        ce: corr.ce,
      });
    }
  },
};
