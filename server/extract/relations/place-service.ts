import type { Catalog } from "../catalog";
import { clauseOf } from "../clauses";
import type { Mention } from "../entities/types";
import {
  CLAUSE_TIMES,
  COPULA_ADVERBS,
  COUNT_NUMERAL,
  NEGATED,
  NEGATORS,
  relationAlt,
  trigger,
} from "../lexicon";
import { type RelationContext, typeOf } from "./context";
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
  `^(?:[\\s，,]|[（(][^）)，,。]{1,8}[）)](?:班列)?|${trigger("serviceRunAdverbs").source}|${trigger("zoneJoinAdverbs").source}|${trigger("serialAdverbs").source}|${CLAUSE_TIMES}|${COPULA_ADVERBS}|(?:前|[0-9]+-)?(?:${COUNT_NUMERAL}|[0-9])+(?:${relationAlt("serviceRunPeriods")})多?(?:来|以来)?|${relationAlt("serviceRunPending")})*(?:${NEGATORS})?$`,
);
/**
 * What may follow the run verb for it to be the clause's predicate (triggers.json "serviceRunAfterLead",
 * "serviceRunCounters", "routeMark"): 了, 超过, 的第 and the like before a count (开行了700列, 发出的第三列), a
 * route mark (先后打通经…), or nothing up to the clause end. Anything else makes the verb a modifier of a
 * noun or the subject of another predicate (运营商, 开行计划被取消, 开通传闻不实, 开行一事暂缓, 开行之前).
 */
const RUN_AFTER = new RegExp(
  `^(?:${trigger("serviceRunAfterLead").source})*(?:$|(?:${trigger("routeMark").source})|[上数]?(?:[0-9.]|${COUNT_NUMERAL})+(?:${trigger("serviceRunCounters").source})|首[列趟班]|的?(?:${trigger("serviceRunMeasures").source}))`,
);
/**
 * Conditional and waiting words right before the place (如果, 一旦, 等待; 预计明年: at most three characters
 * between, no 的), read as a noun further off (根据计划安排…, 正如预计的那样…) they frame nothing.
 */
const RUN_FRAME = new RegExp(`(?:${trigger("serviceRunFrames").source})[^，,。的]{0,3}$`);
/** Conditions right before the place (如果, 一旦, 只要…): 已/了 do not state a conditioned running done. */
const RUN_CONDITION = new RegExp(`(?:${trigger("serviceRunConditions").source})[^，,。的]{0,3}$`);
/** 已 before the run verb or 了 after it: the running is stated done, whatever frame stands before. */
const DONE = /已/;
/** A question closing the clause (某省中欧班列开行？) asks whether it runs. */
const QUESTION = /[？?]/;

/** The ports of land border crossings (某某口岸) by the name of their town (catalog parent), per catalog. */
const crossingTowns = new WeakMap<Catalog, Set<string>>();

/**
 * A border-crossing town (the catalog holds a Port named after it, 某某口岸, or a 口岸 Port has it as its
 * parent, 友谊关口岸 in 凭祥): the trains written after its name pass through it (满洲里中欧班列 counts the
 * trains crossing there), so it is no home of the service.
 */
function crossingTown(cat: Catalog, id: string): boolean {
  const name = cat.get(id)?.name;
  if (!name) return false;
  if (cat.get(`Port:${name}口岸`) || cat.get(`Port:${name}铁路口岸`)) return true;
  const root = cat.root;
  let towns = crossingTowns.get(root);
  if (!towns) {
    towns = new Set();
    for (const [, e] of root.entities)
      if (e.type === "Port" && e.parent && e.name.endsWith("口岸")) towns.add(e.parent);
    crossingTowns.set(root, towns);
  }
  return towns.has(name);
}

/**
 * Whether the clause of the service (starting at `cs`, the service ending at `ce`) states it running, with
 * the place at `ps` as its subject: no conditional or waiting frame before the place, the clause's first run
 * verb after only adverbs, time words and counts (RUN_LEAD), not denied, followed only by what RUN_AFTER
 * allows, and no question closing the clause.
 */
function statesRunning(norm: string, ps: number, cs: number, ce: number): boolean {
  const [start, end] = clauseOf(norm, cs);
  const rest = norm.slice(ce, end);
  const run = rest.match(T_SERVICE_RUN);
  if (!run || run.index === undefined) return false;
  const lead = rest.slice(0, run.index);
  if (!RUN_LEAD.test(lead) || NEGATED.test(lead)) return false;
  const after = rest.slice(run.index + run[0].length);
  const done = DONE.test(lead) || after.startsWith("了");
  const before = norm.slice(start, ps);
  if (RUN_CONDITION.test(before) || (!done && RUN_FRAME.test(before))) return false;
  return RUN_AFTER.test(after) && !QUESTION.test(norm.charAt(end));
}

