/** Pure helpers of the corridors panel: what to highlight for a zone's links to a corridor. */
import type { CorridorZonesResponse } from "../../../contracts/api";

type Link = CorridorZonesResponse["links"][number];

export interface Focus {
  nodes: string[];
  edges: string[];
}

/** One chain: the zone, the corridor and every step between them (edge keys as in the scene graph). */
export function chainFocus(corridor: string, link: Link): Focus {
  const nodes = new Set([link.zone.id, corridor]);
  for (const s of link.chain) {
    nodes.add(s.from);
    nodes.add(s.to);
  }
  return { nodes: [...nodes], edges: [...new Set(link.chain.map((s) => s.edge))] };
}

/**
 * Every route from a zone to the corridor — its direct ON_CORRIDOR edge when it has one, and each
 * explained chain (through an area, a port, a city, a province, a country) — as one highlight.
 */
export function zoneRoutes(res: CorridorZonesResponse, zone: string): Focus {
  const nodes = new Set<string>([zone, res.corridor.id]);
  const edges = new Set<string>();
  for (const link of res.links) {
    if (link.zone.id !== zone) continue;
    const f = chainFocus(res.corridor.id, link);
    for (const n of f.nodes) nodes.add(n);
    for (const e of f.edges) edges.add(e);
  }
  return { nodes: [...nodes], edges: [...edges] };
}
