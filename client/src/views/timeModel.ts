/**
 * Pure view models of the time slider: the slider's stops from the timeline, the scene of the graph as
 * known at a date (every zone with its status), and the counts the panel and the legend show.
 */
import type { SerializedGraph } from "../../../contracts/api";
import type { DatedClaim, DatedSubgraph, TimelineResponse } from "../../../contracts/views";

export type ZoneStatus = "established" | "applied" | "mentioned";

/** Colours of zones by status on the canvas: established zones keep the zone colour. */
export const APPLIED_COLOR = "#f59f00";

/** The slider's stops: every distinct event date, in order. */
export function timelineTicks(t: TimelineResponse): string[] {
  return [...new Set(t.events.map((e) => e.date))].sort();
}

/** Index of the last stop on or before `date` (0 when the date is before every stop). */
export function tickIndexFor(ticks: readonly string[], date: string): number {
  let best = 0;
  for (let i = 0; i < ticks.length; i++) if ((ticks[i] as string) <= date) best = i;
  return best;
}

/** Documents published on a stop's date, to label the stop ("2026-01 or later: commentary"). */
export function eventsOn(t: TimelineResponse, date: string): TimelineResponse["events"] {
  return t.events.filter((e) => e.date === date);
}

/**
 * The scene for a date: the dated graph, with every zone the API lists as established or applied present
 * (added when the entity cap left it out) and every zone node given a status.
 */
export function datedScene(d: DatedSubgraph): SerializedGraph {
  const status = new Map(d.zones.map((z) => [z.id, z.status]));
  const present = new Set(d.graph.nodes.map((n) => n.key));
  const nodes = d.graph.nodes.map((n) =>
    n.attributes.type === "FreeTradeZone"
      ? { ...n, attributes: { ...n.attributes, status: status.get(n.key) ?? "mentioned" } }
      : n,
  );
  for (const z of d.zones) {
    if (present.has(z.id)) continue;
    nodes.push({
      key: z.id,
      attributes: { type: "FreeTradeZone", label: z.name, name: z.name, nameEn: z.nameEn, status: z.status },
    });
  }
  return { ...d.graph, nodes };
}

export interface ZoneCounts {
  established: number;
  applied: number;
  mentioned: number;
}

/** Zones by status among the given node attributes (the canvas's nodes). */
export function countZones(nodes: Iterable<Record<string, unknown>>): ZoneCounts {
  const out: ZoneCounts = { established: 0, applied: 0, mentioned: 0 };
  for (const a of nodes) {
    if (a.type !== "FreeTradeZone") continue;
    const s = a.status;
    if (s === "established" || s === "applied") out[s]++;
    else out.mentioned++;
  }
  return out;
}

export interface TimeSummary {
  date: string;
  /** Zones established as known at the date, with their sentences (from the API). */
  established: DatedSubgraph["zones"];
  applied: DatedSubgraph["zones"];
  /** The stated number of zones (the latest ftz_count claim) with its sentence. */
  stated: DatedClaim | null;
  documents: DatedSubgraph["documents"];
}

export function timeSummary(d: DatedSubgraph): TimeSummary {
  return {
    date: d.window.to,
    established: d.zones.filter((z) => z.status === "established"),
    applied: d.zones.filter((z) => z.status === "applied"),
    stated: d.zoneCount,
    documents: d.documents,
  };
}