/**
 * What stands between a place and the service when the place counts the train as one it dispatched: an optional
 * year or time word, a verb of running or dispatching the service with 的 (triggers.json "routeOpen",
 * "routeDispatch", "routeOriginAfter"), 首/第N and a train counter ("placeFirstTrain"), then at most six
 * characters of modifiers (定制化, 汽车), or one modifier closed by 的 before them (满载新能源汽车的): 江苏2024年开出的
 * 首趟中欧班列, 湖南2023年12月开出的首趟中欧班列, 安徽省2020年发出的首趟定制化中欧班列.
 */
const MODIFIER = "[^\\s，,；;。、经沿由从在往至到的]";
const DISPATCHED = new RegExp(
  `^(?:[0-9]{4}年(?:[0-9]{1,2}月(?:[0-9]{1,2}日)?)?|${CLAUSE_TIMES})?(?:${["routeOpen", "routeDispatch", "routeOriginAfter"].map((n) => trigger(n).source).join("|")})的(?:首|第${COUNT_NUMERAL}+)(?:${trigger("placeFirstTrain").source})(?:${MODIFIER}{1,12}的)?${MODIFIER}{0,6}?[“"「]?$`,
);

/**
 * A clause asking whether the service at `at` is so (这是某省开出的首趟中欧班列吗？, 这是不是某省开出的…？): a
 * question closing the clause with 吗/么, or 是否/是不是/难道 before the service. A question asking when or where
 * (…开出的首趟中欧班列何时抵达？, …是不是从某市出发？) takes the dispatch as given.
 */
function yesNoQuestion(norm: string, at: number): boolean {
  const [a, b] = clauseOf(norm, at);
  return (
    QUESTION.test(norm.charAt(b)) && (/[吗么嘛]$/.test(norm.slice(a, b)) || ASKED.test(norm.slice(a, at)))
  );
}

/** Words asking whether the service is so, before it (是否, 是不是, 难道: "serviceAskWords"). */
const ASKED = new RegExp(relationAlt("serviceAskWords"));

/** Places of a list joined right before the last one (山东、河南开出的…, 江西和湖南…). */
const LIST_JOIN = /^(?:以及|[、和与及])$/;
const PLACE = /^(City|Province)$/;

/**
 * Whether `p`, a place before the service (or an item of a list headed by `head`), may be the service's home: not
 * carried from the context, not inside the service's name, a Chinese city or province (a Chinese city is
 * catalogued under its province), not a border-crossing town, and the list not after a list or route mark.
 */
function homeCandidate(rc: RelationContext, corr: Mention, p: Mention, head: Mention = p): boolean {
  if (rc.fromCtx.has(p) || corr.parts.some((x) => x.id === p.id)) return false;
  if (NOT_OWNER_BEFORE.test(rc.norm.slice(Math.max(0, head.cs - 2), head.cs))) return false;
  if (typeOf(p.id) === "City" && !rc.cat.get(p.id)?.parent) return false;
  return !crossingTown(rc.cat, p.id);
}

/**
 * The Chinese cities or provinces before a service that count the service's train as one they dispatched (some
 * place 2024年开出的首趟中欧班列; 山东、河南开出的首趟中欧班列: each place of a list), not in a clause closed by a
 * question (这是某省开出的首趟中欧班列吗？).
 */
function dispatchingPlaces(rc: RelationContext, corr: Mention): Mention[] {
  const last = rc.ms.findLast(
    (x) =>
      x.ce <= corr.cs &&
      corr.cs - x.ce <= 24 &&
      PLACE.test(typeOf(x.id)) &&
      DISPATCHED.test(rc.norm.slice(x.ce, corr.cs)),
  );
  if (!last || yesNoQuestion(rc.norm, corr.cs)) return [];
  const items = [last];
  for (let head = last; ; ) {
    const prev = rc.ms.findLast(
      (x) => x.ce <= head.cs && PLACE.test(typeOf(x.id)) && LIST_JOIN.test(rc.norm.slice(x.ce, head.cs)),
    );
    if (!prev) break;
    items.unshift(prev);
    head = prev;
  }
  const head = items[0] ?? last;
  return items.filter((p) => homeCandidate(rc, corr, p, head));
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
      // (某省2024年开出的首趟中欧班列: the place counts the train as one it dispatched)
      let homes = dispatchingPlaces(rc, corr);
      if (homes.length === 0) {
        const p = ms.find((x) => x.ce === corr.cs && PLACE.test(typeOf(x.id)));
        if (p && homeCandidate(rc, corr, p) && statesRunning(norm, p.cs, corr.cs, corr.ce)) homes = [p];
      }
      if (homes.length === 0 || !isScheduledService(corr.id, ms, cat, norm)) continue;
      for (const p of homes)
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
