/**
 * `npm run train`: trains the learned relation layer (server/extract/learned) on the annotations
 * that are not held out — the seed gold sets and the real-text dev sets — and writes the weights to
 * data/model/relations.json. It prints the cross-validated scores of the rules alone and of rules +
 * the layer at each threshold, and picks the threshold from those only: each real dev set is held out
 * in turn (leave one set out: trained on the seed sets and the other real dev sets), the seed
 * documents one at a time (leave one document out).
 * The held-out real-text sets are never read here. Deterministic: same data, same weights.
 * `--grid` also cross-validates a few other windows and training options (slower).
 */
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { type Score, totalScore } from "../server/extract/evaluate";
import { extractCorpus } from "../server/extract/index";
import { setLearnedLayer } from "../server/extract/learned/classify";
import {
  type Corpus,
  crossValidate,
  type FoldOf,
  fitModel,
  scoreAt,
} from "../server/extract/learned/crossval";
import { labelled, type PassageRecord, probe, schemaOf } from "../server/extract/learned/dataset";
import { DEFAULT_TRAIN, type TrainOptions } from "../server/extract/learned/model";
import { MODEL_FILE, type RelationModelFile, type Window } from "../server/extract/learned/weights";
import { readGold, SEED_GOLD_FILES } from "./eval-sets";

const root = fileURLToPath(new URL("..", import.meta.url));
const REAL_DEV = [1, 2, 3, 4, 5, 6, 7, 8].map((n) => `real-set${n}-dev.json`);
const TRAINING_SETS = [...SEED_GOLD_FILES, ...REAL_DEV];
if (TRAINING_SETS.some((f) => /^real-.*heldout/.test(f)))
  throw new Error("a held-out set is in the training data");
