/**
 * What a port or development zone at a stop of a service says about the places of the route (used by
 * routes.ts): the terminal a train leaves from (从赣州国际陆港出发, 从兰州新区始发) puts the city its name starts with on
 * the route; a border crossing the train leaves the country at (从阿拉山口口岸出境) does not.
 */
import type { Mention } from "../entities/types";
import { trigger } from "../lexicon";
import { type RelationContext, typeOf } from "./context";
import { openedBy } from "./route-leg";

/** A border crossing named by its head noun: 满洲里口岸, 长春兴隆铁路口岸. */
const CROSSING = /口岸$/;
/** What opens the place a train leaves from: 从, 由, 自. */
const ORIGIN_OPEN = /(从|由|自)$/;
/** Words after a crossing that make it where the train leaves or enters the country (首发出境 too). */
const BORDER_AFTER = new RegExp(`^[^，,；;。、]{0,4}?(${trigger("routeBorderCrossing").source})`);

/** Words after a place that close it as the origin: 始发, 出发, 发车, 驶出, 启程… */
const ORIGIN_AFTER = new RegExp(
  `^[^，,；;。！？!?、]{0,4}?(${trigger("routeOriginAfter").source}|${trigger("routeLeaveAfter").source})`,
);

/** The head 口岸 a port in a list shares, after the list (二连浩特、满洲里两大铁路口岸): up to the clause's end. */
const SHARED_HEAD = /^[^，,；;。！？!?]*?口岸/;

/**
 * Where a port's mention ends for the words after it: a port of a list whose mention ends at its place name
 * (二连浩特 of 二连浩特、满洲里两大铁路口岸出境) reads them after the list's shared 口岸.
 */
function sharedHeadEnd(rc: RelationContext, p: Mention): number {
  if (!CROSSING.test(p.id) || rc.norm.slice(p.cs, p.ce).endsWith("口岸")) return p.ce;
  const head = SHARED_HEAD.exec(rc.norm.slice(p.ce));
  return head ? p.ce + head[0].length : p.ce;
}

/** Words after the places of 由 that make them what the service is made up of (由甲、乙两大口岸组成). */
const COMPOSED_AFTER = new RegExp(`^[^，,；;。、]{0,4}?(${trigger("routeComposedOf").source})`);

/**
 * The city a port or development zone the service leaves from is named after (从赣州国际陆港出发 → 赣州,
 * 从泸州港站驶出 → 泸州): the terminal opened by 从/由/自 or closed by a departure verb, unless it is a
 * border crossing the train leaves the country at (从阿拉山口口岸出境) or a part the service is made up of
 * (由阿拉山口口岸组成).
 */
export function originCity(rc: RelationContext, p: Mention): string | undefined {
  const city = p.parts.find((x) => x.cs === p.cs && typeOf(x.id) === "City");
  if (!city) return undefined;
  const after = rc.norm.slice(sharedHeadEnd(rc, p));
  if (!openedBy(rc, p, ORIGIN_OPEN) && !ORIGIN_AFTER.test(after)) return undefined;
  if (COMPOSED_AFTER.test(after)) return undefined;
  return CROSSING.test(p.id) && BORDER_AFTER.test(after) ? undefined : city.id;
}
