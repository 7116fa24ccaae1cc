/** What a legend lists for the scene: node types present (colour + letter + count), or the active metric's scale. */
import type { ExplorerState } from "../store/state";
import type { SceneGraph } from "./scene";
import { communityColor, sequentialColor, typeStyle } from "./styling";

export interface LegendEntry {
  color: string;
  letter: string;
  /** Type or community key; the caller translates. */
  key: string;
  count: number;
}

export function typeEntries(graph: SceneGraph, s: ExplorerState): LegendEntry[] {
  const counts = new Map<string, number>();
  graph.forEachNode((_, a) => {
    const type = String(a.type);
    if (!s.hiddenTypes.has(type)) counts.set(type, (counts.get(type) ?? 0) + 1);
  });
  return [...counts].sort((a, b) => b[1] - a[1]).map(([key, count]) => ({ key, count, ...typeStyle(key) }));
}

export function communityEntries(values: Map<string, number>, max = 10): LegendEntry[] {
  const sizes = new Map<number, number>();
  for (const c of values.values()) sizes.set(c, (sizes.get(c) ?? 0) + 1);
  return [...sizes]
    .sort((a, b) => b[1] - a[1])
    .slice(0, max)
    .map(([c, count]) => ({ key: `#${c + 1}`, count, color: communityColor(c), letter: "" }));
}

/** Eleven stops of the sequential scale, low to high. */
export function gradientStops(): string[] {
  return Array.from({ length: 11 }, (_, i) => sequentialColor(i / 10));
}
