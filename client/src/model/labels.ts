/**
 * Collision-free node labels: during one frame, a label is drawn only when its box does not overlap a box
 * already drawn (labels come in sigma's order: grid-chosen ones, then the forced ones of the focus). Pure
 * geometry; graphView plugs it into sigma's label drawing.
 */
export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** The box of a label as sigma draws it: text starts 3 px right of the disc, baseline at y + size/3. */
export function labelBox(x: number, y: number, radius: number, textWidth: number, fontSize: number): Box {
  return { x: x + radius + 3, y: y + fontSize / 3 - fontSize, w: textWidth, h: fontSize * 1.25 };
}

/**
 * The label's box on a canvas `viewWidth` pixels wide: to the right of the disc as sigma draws it, or, when
 * that runs off the right edge and the left side has room, to the left of the disc (ending 3 px before it).
 */
export function labelBoxInView(
  x: number,
  y: number,
  radius: number,
  textWidth: number,
  fontSize: number,
  viewWidth: number,
): { box: Box; flipped: boolean } {
  const box = labelBox(x, y, radius, textWidth, fontSize);
  if (box.x + box.w <= viewWidth) return { box, flipped: false };
  const left = x - radius - 3 - textWidth;
  if (left < 0) return { box, flipped: false };
  return { box: { ...box, x: left }, flipped: true };
}

export function overlaps(a: Box, b: Box, pad = 1): boolean {
  return a.x < b.x + b.w + pad && b.x < a.x + a.w + pad && a.y < b.y + b.h + pad && b.y < a.y + a.h + pad;
}

/** The labels drawn in the current frame; a uniform grid keeps each test to the neighbouring cells. */
export class LabelCollider {
  private readonly cells = new Map<string, Box[]>();
  readonly drawn = new Map<string, Box>();

  constructor(private readonly cell = 64) {}

  reset(): void {
    this.cells.clear();
    this.drawn.clear();
  }

  private keys(b: Box): string[] {
    const out: string[] = [];
    const c = this.cell;
    for (let i = Math.floor(b.x / c); i <= Math.floor((b.x + b.w) / c); i++)
      for (let j = Math.floor(b.y / c); j <= Math.floor((b.y + b.h) / c); j++) out.push(`${i},${j}`);
    return out;
  }

  /** Claim the box for `key` when it is free; false (and nothing recorded) when it would overlap. */
  place(key: string, b: Box): boolean {
    if (!this.free(b)) return false;
    this.occupy(this.keys(b), b);
    this.drawn.set(key, b);
    return true;
  }

  /** Whether the box overlaps nothing taken (nothing recorded). */
  free(b: Box): boolean {
    for (const k of this.keys(b)) for (const o of this.cells.get(k) ?? []) if (overlaps(b, o)) return false;
    return true;
  }

  /** Mark a box as taken (text drawn by someone else, e.g. the node labels under the map's names). */
  block(b: Box): void {
    this.occupy(this.keys(b), b);
  }

  private occupy(keys: string[], b: Box): void {
    for (const k of keys) {
      const list = this.cells.get(k);
      if (list) list.push(b);
      else this.cells.set(k, [b]);
    }
  }
}

/**
 * Sigma's label grid for a label density: at most ⌈density⌉ labels per cell (at the fitted zoom), and
 * cells that shrink as the density grows (80 px at the default 0.6), so the control thins or fills the
 * labels at every zoom, not only when zoomed out.
 */
export function labelGridCellSize(density: number): number {
  const d = Number.isFinite(density) && density > 0 ? density : 0.6;
  return Math.round(Math.min(300, Math.max(30, 80 / Math.sqrt(d / 0.6))));
}

/** The density control's scale: slider 0–100 ↔ density 0.1–3, geometric (the default 0.6 near the middle). */
export const DENSITY_MIN = 0.1;
export const DENSITY_MAX = 3;
export function densityFromSlider(v: number): number {
  const t = Math.min(100, Math.max(0, v)) / 100;
  return Math.round(DENSITY_MIN * (DENSITY_MAX / DENSITY_MIN) ** t * 100) / 100;
}
export function sliderFromDensity(d: number): number {
  const c = Math.min(DENSITY_MAX, Math.max(DENSITY_MIN, d));
  return Math.round((100 * Math.log(c / DENSITY_MIN)) / Math.log(DENSITY_MAX / DENSITY_MIN));
}

/**
 * A name placed at the first candidate box that is `strict`ly free (clear of labels and of what it should
 * rather not cover, such as node discs), else at the first one the `loose` collider (labels only) has room
 * for; recorded in both. Null (nothing recorded) when no candidate is free of labels.
 */
export function placeName(
  strict: LabelCollider,
  loose: LabelCollider,
  key: string,
  candidates: readonly Box[],
): Box | null {
  const box = candidates.find((b) => strict.free(b)) ?? candidates.find((b) => loose.free(b));
  if (!box) return null;
  loose.place(key, box);
  strict.block(box);
  return box;
}
