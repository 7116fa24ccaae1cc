/**
 * Layout parameters (as Gephi Lite's): which layout (ForceAtlas2, Noverlap, circular, random, by type), the
 * ForceAtlas2 settings — gravity, scaling, iterations (null: the automatic count), Barnes-Hut (auto: on from
 * 400 nodes) — and Noverlap's margin (pixels), ratio and maximum iterations. Clamped here so a hostile value (a share link, a stored state) cannot stall the worker.
 */
export type LayoutKind = "force" | "noverlap" | "circular" | "random" | "byType";
export type BarnesHut = "auto" | "on" | "off";

export interface LayoutSettings {
  kind: LayoutKind;
  gravity: number;
  scalingRatio: number;
  /** ForceAtlas2 iterations; null: the automatic count (layoutIterations). */
  iterations: number | null;
  barnesHut: BarnesHut;
  /** Noverlap: gap kept between two nodes, in screen pixels at the whole-scene scale (0–100). */
  margin: number;
  /** Noverlap: factor on each node's size before testing overlaps (0.1–10). */
  ratio: number;
  /** Noverlap: most passes (1–MAX_NOVERLAP_ITERATIONS); it stops earlier once nothing overlaps. */
  noverlapIterations: number;
}

export const LAYOUT_KINDS: readonly LayoutKind[] = ["force", "noverlap", "circular", "random", "byType"];
export const DEFAULT_LAYOUT: LayoutSettings = {
  kind: "force",
  gravity: 1,
  scalingRatio: 1,
  iterations: null,
  barnesHut: "auto",
  margin: 5,
  ratio: 1,
  noverlapIterations: 500,
};
export const MAX_ITERATIONS = 2000;
export const MAX_NOVERLAP_ITERATIONS = 2000;
/** Barnes-Hut from this many nodes when it is "auto". */
export const BARNES_HUT_FROM = 400;

const clamp = (v: number, lo: number, hi: number, dflt: number) =>
  Number.isFinite(v) ? Math.min(hi, Math.max(lo, v)) : dflt;

export function clampLayout(
  s: Partial<LayoutSettings>,
  base: LayoutSettings = DEFAULT_LAYOUT,
): LayoutSettings {
  const kind = s.kind && LAYOUT_KINDS.includes(s.kind) ? s.kind : base.kind;
  const barnesHut =
    s.barnesHut === "on" || s.barnesHut === "off" || s.barnesHut === "auto" ? s.barnesHut : base.barnesHut;
  const iterations =
    s.iterations === undefined
      ? base.iterations
      : s.iterations === null || !Number.isFinite(s.iterations)
        ? null
        : Math.round(clamp(s.iterations, 1, MAX_ITERATIONS, 100));
  return {
    kind,
    gravity: s.gravity === undefined ? base.gravity : clamp(s.gravity, 0, 100, base.gravity),
    scalingRatio:
      s.scalingRatio === undefined ? base.scalingRatio : clamp(s.scalingRatio, 0.01, 100, base.scalingRatio),
    iterations,
    barnesHut,
    margin: s.margin === undefined ? base.margin : clamp(s.margin, 0, 100, base.margin),
    ratio: s.ratio === undefined ? base.ratio : clamp(s.ratio, 0.1, 10, base.ratio),
    noverlapIterations:
      s.noverlapIterations === undefined
        ? base.noverlapIterations
        : Math.round(clamp(s.noverlapIterations, 1, MAX_NOVERLAP_ITERATIONS, base.noverlapIterations)),
  };
}

export function useBarnesHut(s: Pick<LayoutSettings, "barnesHut">, order: number): boolean {
  return s.barnesHut === "on" || (s.barnesHut === "auto" && order >= BARNES_HUT_FROM);
}
