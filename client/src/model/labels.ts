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
    const keys = this.keys(b);
    for (const k of keys) for (const o of this.cells.get(k) ?? []) if (overlaps(b, o)) return false;
    for (const k of keys) {
      const list = this.cells.get(k);
      if (list) list.push(b);
      else this.cells.set(k, [b]);
    }
    this.drawn.set(key, b);
    return true;
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
