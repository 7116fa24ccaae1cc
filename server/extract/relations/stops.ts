import type { Mention } from "../entities/types";
import { trigger } from "../lexicon";
import { type RelationContext, typeOf } from "./context";

/**
 * A region written as the class of the place after it (运往中亚国家哈萨克斯坦, 开往欧洲城市马德里): triggers.json
 * "routeClassHeads" between them. The country or city is the stop; the region only describes it.
 */
const CLASS_HEAD = new RegExp(`^(${trigger("routeClassHeads").source})`);

/** Whether `p` (a region or bloc, no country) only names the class of the place right after it (see CLASS_HEAD). */
export function classOfNext(rc: RelationContext, p: Mention): boolean {
  const head = CLASS_HEAD.exec(rc.norm.slice(p.ce));
  if (!head || rc.cat.get(p.id)?.properties.kind === "country") return false;
  const at = p.ce + head[0].length;
  return rc.ms.some((x) => x.cs === at && /^(Country|City)$/.test(typeOf(x.id)));
}

/**
 * A place a corridor or service reaches: ON_CORRIDOR (place → corridor) when the place lies on it (a port
 * on the route, a domestic hub), else CONNECTS (corridor → place). One pattern-rule edge, confidence 0.75.
 */
export function pushStop(
  push: RelationContext["push"],
  corridorId: string,
  placeId: string,
  onCorridor: boolean,
  span: { cs: number; ce: number },
): void {
  push({
    type: onCorridor ? "ON_CORRIDOR" : "CONNECTS",
    source: onCorridor ? placeId : corridorId,
    target: onCorridor ? corridorId : placeId,
    method: "pattern",
    confidence: 0.75,
    cs: span.cs,
    ce: span.ce,
  });
}
