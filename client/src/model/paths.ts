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

/** What stops a paths request before it is sent: an end not chosen, or the same entity at both ends. */
export function pathEndsProblem(
  from: string | undefined,
  to: string | undefined,
): "pathPickBoth" | "pathSameEnds" | null {
  if (!from || !to) return "pathPickBoth";
  return from === to ? "pathSameEnds" : null;
}

const CAPPED =
  /^no .+? found within \d+ hops among the (\d+) relationships read \(at most (\d+) per node, (\d+) in all\)/;
const DEADLINE = /^the path search stopped at its ([\d.]+) s deadline/;

/**
 * The server's reason for no path (English), for the panel's message in the UI language: null when it
 * only repeats what the panel says ("no typed path within N hops"; the co-occurrence count is shown
 * apart), else the search's caps or its deadline.
 */
export function pathReasonText(reason: string | null, lang: "zh" | "en"): string | null {
  if (!reason) return null;
  const capped = CAPPED.exec(reason);
  if (capped)
    return lang === "zh"
      ? `只读取了 ${capped[1]} 条关系：每个节点最多 ${capped[2]} 条，总共最多 ${capped[3]} 条`
      : `among the ${capped[1]} relationships read (at most ${capped[2]} per node, ${capped[3]} in all)`;
  const deadline = DEADLINE.exec(reason);
  if (deadline)
    return lang === "zh"
      ? `路径搜索在 ${deadline[1]} 秒期限内未完成：请减少跳数或关系类型`
      : `the search stopped at its ${deadline[1]} s deadline: try fewer hops or fewer relationship types`;
  if (/^no .+ within \d+ hops(;|$)/.test(reason)) return null;
  return lang === "zh" ? null : reason;
}
