/**
 * The leg of a route that a service taken as the way (货物经中老铁路抵达万象后再分成三条线路，分别运至泰国…;
 * 从泰国启程后，经公路运至万象，再搭乘中老铁路直达昆明) runs: its stops end where the goods or the train
 * leave it and start where they board it (后再, 随后, 再搭乘, 换装后, 分拨: a leg break after or before it).
 */
import { clauseStart } from "../clauses";
import type { Mention } from "../entities/types";
import { trigger } from "../lexicon";
import { type RelationContext, typeOf } from "./context";

/** Words that make the service the way taken (经, 通过, 搭乘…): triggers.json "routeVia". */
const VIA = new RegExp(`(${trigger("routeVia").source})[“"「]?$`);
/** Words that end a leg of a journey (后再, 随后, 换装后, 分拨…): triggers.json "routeLegBreak". */
const LEG_BREAK = trigger("routeLegBreak");
/** The kinds of place a route's stops and lists of stops are made of (route-leg, route-terminal, routes). */
export const ROUTE_PLACE = /^(City|Port|Country|Province|DevZone)$/;

/**
 * Whether `p` is an item of a list of places right after a word matching `opener` (…拓展至A、B; 从A、B出发):
 * the walk back over places and list separators (、和与及, 以及) reaches `opener`. Shared by routes.ts and route-terminal.ts.
 */
export function openedBy(rc: RelationContext, p: Mention, opener: RegExp): boolean {
  let k = p.cs;
  for (;;) {
    const text = rc.norm.slice(0, k);
    if (opener.test(text)) return true;
    const prev = rc.ms.find((x) => x.ce === k && ROUTE_PLACE.test(typeOf(x.id)));
    const sep = /(以及|[、和与及])$/.exec(text);
    if (prev) k = prev.cs;
    else if (sep) k -= sep[0].length;
    else return false;
  }
}

/** A clause naming where the goods gather for the way taken: 在西安集结后, 在霍尔果斯换装后. */
const BOARDED_AT = new RegExp(`^[\\s，,]*在[^，,；;。]{1,16}(${trigger("routeHalt").source})`);

/** Whether the service is named as the way of a journey, not as what runs it (经中老铁路, 搭乘中欧班列). */
export function isViaService(rc: RelationContext, s: Mention): boolean {
  return VIA.test(rc.norm.slice(clauseStart(rc.norm, s.cs), s.cs));
}

/**
 * The end of the stops of service `s` within [s.ce, b): for a service taken as the way, the first leg
 * break after it (the stops after it are another leg's, 再分成三条线路运至泰国); else `b`.
 */
export function legEnd(rc: RelationContext, s: Mention, b: number): number {
  if (!isViaService(rc, s)) return b;
  const k = rc.norm.slice(s.ce, b).search(LEG_BREAK);
  return k < 0 ? b : s.ce + k;
}

/**
 * The start of the stops of service `s` within [a, s.cs): for a service taken as the way after a leg
 * break in its own clause or the clause before it (经公路运至万象，再搭乘中老铁路), the last place before
 * that break, where the goods board it (the stops before are the goods' earlier leg); else `a`.
 */
export function legStart(rc: RelationContext, s: Mention, a: number): number {
  if (!isViaService(rc, s)) return a;
  const own = clauseStart(rc.norm, s.cs);
  const near = Math.max(a, own > 0 ? clauseStart(rc.norm, own - 1) : 0);
  let brk = -1;
  let end = -1;
  for (const m of rc.norm.slice(near, s.cs).matchAll(new RegExp(LEG_BREAK.source, "g"))) {
    brk = near + (m.index ?? 0);
    end = brk + m[0].length;
  }
  // (no break: the stops of the clauses before are the goods' or the train's journey to the way taken
  // — 从石家庄国际陆港启程，将通过中老铁路直达万象 —, except a place it is gathered at: 在西安集结后，搭乘…)
  if (brk < 0) return Math.max(a, BOARDED_AT.test(rc.norm.slice(near, own)) ? near : own);
  const boarding = rc.ms.filter((x) => x.cs >= a && x.ce <= brk && ROUTE_PLACE.test(typeOf(x.id))).pop();
  return boarding ? boarding.cs : end;
}
