/**
 * A logistic regression over sparse string features (pure, deterministic): trained by stochastic
 * gradient descent with L2 regularisation, examples visited in an order drawn from a seeded
 * generator, so the same examples and options always give the same weights.
 */
import { seeded } from "../../../contracts/seeded";

export { seeded };

export interface Example {
  features: readonly string[];
  label: 0 | 1;
}

export interface TrainOptions {
  epochs: number;
  /** Initial learning rate (divided by 1 + epoch). */
  rate: number;
  /** L2 regularisation strength. */
  l2: number;
  /** Weight of a positive example's gradient (positives are rare). */
  positiveWeight: number;
  /** Features seen in fewer examples are left out of the model. */
  minCount: number;
  seed: number;
}

export const DEFAULT_TRAIN: TrainOptions = {
  epochs: 12,
  rate: 0.2,
  l2: 1e-4,
  positiveWeight: 1,
  minCount: 2,
  seed: 11,
};

const sigmoid = (z: number) => 1 / (1 + Math.exp(-Math.max(-30, Math.min(30, z))));

export class LogisticModel {
  constructor(readonly weights: ReadonlyMap<string, number>) {}

  /** Probability that the candidate with these features is a stated relation. */
  predict(features: readonly string[]): number {
    let z = 0;
    for (const f of features) z += this.weights.get(f) ?? 0;
    return sigmoid(z);
  }

  /** The weights as a plain object, sorted by feature and rounded (committed as data). */
  toJSON(): Record<string, number> {
    const out: Record<string, number> = {};
    for (const f of [...this.weights.keys()].sort()) {
      const w = Math.round((this.weights.get(f) ?? 0) * 1e4) / 1e4;
      if (w !== 0) out[f] = w;
    }
    return out;
  }

  static fromJSON(weights: Record<string, number>): LogisticModel {
    return new LogisticModel(new Map(Object.entries(weights)));
  }
}

/** Features seen in at least `minCount` examples. */
function vocabulary(examples: readonly Example[], minCount: number): Set<string> {
  const count = new Map<string, number>();
  for (const e of examples) for (const f of new Set(e.features)) count.set(f, (count.get(f) ?? 0) + 1);
  return new Set([...count].filter(([, n]) => n >= minCount).map(([f]) => f));
}

/** Deterministic Fisher-Yates shuffle of indices. */
function order(n: number, rand: () => number): number[] {
  const idx = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [idx[i], idx[j]] = [idx[j] as number, idx[i] as number];
  }
  return idx;
}

export function train(examples: readonly Example[], options: Partial<TrainOptions> = {}): LogisticModel {
  const o = { ...DEFAULT_TRAIN, ...options };
  const vocab = vocabulary(examples, o.minCount);
  const data = examples.map((e) => ({
    fs: [...new Set(e.features)].filter((f) => vocab.has(f)),
    y: e.label,
  }));
  const w = new Map<string, number>();
  const rand = seeded(o.seed);
  for (let epoch = 0; epoch < o.epochs; epoch++) {
    const rate = o.rate / (1 + epoch);
    for (const i of order(data.length, rand)) {
      const { fs, y } = data[i] as { fs: string[]; y: 0 | 1 };
      let z = 0;
      for (const f of fs) z += w.get(f) ?? 0;
      const g = (y - sigmoid(z)) * (y === 1 ? o.positiveWeight : 1);
      for (const f of fs) {
        const cur = w.get(f) ?? 0;
        w.set(f, cur * (1 - rate * o.l2) + rate * g);
      }
    }
  }
  return new LogisticModel(w);
}
