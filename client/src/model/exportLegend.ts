/**
 * The legend an export carries (PNG and SVG): one section per colour mapping in use — node types always,
 * the active metric's scale (PageRank / betweenness gradient, Louvain communities), and zone statuses
 * when the scene has any — plus the source line naming the documents behind the scene. Pure: the caller
 * translates keys and draws.
 */
import type { ExplorerState } from "../store/state";
import type { LegendEntry } from "./legendEntries";
import * as entries from "./legendEntries";
import type { SceneGraph } from "./scene";

export type LegendSection =
  | { kind: "types"; entries: LegendEntry[] }
  | { kind: "community"; entries: LegendEntry[] }
  | { kind: "gradient"; metric: string; stops: string[] }
  | { kind: "status"; entries: LegendEntry[] };

type StatusEntries = (graph: SceneGraph, s: ExplorerState) => LegendEntry[];

/**
 * Zone-status entries: the shared legend model's when it offers them (legendEntries.statusEntries), else
 * counted from the fetched statuses (`known`) or the nodes' `status` attributes.
 */
export function statusEntries(
  graph: SceneGraph,
  s: ExplorerState,
  known: ReadonlyMap<string, string> = new Map(),
): LegendEntry[] {
  const shared = (entries as Record<string, unknown>).statusEntries;
  if (typeof shared === "function") return (shared as StatusEntries)(graph, s);
  const counts = new Map<string, number>();
  graph.forEachNode((n, a) => {
    if (s.hiddenTypes.has(String(a.type))) return;
    const st = known.get(n) ?? a.status;
    if (typeof st === "string" && st) counts.set(st, (counts.get(st) ?? 0) + 1);
  });
  const rank = (k: string) => (STATUS_ORDER.includes(k) ? STATUS_ORDER.indexOf(k) : STATUS_ORDER.length);
  return [...counts]
    .sort((a, b) => rank(a[0]) - rank(b[0]))
    .map(([key, count]) => ({ key, count, color: STATUS_COLORS[key] ?? "#999999", letter: "" }));
}

const STATUS_ORDER = ["established", "applied", "proposed"];
const STATUS_COLORS: Record<string, string> = {
  established: "#2e7d32",
  applied: "#f9a825",
  proposed: "#9e9e9e",
};

export function legendSections(
  graph: SceneGraph,
  s: ExplorerState,
  colour: Map<string, number> | null,
  known: ReadonlyMap<string, string> = new Map(),
): LegendSection[] {
  const out: LegendSection[] = [{ kind: "types", entries: entries.typeEntries(graph, s) }];
  if (s.colourBy === "community" && colour)
    out.push({ kind: "community", entries: entries.communityEntries(colour) });
  else if (s.colourBy !== "type" && colour)
    out.push({ kind: "gradient", metric: s.colourBy, stops: entries.gradientStops() });
  const status = statusEntries(graph, s, known);
  if (status.length) out.push({ kind: "status", entries: status });
  return out;
}
