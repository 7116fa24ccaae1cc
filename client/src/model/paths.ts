/**
 * What the paths panel shows of a paths answer: simple paths only (a path that visits a node twice is
 * dropped), made of allowed relationship types only, whatever the server sent; and the message that says
 * what was found or why nothing was.
 */
import type { SerializedGraph } from "../../../contracts/api";

export interface RawPath {
  nodes: readonly string[];
  edges: readonly string[];
}

export function isSimplePath(p: RawPath): boolean {
  return new Set(p.nodes).size === p.nodes.length;
}

/** Keep simple paths whose every edge has an allowed type (empty `types` = every type but co-occurrence when it is off). */
export function keepPaths(
  paths: readonly RawPath[],
  graph: SerializedGraph,
  opts: { types: readonly string[]; coOccurrence: boolean },
): RawPath[] {
  const typeOf = new Map(graph.edges.map((e) => [e.key, String(e.attributes.type ?? "")]));
  const allowed = (t: string) =>
    t === "CO_OCCURS" ? opts.coOccurrence : opts.types.length === 0 || opts.types.includes(t);
  const seen = new Set<string>();
  const out: RawPath[] = [];
  for (const p of paths) {
    if (!isSimplePath(p)) continue;
    if (!p.edges.every((e) => allowed(typeOf.get(e) ?? ""))) continue;
    const key = p.edges.join("|");
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(p);
  }
  return out;
}

export type PathMessage =
  | { kind: "found"; count: number; maxHops: number }
  | { kind: "none"; maxHops: number; viaCoOccurrence: number | null; reason: string | null };

export function pathMessage(
  kept: number,
  opts: { maxHops: number },
  extra: { reason: string | null; coOccurrencePaths: number | null },
): PathMessage {
  if (kept > 0) return { kind: "found", count: kept, maxHops: opts.maxHops };
  return {
    kind: "none",
    maxHops: opts.maxHops,
    viaCoOccurrence: extra.coOccurrencePaths,
    reason: extra.reason,
  };
}
