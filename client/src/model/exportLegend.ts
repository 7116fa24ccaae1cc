/**
 * The legend an export carries (PNG and SVG): one section per colour mapping in use — node types always,
 * the active metric's scale (PageRank / betweenness gradient, Louvain communities), and zone statuses
 * when the scene has any (legendEntries.statusEntries, from the nodes' `status`) — plus
 * the source line naming the documents behind the scene. Pure: the caller translates keys and draws.
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

export function legendSections(
  graph: SceneGraph,
  s: ExplorerState,
  colour: Map<string, number> | null,
): LegendSection[] {
  const out: LegendSection[] = [{ kind: "types", entries: entries.typeEntries(graph, s) }];
  if (s.colourBy === "community" && colour)
    out.push({ kind: "community", entries: entries.communityEntries(colour) });
  else if (s.colourBy !== "type" && colour)
    out.push({ kind: "gradient", metric: s.colourBy, stops: entries.gradientStops() });
  const status = entries.statusEntries(graph, s);
  if (status.length) out.push({ kind: "status", entries: status });
  return out;
}
