/**
 * Repeated rounds of a query case, and verdicts that hold in the median round. On a shared 2-core machine
 * one p99 of 200 samples moves from run to run by as much as the targets' margins; a case is therefore run
 * in several rounds (each a complete measurement: warm-up, then its samples, API and floor pair by pair),
 * spread over the whole query bench, and every figure and ratio is the median over the rounds, with its
 * spread (lowest–highest round) printed next to it.
 */

/** The percentile of samples by the nearest-rank method (p99 of 200 samples = the 3rd slowest). */
export function percentile(samples: number[], p: number): number {
  const s = [...samples].sort((a, b) => a - b);
  if (s.length === 0) return Number.NaN;
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)] as number;
}

/** One round of a case: its figures over that round's samples. */
export interface RoundFigures {
  apiP50: number;
  apiP99: number;
  floorP50: number;
  floorP99: number;
  apiMax: number;
  floorMax: number;
}

export function roundFigures(api: number[], floor: number[]): RoundFigures {
  return {
    apiP50: percentile(api, 50),
    apiP99: percentile(api, 99),
    floorP50: percentile(floor, 50),
    floorP99: percentile(floor, 99),
    apiMax: Math.max(...api),
    floorMax: Math.max(...floor),
  };
}

/** The median of xs (the lower middle one of an even count: a verdict never rests on an average). */
export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  if (s.length === 0) return Number.NaN;
  return s[Math.floor((s.length - 1) / 2)] as number;
}

/** A ratio over rounds: its median round's value, and the lowest and highest round. */
export interface Spread {
  median: number;
  min: number;
  max: number;
  rounds: number;
}

export function spread(xs: number[]): Spread {
  return { median: median(xs), min: Math.min(...xs), max: Math.max(...xs), rounds: xs.length };
}

/**
 * A case's figures over its rounds: each percentile is the median of the rounds' percentiles (so it is a
 * value one round measured), each max the slowest sample of all rounds.
 */
export function combineRounds(rounds: RoundFigures[]): RoundFigures {
  const m = (k: keyof RoundFigures) => median(rounds.map((r) => r[k]));
  return {
    apiP50: m("apiP50"),
    apiP99: m("apiP99"),
    floorP50: m("floorP50"),
    floorP99: m("floorP99"),
    apiMax: Math.max(...rounds.map((r) => r.apiMax)),
    floorMax: Math.max(...rounds.map((r) => r.floorMax)),
  };
}

/**
 * The ratio of two figures round by round (API p99 / floor p99 of one case, or a supernode's API p99 / a
 * degree-10 node's of the same round): both measured at the same time, under the same load.
 */
export function ratioSpread(
  a: readonly RoundFigures[],
  b: readonly RoundFigures[],
  pick: (r: RoundFigures) => number,
  pickB: (r: RoundFigures) => number = pick,
): Spread {
  const n = Math.min(a.length, b.length);
  const xs: number[] = [];
  for (let i = 0; i < n; i++) xs.push(pick(a[i] as RoundFigures) / pickB(b[i] as RoundFigures));
  return spread(xs);
}

/** "1.32 (1.10–1.61 over 5 rounds)": the median round's ratio, then its spread. */
export function formatSpread(s: Spread, digits = 2): string {
  if (s.rounds <= 1) return s.median.toFixed(digits);
  return `${s.median.toFixed(digits)} (${s.min.toFixed(digits)}–${s.max.toFixed(digits)} over ${s.rounds} rounds)`;
}
