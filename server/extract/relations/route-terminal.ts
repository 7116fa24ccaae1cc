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

/**
 * The city a port or development zone the service leaves from is named after (从赣州国际陆港出发 → 赣州,
 * 从泸州港站驶出 → 泸州): the terminal opened by 从/由/自 or closed by a departure verb, unless it is a
 * border crossing the train leaves the country at (从阿拉山口口岸出境).
 */
export function originCity(rc: RelationContext, p: Mention): string | undefined {
  const city = p.parts.find((x) => x.cs === p.cs && typeOf(x.id) === "City");
  if (!city) return undefined;
  const after = rc.norm.slice(p.ce);
  if (!openedBy(rc, p, ORIGIN_OPEN) && !ORIGIN_AFTER.test(after)) return undefined;
  return CROSSING.test(p.id) && BORDER_AFTER.test(after) ? undefined : city.id;
}
