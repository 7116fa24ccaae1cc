/**
 * A camera that shows every node with its label (pure). Sigma's own fit frames the node discs only, so the
 * label of a node at the right edge ran off the canvas. Input: each node's position in screen pixels under
 * sigma's fitted camera (ratio 1), and its extents drawn around that point, which do not scale with the zoom
 * (disc to the left, disc + label to the right, half a line up and down). Output: how much to zoom out
 * (`zoom` ≤ 1, screen distances between nodes are multiplied by it) and the screen point, in the fitted
 * camera's pixels, that becomes the centre of the view.
 */
export interface FitItem {
  x: number;
  y: number;
  left: number;
  right: number;
  up: number;
  down: number;
}

export interface FitResult {
  /** Factor on the fitted camera's distances (1 = sigma's fit; the camera ratio is 1 / zoom). */
  zoom: number;
  /** The point (fitted camera's screen pixels) to put at the centre of the view. */
  centre: { x: number; y: number };
}

/** Never zoom out further than this factor for labels (a label wider than the canvas cannot fit anyway). */
export const MIN_LABEL_ZOOM = 0.5;
/**
 * A label counts for at most this share of the canvas width: zooming out a whole scene for one very long
 * name (an English agreement title) shrinks everything else; such a label is drawn left of its disc at the
 * edge instead (model/labels.ts labelBoxInView).
 */
export const MAX_LABEL_SHARE = 0.3;

interface Axis {
  pos: number[];
  lo: number[];
  hi: number[];
}

/** The drawn extent [min, max] along one axis, the positions taken relative to `mid`, at a zoom. */
function extent(a: Axis, mid: number, zoom: number): [number, number] {
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  a.pos.forEach((p, i) => {
    const q = (p - mid) * zoom;
    min = Math.min(min, q - (a.lo[i] as number));
    max = Math.max(max, q + (a.hi[i] as number));
  });
  return [min, max];
}

/** The largest zoom in [MIN_LABEL_ZOOM, 1] at which the axis fits `room` pixels (the extent is convex in it). */
function largestZoom(a: Axis, mid: number, room: number): number {
  const fits = (z: number) => {
    const [min, max] = extent(a, mid, z);
    return max - min <= room;
  };
  if (fits(1)) return 1;
  if (!fits(MIN_LABEL_ZOOM)) return MIN_LABEL_ZOOM;
  let lo = MIN_LABEL_ZOOM;
  let hi = 1;
  for (let i = 0; i < 30; i++) {
    const m = (lo + hi) / 2;
    if (fits(m)) lo = m;
    else hi = m;
  }
  return lo;
}

/**
 * Centre of the view along one axis: the extent's middle when it fits; else its start stays `margin` from
 * the edge (labels run to the right and down, so the nodes stay in view and the ends of labels are cut).
 */
function centreOf(a: Axis, mid: number, zoom: number, size: number, margin: number): number {
  const [min, max] = extent(a, mid, zoom);
  const shift = max - min <= size - 2 * margin ? (min + max) / 2 : min - margin + size / 2;
  return mid + shift / zoom;
}

export function fitWithLabels(
  items: readonly FitItem[],
  viewport: { width: number; height: number },
  margin = 8,
): FitResult | null {
  if (!items.length || viewport.width <= 2 * margin || viewport.height <= 2 * margin) return null;
  const cap = MAX_LABEL_SHARE * viewport.width;
  const xs: Axis = {
    pos: items.map((i) => i.x),
    lo: items.map((i) => Math.min(i.left, cap)),
    hi: items.map((i) => Math.min(i.right, cap)),
  };
  const ys: Axis = { pos: items.map((i) => i.y), lo: items.map((i) => i.up), hi: items.map((i) => i.down) };
  const mx = viewport.width / 2;
  const my = viewport.height / 2;
  const zoom = Math.min(
    largestZoom(xs, mx, viewport.width - 2 * margin),
    largestZoom(ys, my, viewport.height - 2 * margin),
  );
  return {
    zoom,
    centre: {
      x: centreOf(xs, mx, zoom, viewport.width, margin),
      y: centreOf(ys, my, zoom, viewport.height, margin),
    },
  };
}
