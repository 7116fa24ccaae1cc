/**
 * Guard check on the plan: every variable-length pattern (VarLengthExpand, shortest paths,
 * quantified path patterns, in MATCH, pattern comprehensions and subqueries alike) needs an
 * upper bound of at most MAX_PATH_HOPS. Neo4j's plan spells the bounds of each expanding
 * operator in its Details (`(a)-[r*..5]->(b)`, `{1, }`), after rewriting `+`, `*` and QPPs.
 */
import { operatorName, type PlanNode, walkPlan } from "./guard";

export const MAX_PATH_HOPS = 10;

const EXPANDING = /^(VarLengthExpand|BFSPruningVarExpand|ShortestPath|StatefulShortestPath|Repeat|Trail)/;

/** Upper bounds of the variable-length parts of a Details string (Infinity when open). */
export function pathUpperBounds(details: string): number[] {
  const bounds: number[] = [];
  for (const m of details.matchAll(/\[[^\]]*?\*\s*(\d*)\s*(\.\.\s*(\d*))?\s*\]/g)) {
    const [, lower, range, upper] = m;
    if (range === undefined) bounds.push(lower ? Number(lower) : Number.POSITIVE_INFINITY);
    else bounds.push(upper ? Number(upper) : Number.POSITIVE_INFINITY);
  }
  for (const m of details.matchAll(/\{\s*(\d*)\s*(,\s*(\d*|\*)?)?\s*\}/g)) {
    const [, lower, comma, upper] = m;
    if (comma === undefined) bounds.push(lower ? Number(lower) : Number.POSITIVE_INFINITY);
    else bounds.push(upper && upper !== "*" ? Number(upper) : Number.POSITIVE_INFINITY);
  }
  for (const m of details.matchAll(/\)\s*([+*])\s*(?=\(|$)/g))
    if (m[1]) bounds.push(Number.POSITIVE_INFINITY);
  return bounds;
}

function detailsOf(node: PlanNode): string {
  const v = node.arguments?.Details ?? node.arguments?.details;
  return typeof v === "string" ? v : "";
}

/** null when every variable-length pattern is bounded by MAX_PATH_HOPS, else the reason. */
export function checkPathBounds(plan: PlanNode, maxHops = MAX_PATH_HOPS): string | null {
  let reason: string | null = null;
  walkPlan(plan, (node) => {
    const name = operatorName(node.operatorType);
    if (reason || !EXPANDING.test(name)) return;
    const details = detailsOf(node);
    const highest = Math.max(0, ...pathUpperBounds(details));
    if (highest <= maxHops) return;
    const pattern = details.split("\n")[0]?.trim().slice(0, 100) ?? "";
    reason = Number.isFinite(highest)
      ? `the variable-length pattern ${pattern} may walk ${highest} hops; at most ${maxHops} are allowed (write e.g. [*..${maxHops}])`
      : `the variable-length pattern ${pattern} has no upper bound; give one of at most ${maxHops} hops (e.g. [*..${Math.min(6, maxHops)}] or {1,${Math.min(6, maxHops)}})`;
  });
  return reason;
}
