/** What a legend lists for the scene: node types present (colour + letter + count), or the active metric's scale. */
import type { ExplorerState } from "../store/state";
import { APPLIED_COLOR } from "../views/timeModel";
import type { SceneGraph } from "./scene";
import { nodeStatus, type RingStyle, STATUS_RING, ZONE_STATUSES } from "./status";
import { communityColor, isStage, STAGE_COLORS, STAGES, sequentialColor, typeStyle } from "./styling";

export interface LegendEntry {
  color: string;
  letter: string;
  /** Type, community, status (`status_<s>`) or stage (`stage_<s>`) key; the caller translates. */
  key: string;
  count: number;
  /** Status entries: the ring drawn inside the node. */
  ring?: RingStyle;
  /** Stage entries: drawn as a line of `color`. */
  line?: boolean;
}

/**
 * Zone statuses present in the scene (established, applied for, proposed), each with its ring style.
 */
export function statusEntries(graph: SceneGraph, s: ExplorerState): LegendEntry[] {
  const counts = new Map<string, number>();
  graph.forEachNode((_, a) => {
    const st = nodeStatus(a);
    if (st && !s.hiddenTypes.has(String(a.type))) counts.set(st, (counts.get(st) ?? 0) + 1);
  });
  return ZONE_STATUSES.filter((st) => counts.has(st)).map((st) => ({
    key: `status_${st}`,
    count: counts.get(st) ?? 0,
    // The canvas fills applied-for zones amber (graphView) as the time view does.
    color: st === "applied" ? APPLIED_COLOR : typeStyle("FreeTradeZone").color,
    letter: typeStyle("FreeTradeZone").letter,
    ring: STATUS_RING[st],
  }));
}

/** ALIGNS_WITH stages present in the scene, each with its edge colour. */
export function stageEntries(graph: SceneGraph, s: ExplorerState): LegendEntry[] {
  const counts = new Map<string, number>();
  graph.forEachEdge((_, a) => {
    if (a.type === "ALIGNS_WITH" && isStage(a.stage) && !s.hiddenRels.has("ALIGNS_WITH"))
      counts.set(a.stage, (counts.get(a.stage) ?? 0) + 1);
  });
  return STAGES.filter((st) => counts.has(st)).map((st) => ({
    key: `stage_${st}`,
    count: counts.get(st) ?? 0,
    color: STAGE_COLORS[st],
    letter: "",
    line: true,
  }));
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