/** Add thresholds (Infinity: add nothing) and drop thresholds (0: drop nothing) tried. */
const THRESHOLDS = [0.4, 0.5, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95, Number.POSITIVE_INFINITY];
const DROP_THRESHOLDS = [0, 0.05, 0.1, 0.15, 0.2, 0.3];
/** Largest precision drop (cross-validated, real dev) a threshold may cost. */
const MAX_PRECISION_DROP = 0.005;
/** Folds: a real dev set's whole folder (leave one set out), a seed set's documents one by one. */
const foldOf: FoldOf = (dir, doc) => (/^tests\/fixtures\/real\//.test(dir) ? dir : `${dir}|${doc}`);

/** Extracts each corpus folder once with the probe at the hook (rules only) and keeps its records. */
async function extractAll(): Promise<Omit<Corpus, "cands">[]> {
  const golds = TRAINING_SETS.map(readGold);
  const dirs = [...new Set(golds.map(([, g]) => g.corpus ?? "data/corpus"))];
  const out: Omit<Corpus, "cands">[] = [];
  for (const dir of dirs) {
    const records: PassageRecord[] = [];
    setLearnedLayer(probe(records));
    const graph = await extractCorpus(`${root}${dir}`);
    setLearnedLayer(null);
    out.push({ dir, graph, records, golds: golds.filter(([, g]) => (g.corpus ?? "data/corpus") === dir) });
  }
  return out;
}

type Pools = Record<"seed" | "realDev" | "all", Score>;
function pools(scores: Map<string, { relationTotal: Score }>): Pools {
  const of = (names: readonly string[]) =>
    totalScore(names.map((n) => scores.get(n)?.relationTotal as Score));
  return { seed: of(SEED_GOLD_FILES), realDev: of(REAL_DEV), all: of(TRAINING_SETS) };
}

const f3 = (x: number) => x.toFixed(3);
const fmt = (s: Score) => `P ${f3(s.precision)} R ${f3(s.recall)} (tp ${s.tp}, fp ${s.fp}, fn ${s.fn})`;

/** Cross-validates one configuration; returns the rules-only pools and the pools per threshold. */
function evaluateConfig(base: Omit<Corpus, "cands">[], window: Window, options: Partial<TrainOptions>) {
  const schema = schemaOf(base.flatMap((k) => k.golds.map(([, g]) => g))).filter((s) => s.count >= 3);
  const corpora: Corpus[] = base.map((k) => ({
    ...k,
    cands: labelled(
      k.graph,
      k.records,
      k.golds.map(([, g]) => g),
      schema,
      window,
    ),
  }));
  const probs = crossValidate(corpora, options, foldOf);
  const rules = pools(scoreAt(corpora, probs, Number.POSITIVE_INFINITY));
  const byThreshold = DROP_THRESHOLDS.flatMap((d) =>
    THRESHOLDS.map((t) => ({ t, d, p: pools(scoreAt(corpora, probs, t, d)) })),
  );
  return { corpora, schema, probs, rules, byThreshold };
}

/**
 * The thresholds with the highest cross-validated recall on the real dev texts (the kind of text
 * the held-out sets are) whose precision there drops at most MAX_PRECISION_DROP; ties: the higher
 * precision, then the higher add threshold and the lower drop threshold.
 */
function pickThreshold(r: ReturnType<typeof evaluateConfig>) {
  const ok = r.byThreshold.filter(
    ({ p }) =>
      p.realDev.precision >= r.rules.realDev.precision - MAX_PRECISION_DROP &&
      p.realDev.recall > r.rules.realDev.recall,
  );
  return ok.sort(
    (x, y) =>
      y.p.realDev.recall - x.p.realDev.recall ||
      y.p.realDev.precision - x.p.realDev.precision ||
      y.t - x.t ||
      x.d - y.d,
  )[0];
}

function report(name: string, r: ReturnType<typeof evaluateConfig>): void {
  console.log(`\n== ${name}: candidates ${r.corpora.reduce((n, k) => n + k.cands.length, 0)}`);
  console.log(`  rules only   seed ${fmt(r.rules.seed)} | real dev ${fmt(r.rules.realDev)}`);
  for (const { t, d, p } of r.byThreshold)
    console.log(
      `  add ≥ ${t.toFixed(2).padEnd(8)} drop < ${d.toFixed(2)}  seed ${fmt(p.seed)} | real dev ${fmt(p.realDev)}`,
    );
}

/** Chosen with --grid: pairs anywhere in the passage (sentence) up to 400 characters apart. */
const WINDOW: Window = { maxClauses: 99, maxDistance: 400 };
const OPTIONS: TrainOptions = { ...DEFAULT_TRAIN };

async function main(): Promise<void> {
  const t0 = Date.now();
  const base = await extractAll();
  console.log(`extracted ${base.length} corpus folders in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  if (process.argv.includes("--grid")) {
    for (const [maxClauses, maxDistance] of [
      [1, 40],
      [99, 400],
    ] as const)
      report(
        `window ${maxClauses} clause breaks / ${maxDistance} chars`,
        evaluateConfig(base, { maxClauses, maxDistance }, OPTIONS),
      );
  }
  const r = evaluateConfig(base, WINDOW, OPTIONS);
  report("chosen configuration (real dev: leave one set out; seed: leave one document out)", r);
  const pick = pickThreshold(r);
  console.log(
    pick
      ? `\nchosen: add ≥ ${pick.t}, drop < ${pick.d}`
      : "\nno thresholds raise recall within the precision margin: the layer would change nothing",
  );
  perSet(r, pick ?? bestF1(r));
  writeModel(r, pick ?? { t: 1, d: 0, p: undefined });
  console.log(`wrote ${MODEL_FILE} in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
}

const f1 = (s: Score) => (2 * s.precision * s.recall) / (s.precision + s.recall || 1);

/** For the per-set table when nothing is chosen: the thresholds with the best pooled real-dev F1. */
function bestF1(r: ReturnType<typeof evaluateConfig>) {
  const best = [...r.byThreshold].sort((x, y) => f1(y.p.realDev) - f1(x.p.realDev) || y.t - x.t)[0];
  console.log(
    `(not chosen; the per-set table shows the best pooled real-dev F1: add ≥ ${best?.t}, drop < ${best?.d})`,
  );
  return best ?? { t: Number.POSITIVE_INFINITY, d: 0 };
}

/** Cross-validated relation P/R/F per training set, rules only and rules + learned at the chosen thresholds. */
function perSet(r: ReturnType<typeof evaluateConfig>, pick: { t: number; d: number }): void {
  const rules = scoreAt(r.corpora, r.probs, Number.POSITIVE_INFINITY);
  const learned = scoreAt(r.corpora, r.probs, pick.t, pick.d);
  const cell = (s: Score) => `${f3(s.precision)} / ${f3(s.recall)} / ${f3(f1(s))}`;
  console.log("\nper set, relations P / R / F (cross-validated): rules only | rules + learned");
  for (const f of TRAINING_SETS) {
    const a = rules.get(f)?.relationTotal as Score;
    const b = learned.get(f)?.relationTotal as Score;
    console.log(`  ${f.padEnd(32)} ${cell(a)} | ${cell(b)}`);
  }
  for (const [name, fs] of [
    ["seed pooled", SEED_GOLD_FILES],
    ["real dev pooled", REAL_DEV],
  ] as const) {
    const pool = (m: typeof rules) => totalScore(fs.map((f) => m.get(f)?.relationTotal as Score));
    console.log(`  ${name.padEnd(32)} ${cell(pool(rules))} | ${cell(pool(learned))}`);
  }
}

function writeModel(r: ReturnType<typeof evaluateConfig>, pick: { t: number; d: number; p?: Pools }): void {
  const cands = r.corpora.flatMap((k) => k.cands);
  const fitted = fitModel(cands, OPTIONS);
  const weights = fitted.model.toJSON();
  const file: RelationModelFile = {
    description:
      "Learned relation layer (server/extract/learned): logistic regression over the features of candidate pairs of names in one passage, trained by scripts/train-relations.ts on the annotations that are not held out.",
    trained: new Date().toISOString().slice(0, 10),
    command: "npm run train",
    trainingSets: TRAINING_SETS,
    documents: new Set(r.corpora.flatMap((k) => k.cands.map((c) => `${k.dir}|${c.doc}`))).size,
    examples: cands.length,
    positives: cands.filter((c) => c.label === 1).length,
    features: Object.keys(weights).length,
    options: { ...OPTIONS },
    window: WINDOW,
    threshold: Math.min(1, pick.t),
    dropThreshold: pick.d,
    crossValidation: { rulesOnly: r.rules, rulesPlusLearned: pick.p ?? null },
    schema: r.schema
      .filter((s) => fitted.schema.has(`${s.type}|${s.source}|${s.target}`))
      .map(({ type, source, target }) => ({ type, source, target })),
    weights,
  };
  writeFileSync(MODEL_FILE, `${JSON.stringify(file, null, 1)}\n`);
}

await main();
