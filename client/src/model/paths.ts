/**
 * What the paths panel shows of a paths answer: simple paths only (a path that visits a node twice is
 * dropped), made of allowed relationship types only, whatever the server sent; and the message that says
 * what was found or why nothing was.
 */
import type { PathsResponse, SerializedGraph } from "../../../contracts/api";

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

/** The server's reason for no path: its code and numbers (translated here), and its English text. */
export interface PathReason {
  code: PathsResponse["reasonCode"] | null;
  facts: PathsResponse["reasonFacts"] | null;
  text: string | null;
}

type Say = (key: "pathReasonCapped" | "pathReasonDeadline") => string;

const fill = (template: string, values: Record<string, number | undefined>) =>
  template.replace(/\{(\w+)\}/g, (m, k: string) => (values[k] === undefined ? m : String(values[k])));

/**
 * The server's reason for no path in the UI language, by its code: null when it only repeats what the
 * panel says ("no typed path within N hops"; the co-occurrence count is shown apart), else the search's
 * caps or its deadline. A server without codes: its English text in English, nothing in Chinese.
 */
export function pathReasonText(reason: PathReason, lang: "zh" | "en", say: Say): string | null {
  const facts = reason.facts ?? {};
  switch (reason.code) {
    case "noPath":
      return null;
    case "capped":
      return fill(say("pathReasonCapped"), facts);
    case "deadline":
      return fill(say("pathReasonDeadline"), facts);
    default:
      return lang === "zh" ? null : reason.text;
  }
}
