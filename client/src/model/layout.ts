/**
 * Incremental layout after an expand (pure, on the scene graph): the nodes the expand brought in are put
 * on rings around the expanded node, in free slots — away from every node already there — and then
 * separated by a bounded noverlap pass over them alone. Nodes already in the scene, pinned or not, never
 * move, so the user's mental map survives an expand; ForceAtlas2 is only run on request.
 */
import type Graph from "graphology";
import noverlap from "graphology-layout-noverlap";
import { createSceneGraph } from "./scene";

export interface ExpansionOptions {
  /** Radius of a node in graph units (its drawn size converted to graph coordinates). */
  sizeOf(node: string): number;
  /** Smallest gap left between two nodes, in graph units (room for labels). */
  margin: number;
  /** Bound of the noverlap pass over the new nodes. */
  maxIterations?: number;
}

type Pos = { x: number; y: number };

const finite = (v: unknown): v is number => typeof v === "number" && Number.isFinite(v);

function position(graph: Graph, node: string): Pos | null {
  const a = graph.getNodeAttributes(node);
  return finite(a.x) && finite(a.y) ? { x: a.x, y: a.y } : null;
}

/** Smallest angle between two directions, in [0, π]. */
function angleGap(a: number, b: number): number {
  const d = Math.abs(a - b) % (2 * Math.PI);
  return d > Math.PI ? 2 * Math.PI - d : d;
}

/**
 * Place `added` (nodes of `graph`) around `anchor` without overlaps, then run noverlap on them only.
 * Two nodes overlap when they are closer than the sum of their sizes plus the margin. Returns the nodes
 * placed (those of `added` that are in the graph, the anchor excluded); nothing happens when the anchor
 * has no position.
 */
export function placeExpansion(
  graph: Graph,
  anchor: string,
  added: readonly string[],
  opts: ExpansionOptions,
): string[] {
  if (!graph.hasNode(anchor)) return [];
  const centre = position(graph, anchor);
  if (!centre) return [];
  // A pinned node stays where the user put it, even when an expand reports it as new.
  const fresh = [...new Set(added)].filter(
    (n) => n !== anchor && graph.hasNode(n) && graph.getNodeAttribute(n, "fixed") !== true,
  );
  if (fresh.length === 0) return [];
  const isFresh = new Set(fresh);
  const margin = Math.max(0, opts.margin);
  const size = (n: string) => {
    const s = opts.sizeOf(n);
    return finite(s) && s > 0 ? s : 1;
  };

  // Everything already placed is an obstacle that must stay where it is.
  const obstacles: { p: Pos; r: number }[] = [];
  let cx = 0;
  let cy = 0;
  graph.forEachNode((n) => {
    if (isFresh.has(n)) return;
    const p = position(graph, n);
    if (!p) return;
    obstacles.push({ p, r: size(n) });
    cx += p.x;
    cy += p.y;
  });
  // New nodes fan out away from the rest of the scene when the anchor sits on its edge.
  const outward =
    obstacles.length > 1 &&
    Math.hypot(centre.x - cx / obstacles.length, centre.y - cy / obstacles.length) > 1e-9
      ? Math.atan2(centre.y - cy / obstacles.length, centre.x - cx / obstacles.length)
      : 0;

  // A new node also linked to placed nodes other than the anchor prefers their direction.
  const preferred = new Map<string, number>();
  for (const n of fresh) {
    let sx = 0;
    let sy = 0;
    let k = 0;
    graph.forEachNeighbor(n, (nb) => {
      if (nb === anchor || isFresh.has(nb)) return;
      const p = position(graph, nb);
      if (!p) return;
      sx += p.x;
      sy += p.y;
      k++;
    });
    if (k > 0 && Math.hypot(sx / k - centre.x, sy / k - centre.y) > 1e-9)
      preferred.set(n, Math.atan2(sy / k - centre.y, sx / k - centre.x));
  }
  // Nodes with a preferred direction choose first; then by degree (hubs nearer the anchor), then id.
  const order = [...fresh].sort(
    (a, b) =>
      Number(preferred.has(b)) - Number(preferred.has(a)) ||
      graph.degree(b) - graph.degree(a) ||
      (a < b ? -1 : a > b ? 1 : 0),
  );

  // Rings of slots: slots of a ring and successive rings are `step` apart, so no two new nodes overlap.
  const rMax = Math.max(...fresh.map(size));
  const step = (2 * rMax + margin) * 1.01;
  // A slot is blocked when a node already there (or the anchor) is too close for the biggest new node.
  type Slot = Pos & { angle: number; open: boolean };
  const rings: Slot[][] = [];
  const ring = (k: number): Slot[] => {
    const cached = rings[k];
    if (cached) return cached;
    const radius = size(anchor) + margin + rMax + k * step;
    const count = Math.max(1, Math.floor(Math.PI / Math.asin(Math.min(1, step / (2 * radius)))));
    const offset = outward + (k % 2 === 1 ? Math.PI / count : 0);
    const slots = Array.from({ length: count }, (_, j): Slot => {
      const angle = offset + (2 * Math.PI * j) / count;
      const p = { x: centre.x + radius * Math.cos(angle), y: centre.y + radius * Math.sin(angle) };
      const open = obstacles.every((o) => Math.hypot(p.x - o.p.x, p.y - o.p.y) >= o.r + rMax + margin);
      return { ...p, angle, open };
    });
    rings[k] = slots;
    return slots;
  };
  const MAX_RINGS = 500;
  let inner = 0;
  for (const n of order) {
    const want = preferred.get(n) ?? outward;
    /** The open slot of ring k nearest the wanted direction. */
    const nearest = (k: number): Slot | undefined => {
      let best: Slot | undefined;
      for (const slot of ring(k))
        if (slot.open && (!best || angleGap(slot.angle, want) < angleGap(best.angle, want))) best = slot;
      return best;
    };
    let spot: Slot | undefined;
    for (let k = inner; k < MAX_RINGS && !spot; k++) {
      spot = nearest(k);
      // Rings with no open slot left are skipped by the next nodes.
      if (!spot && k === inner) inner++;
    }
    // Past MAX_RINGS (never in practice): straight out, beyond every ring.
    const p = spot ?? {
      x: centre.x + Math.cos(want) * (MAX_RINGS + 1) * step,
      y: centre.y + Math.sin(want) * (MAX_RINGS + 1) * step,
    };
    if (spot) spot.open = false;
    graph.mergeNodeAttributes(n, { x: p.x, y: p.y });
  }

  // Bounded noverlap over the new nodes only (a graph of their own, so nothing else can move).
  const own = createSceneGraph();
  for (const n of fresh) own.addNode(n, { ...position(graph, n), size: size(n) });
  noverlap.assign(own, {
    maxIterations: opts.maxIterations ?? 50,
    // noverlap keeps size·ratio + margin around each node: half the gap each.
    settings: { margin: margin / 2, ratio: 1, speed: 1 },
  });
  own.forEachNode((n, a) => {
    const before = position(graph, n);
    // noverlap works in 32-bit floats: keep the exact slot unless it really moved the node.
    if (before && Math.hypot(a.x - before.x, a.y - before.y) > step * 1e-4)
      graph.mergeNodeAttributes(n, { x: a.x, y: a.y });
  });
  return fresh;
}
