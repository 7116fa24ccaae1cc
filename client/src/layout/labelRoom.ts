/**
 * Room for labels (pure, deterministic): each node's box — its disc and its label to the right, as sigma
 * draws them — is pushed clear of the others, at the scale the whole scene is drawn at. Boxes are in screen
 * pixels converted to graph units; the scale is recomputed every round, since pushing grows the scene.
 * Pinned nodes never move. Bounded: a fixed number of rounds, a uniform grid for the pair tests.
 */
import { type LayoutJob, type LayoutNode, unitsPerPixel } from "./job";

const ROUNDS = 200;
/**
 * The scale may grow at most this much over the rounds. When the labels cannot all fit the viewport, each
 * push grows the scene, which grows the boxes in graph units, which overlap again: unbounded, the scene
 * grew geometrically (a 492-node time-view scene reached 1e11 units and drew as a thin strip). With the
 * scale held, the rounds are a plain separation that settles; sigma's label grid thins what stays crowded.
 */
const MAX_SCALE_GROWTH = 3;
/**
 * Label boxes covering more than this many viewports cannot all get room: pushing them apart only
 * stretches the scene into a thin strip along the push axis, so the pass is skipped (the label grid
 * thins the labels instead). The corpus first screen covers about half a viewport.
 */
const CROWDED_VIEWPORTS = 2;
/** Above this many nodes the pass is skipped (the label grid thins labels of big scenes anyway). */
export const LABEL_ROOM_MAX_NODES = 3000;

interface Box {
  n: LayoutNode;
  /** Extents around the node's centre, in pixels. */
  left: number;
  right: number;
  half: number;
}

function boxOf(n: LayoutNode, labelSize: number): Box {
  const gap = 4;
  return {
    n,
    left: n.size + gap / 2,
    right: n.size + (n.labelPx > 0 ? 3 + n.labelPx : 0) + gap / 2,
    half: Math.max(n.size, labelSize * 0.7) + gap / 2,
  };
}

/** One round: push every overlapping pair apart along the axis of least overlap. Returns the moves. */
function round(boxes: Box[], pos: Map<string, { x: number; y: number }>, unit: number): number {
  const cell = Math.max(...boxes.map((b) => b.left + b.right, 1)) * unit;
  const grid = new Map<string, number[]>();
  const key = (i: number, j: number) => `${i},${j}`;
  boxes.forEach((b, k) => {
    const p = pos.get(b.n.id) as { x: number; y: number };
    const id = key(Math.floor(p.x / cell), Math.floor(p.y / cell));
    const list = grid.get(id);
    if (list) list.push(k);
    else grid.set(id, [k]);
  });
  let moves = 0;
  boxes.forEach((a, ka) => {
    const pa = pos.get(a.n.id) as { x: number; y: number };
    const ci = Math.floor(pa.x / cell);
    const cj = Math.floor(pa.y / cell);
    for (let di = -1; di <= 1; di++)
      for (let dj = -1; dj <= 1; dj++)
        for (const kb of grid.get(key(ci + di, cj + dj)) ?? []) {
          if (kb <= ka) continue;
          const b = boxes[kb] as Box;
          const pb = pos.get(b.n.id) as { x: number; y: number };
          if (a.n.fixed && b.n.fixed) continue;
          // Overlap of [x - left, x + right] × [y - half, y + half], in graph units.
          const ox =
            Math.min(pa.x + a.right * unit, pb.x + b.right * unit) -
            Math.max(pa.x - a.left * unit, pb.x - b.left * unit);
          const oy =
            Math.min(pa.y + a.half * unit, pb.y + b.half * unit) -
            Math.max(pa.y - a.half * unit, pb.y - b.half * unit);
          if (ox <= 0 || oy <= 0) continue;
          const alongY = oy <= ox;
          const d = (alongY ? oy : ox) + unit * 0.5;
          const sign = alongY
            ? pa.y < pb.y || (pa.y === pb.y && a.n.id < b.n.id)
              ? -1
              : 1
            : pa.x < pb.x || (pa.x === pb.x && a.n.id < b.n.id)
              ? -1
              : 1;
          const shareA = a.n.fixed ? 0 : b.n.fixed ? 1 : 0.5;
          const shareB = 1 - shareA;
          if (alongY) {
            pa.y += sign * d * shareA;
            pb.y -= sign * d * shareB;
          } else {
            pa.x += sign * d * shareA;
            pb.x -= sign * d * shareB;
          }
          moves++;
        }
  });
  return moves;
}

export function separateLabels(job: LayoutJob, pos: Map<string, { x: number; y: number }>): void {
  if (job.nodes.length < 2 || job.nodes.length > LABEL_ROOM_MAX_NODES) return;
  const boxes = [...job.nodes].sort((a, b) => (a.id < b.id ? -1 : 1)).map((n) => boxOf(n, job.labelSize));
  const area = boxes.reduce((s, b) => s + (b.left + b.right) * 2 * b.half, 0);
  if (area > CROWDED_VIEWPORTS * job.viewport.width * job.viewport.height) return;
  const maxUnit = unitsPerPixel(pos.values(), job.viewport) * 1.1 * MAX_SCALE_GROWTH;
  for (let r = 0; r < ROUNDS; r++) {
    // A little more room than the labels need: the scene grows while boxes are pushed.
    const unit = Math.min(maxUnit, unitsPerPixel(pos.values(), job.viewport) * 1.1);
    if (round(boxes, pos, unit) === 0) return;
  }
}
