import type { RelationContext } from "./context";

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
