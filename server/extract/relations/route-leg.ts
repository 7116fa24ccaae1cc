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
/**
 * Words of goods handed on by other means (分拨, 转运, 转乘, 转接, 分流; not heading a noun: 转运枢纽, 分拨业务,
 * 转运效率): triggers.json "routeTransfer".
 */
const TRANSFER = trigger("routeTransfer");
/** Words that end a leg of a journey (后再, 随后, 换装后: triggers.json "routeLegBreak", and the transfer words). */
const LEG_BREAK = new RegExp(`${trigger("routeLegBreak").source}|${TRANSFER.source}`);
/**
 * A transfer word that itself leads the goods on to a destination (再分拨至土耳其, 转运到宁波港), not one after
 * the train's own gauge change or customs transfer (换装转运, 转关转运: the train goes on).
 */
const HAND_ON = new RegExp(`(?<!换装再?|转关再?)(${TRANSFER.source})(至|到|往)`, "g");
/** People who change trains themselves (部分旅客转乘…): triggers.json "routeTravellers". */
const TRAVELLERS = trigger("routeTravellers");
/** The kinds of place a route's stops and lists of stops are made of (route-leg, route-terminal, routes). */
export const ROUTE_PLACE = /^(City|Port|Country|Province|DevZone)$/;

/**
 * Whether `p` is an item of a list of places right after a word matching `opener` (…拓展至A、B; 从A、B出发):
 * the walk back over places and list separators (、和与及, 以及) reaches `opener`. Shared by routes.ts and route-terminal.ts.
 */
export function openedBy(rc: RelationContext, p: Mention, opener: RegExp): boolean {
  return openerEnd(rc, p, opener) >= 0;
}

/** Where the word matching `opener` before `p`'s list ends (see openedBy), or -1. */
export function openerEnd(rc: RelationContext, p: Mention, opener: RegExp): number {
  let k = p.cs;
  for (;;) {
    const text = rc.norm.slice(0, k);
    if (opener.test(text)) return k;
    const prev = rc.ms.find((x) => x.ce === k && ROUTE_PLACE.test(typeOf(x.id)));
    const sep = /(以及|[、和与及])$/.exec(text);
    if (prev) k = prev.cs;
    else if (sep) k -= sep[0].length;
    else return -1;
  }
}

/** A clause naming where the goods gather for the way taken: 在西安集结后, 在霍尔果斯换装后. */
const BOARDED_AT = new RegExp(`^[\\s，,]*在[^，,；;。]{1,16}(${trigger("routeHalt").source})`);

/** Whether the service is named as the way of a journey, not as what runs it (经中老铁路, 搭乘中欧班列). */
export function isViaService(rc: RelationContext, s: Mention): boolean {
  return VIA.test(rc.norm.slice(clauseStart(rc.norm, s.cs), s.cs));
}

/** How legEnd reads a service: `carried` (a service referred back to: no way taken), `stopBefore` (see handedOn). */
interface LegOptions {
  carried?: boolean;
  stopBefore?: (k: number) => boolean;
}

/**
 * The end of the stops of service `s` within [s.ce, b): for a service taken as the way, the first leg
 * break after it (the stops after it are another leg's, 再分成三条线路运至泰国); with `stopBefore`, for any
 * service, the goods handed on (handedOn); else `b`.
 */
export function legEnd(rc: RelationContext, s: Mention, b: number, opts: LegOptions = {}): number {
  const k = opts.carried || !isViaService(rc, s) ? -1 : rc.norm.slice(s.ce, b).search(LEG_BREAK);
  const end = k < 0 ? b : s.ce + k;
  return opts.stopBefore ? handedOn(rc, s, end, opts.stopBefore) : end;
}

/**
 * 货物由南昌发运至巴库后，还可再分拨至土耳其: the places the goods are handed on to (HAND_ON) are no stops
 * of the service that brought them, once it has a stop before the transfer word (`stopBefore`: never
 * before its origin); travellers changing trains in that clause (部分旅客转乘…) end nothing.
 */
function handedOn(rc: RelationContext, s: Mention, b: number, stopBefore: (k: number) => boolean): number {
  for (const m of rc.norm.slice(s.ce, b).matchAll(HAND_ON)) {
    const k = s.ce + m.index;
    if (TRAVELLERS.test(rc.norm.slice(clauseStart(rc.norm, k), k))) continue;
    if (stopBefore(k)) return k;
  }
  return b;
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
