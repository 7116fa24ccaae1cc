/**
 * Seeded start positions of the first screen (pure, deterministic: the same scene gives the same positions
 * on every load). Provinces start at their capital, pulled towards their region's centre and regions pushed
 * apart, so regions read as groups; a zone starts next to its province; every other node starts at the mean
 * of its placed neighbours (a corridor between the provinces and zones it connects). Nodes with no placed
 * neighbour start on a ring around the scene; the layout puts the unconnected ones on a shelf.
 */
import type Graph from "graphology";
import { type ProvincePlace, provincePlace, type Region, regionCentres } from "./regions";

export type Pos = { x: number; y: number };

/** A deterministic number in [0, 1) from a string (FNV-1a). */
export function hashUnit(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) / 4294967296;
}

const around = (p: Pos, id: string, r: number): Pos => {
  const a = 2 * Math.PI * hashUnit(id);
  return { x: p.x + r * Math.cos(a), y: p.y + r * Math.sin(a) };
};

/** Where a province starts: its capital, 45% of the way to its region's centre, the region moved out. */
function provinceSeed(p: ProvincePlace, centres: Map<Region, Pos>, country: Pos): Pos {
  const c = centres.get(p.region) ?? country;
  return {
    x: p.lon + (c.x - p.lon) * 0.45 + (c.x - country.x) * 0.5,
    y: p.lat + (c.y - p.lat) * 0.45 + (c.y - country.y) * 0.5,
  };
}

/** The province a node belongs to: itself, a LOCATED_IN province, or the name of its zone "中国（广西）…". */
function provinceOf(graph: Graph, node: string): ProvincePlace | null {
  const a = graph.getNodeAttributes(node);
  if (a.type === "Province") return provincePlace(String(a.name ?? node));
  for (const e of graph.outEdges(node)) {
    if (graph.getEdgeAttribute(e, "type") !== "LOCATED_IN") continue;
    const t = graph.target(e);
    if (graph.getNodeAttribute(t, "type") === "Province")
      return provincePlace(String(graph.getNodeAttribute(t, "name") ?? t));
  }
  const m = /（(.+?)）/.exec(String(a.name ?? ""));
  return m?.[1] ? provincePlace(m[1]) : null;
}

/** Start positions for every node of the scene, by id. */
export function seedPositions(graph: Graph): Map<string, Pos> {
  const { centres, country } = regionCentres();
  const out = new Map<string, Pos>();
  const nodes = [...graph.nodes()].sort();
  for (const n of nodes) {
    const p = provinceOf(graph, n);
    if (!p) continue;
    const base = provinceSeed(p, centres, country);
    out.set(n, graph.getNodeAttribute(n, "type") === "Province" ? base : around(base, n, 1.6));
  }
  // Corridors, agreements…: the mean of their placed neighbours; twice, so chains reach in.
  for (let pass = 0; pass < 2; pass++)
    for (const n of nodes) {
      if (out.has(n)) continue;
      let sx = 0;
      let sy = 0;
      let k = 0;
      for (const nb of graph.neighbors(n)) {
        const q = out.get(nb);
        if (!q) continue;
        sx += q.x;
        sy += q.y;
        k++;
      }
      if (k) out.set(n, around({ x: sx / k, y: sy / k }, n, 1));
    }
  const rest = nodes.filter((n) => !out.has(n));
  rest.forEach((n, i) => {
    const a = (2 * Math.PI * i) / Math.max(1, rest.length);
    out.set(n, { x: country.x + 30 * Math.cos(a), y: country.y + 30 * Math.sin(a) });
  });
  return out;
}

/** Put every node that is not pinned at its seeded position. */
export function applySeed(graph: Graph): void {
  for (const [n, p] of seedPositions(graph))
    if (graph.getNodeAttribute(n, "fixed") !== true) graph.mergeNodeAttributes(n, p);
}
