/**
 * Layout parameters (as Gephi Lite's): which layout (ForceAtlas2, circular, random, by type) and the
 * ForceAtlas2 settings — gravity, scaling, iterations (null: the automatic count), Barnes-Hut (auto: on from
 * 400 nodes). Clamped here so a hostile value (a share link, a stored state) cannot stall the worker.
 */
export type LayoutKind = "force" | "circular" | "random" | "byType";
export type BarnesHut = "auto" | "on" | "off";

export interface LayoutSettings {
  kind: LayoutKind;
  gravity: number;
  scalingRatio: number;
  /** ForceAtlas2 iterations; null: the automatic count (layoutIterations). */
  iterations: number | null;
  barnesHut: BarnesHut;
}

export const LAYOUT_KINDS: readonly LayoutKind[] = ["force", "circular", "random", "byType"];
export const DEFAULT_LAYOUT: LayoutSettings = {
  kind: "force",
  gravity: 1,
  scalingRatio: 1,
  iterations: null,
  barnesHut: "auto",
};
export const MAX_ITERATIONS = 2000;
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
  };
}

export function useBarnesHut(s: Pick<LayoutSettings, "barnesHut">, order: number): boolean {
  return s.barnesHut === "on" || (s.barnesHut === "auto" && order >= BARNES_HUT_FROM);
}
