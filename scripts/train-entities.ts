/**
 * `npm run train:entities`: trains the learned entity layer (server/extract/learned/entity-*.ts) on
 * the annotations that are not held out — the seed gold sets and the real-text dev sets 1–9 — and
 * writes the weights to data/model/entities.json. It prints the cross-validated entity scores of the
 * rules alone and of rules + the layer at each threshold (each corpus folder held out in turn: every
 * real dev set, leave one set out, trained on the seed sets and the other real dev sets; the seed
 * folders likewise), chooses a type gate (the types whose names alone raise the pooled real-dev recall
 * within the precision margins of real dev and of the seed sets) and picks the threshold from the pooled
 * real dev lines of the gated layer. The held-out
 * real-text sets are never read here (a held-out file in the list stops the script). Deterministic.
 */
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { NodeType } from "../contracts/graph";
import { type Score, totalScore } from "../server/extract/evaluate";
import { extractCorpus } from "../server/extract/index";
import { setLearnedLayer } from "../server/extract/learned/classify";
import { setLearnedEntityLayer } from "../server/extract/learned/entity-classify";
import {
  crossValidateEntities,
  type EntityCorpus,
  entityScoresAt,
  fitEntities,
  type Scores,
} from "../server/extract/learned/entity-crossval";
import { type EntityRecord, entityProbe, labelEntities } from "../server/extract/learned/entity-dataset";
import { ENTITY_MODEL_FILE, type EntityModelFile } from "../server/extract/learned/entity-weights";
import { DEFAULT_TRAIN, type TrainOptions } from "../server/extract/learned/model";
import { readGold, SEED_GOLD_FILES } from "./eval-sets";

const root = fileURLToPath(new URL("..", import.meta.url));
const REAL_DEV = [1, 2, 3, 4, 5, 6, 7, 8, 9].map((n) => `real-set${n}-dev.json`);
const TRAINING_SETS = [...SEED_GOLD_FILES, ...REAL_DEV];
if (TRAINING_SETS.some((f) => /heldout/.test(f) && f.startsWith("real-")))
  throw new Error("a held-out set is in the training data");
const THRESHOLDS = [0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95, Number.POSITIVE_INFINITY];
/** Largest precision drop (cross-validated, real dev pooled) a threshold may cost. */
const MAX_PRECISION_DROP = 0.005;
/** Chosen with --grid (positives are rare: about 1 candidate in 35). */
const OPTIONS: TrainOptions = { ...DEFAULT_TRAIN, positiveWeight: 3 };
/** Folds: each corpus folder (a real dev set, a seed folder) is held out in turn. */
const foldOf = (dir: string) => dir;

/** Extracts each corpus folder once (rules only, the probe at the entity hook) and labels its candidates. */
async function extractAll(): Promise<EntityCorpus[]> {
  const golds = TRAINING_SETS.map(readGold);
  const dirs = [...new Set(golds.map(([, g]) => g.corpus ?? "data/corpus"))];
  const out: EntityCorpus[] = [];
  setLearnedLayer(null);
  for (const dir of dirs) {
    const records: EntityRecord[] = [];
    setLearnedEntityLayer(entityProbe(records));
    const graph = await extractCorpus(`${root}${dir}`);
    setLearnedEntityLayer(null);
    const mine = golds.filter(([, g]) => (g.corpus ?? "data/corpus") === dir);
    const cands = labelEntities(
      graph,
      records,
      mine.map(([, g]) => g),
    );
    out.push({ dir, graph, records, golds: mine, cands });
  }
  return out;
}

type Pools = Record<"seed" | "realDev", Score>;
const f3 = (x: number) => x.toFixed(3);
const f1 = (s: Score) => (2 * s.precision * s.recall) / (s.precision + s.recall || 1);
const fmt = (s: Score) => `P ${f3(s.precision)} R ${f3(s.recall)} (tp ${s.tp}, fp ${s.fp}, fn ${s.fn})`;

function pools(corpora: EntityCorpus[], scores: Scores, t: number): Pools {
  const byFile = entityScoresAt(corpora, scores, t);
  const of = (names: readonly string[]) => totalScore(names.map((n) => byFile.get(n)?.entityTotal as Score));
  return { seed: of(SEED_GOLD_FILES), realDev: of(REAL_DEV) };
}

/** The threshold with the highest pooled real-dev recall whose precision drops at most the margin. */
function pick(rules: Pools, grid: { t: number; p: Pools }[]) {
  const ok = grid.filter(
    ({ p }) =>
      p.realDev.precision >= rules.realDev.precision - MAX_PRECISION_DROP &&
      p.realDev.recall > rules.realDev.recall,
  );
  return ok.sort((x, y) => y.p.realDev.recall - x.p.realDev.recall || y.t - x.t)[0];
}

/**
 * The second condition for switching the layer on by default: the seed sets' cross-validated
 * precision may not drop by more than the margin either (the seed sets are the regression floor).
 */
function seedFloor(rules: Pools, learned: Pools): boolean {
  const drop = rules.seed.precision - learned.seed.precision;
  const ok = drop <= MAX_PRECISION_DROP;
  console.log(
    `seed precision ${f3(rules.seed.precision)} → ${f3(learned.seed.precision)}: ${ok ? "held" : "not held"}`,
  );
  console.log(`on by default: ${ok ? "yes" : "no"} (LEARNED_ENTITIES_ON_BY_DEFAULT in entity-classify.ts)`);
  return ok;
}

/** Cross-validated entity P/R/F per training set and pooled, rules only | rules + learned at t. */
function perSet(corpora: EntityCorpus[], scores: Scores, t: number): void {
  const rules = entityScoresAt(corpora, scores, Number.POSITIVE_INFINITY);
  const learned = entityScoresAt(corpora, scores, t);
  const cell = (s: Score) => `${f3(s.precision)} / ${f3(s.recall)} / ${f3(f1(s))}`;
  console.log(`\nper set, entities P / R / F (cross-validated): rules only | rules + learned at ${t}`);
  const line = (name: string, fs: readonly string[]) => {
    const pool = (m: typeof rules) => totalScore(fs.map((f) => m.get(f)?.entityTotal as Score));
    console.log(`  ${name.padEnd(32)} ${cell(pool(rules))} | ${cell(pool(learned))}`);
  };
  for (const f of TRAINING_SETS) line(f, [f]);
  line("seed pooled", SEED_GOLD_FILES);
  line("real dev pooled", REAL_DEV);
}

function writeModel(
  corpora: EntityCorpus[],
  threshold: number,
  cv: Record<string, unknown>,
  gate: NodeType[],
): void {
  const cands = corpora.flatMap((k) => k.cands);
  const fitted = fitEntities(cands, OPTIONS);
  const weights = fitted.model.toJSON();
  const file: EntityModelFile = {
    description:
      "Learned entity layer (server/extract/learned/entity-*.ts): logistic regression over the features of candidate names the rules did not return, conjoined with each type; trained by scripts/train-entities.ts on the annotations that are not held out.",
    trained: new Date().toISOString().slice(0, 10),
    command: "npm run train:entities",
    trainingSets: TRAINING_SETS,
    documents: new Set(corpora.flatMap((k) => k.cands.map((c) => `${k.dir}|${c.doc}`))).size,
    examples: cands.length,
    positives: cands.filter((c) => c.positive.length > 0).length,
    features: Object.keys(weights).length,
    options: { ...OPTIONS },
    types: fitted.types,
    ...(gate.length > 0 ? { addTypes: gate } : {}),
    threshold: Math.min(1, threshold),
    crossValidation: cv,
    weights,
  };
  writeFileSync(ENTITY_MODEL_FILE, `${JSON.stringify(file, null, 1)}\n`);
}

/** `--grid`: pooled cross-validated lines of a few other training options (slower). */
function optionGrid(corpora: EntityCorpus[]): void {
  for (const extra of [{ positiveWeight: 3 }, { minCount: 1 }, { epochs: 30 }, { l2: 1e-3 }]) {
    const scores = crossValidateEntities(corpora, { ...OPTIONS, ...extra }, foldOf);
    console.log(`\n== options ${JSON.stringify(extra)}`);
    for (const t of THRESHOLDS) {
      const p = pools(corpora, scores, t);
      console.log(`  add ≥ ${String(t).padEnd(8)} seed ${fmt(p.seed)} | real dev ${fmt(p.realDev)}`);
    }
  }
}

/** The scores with the names of types outside the gate never added (probability −1). */
const gatedScores = (scores: Scores, types: readonly NodeType[]): Scores =>
  new Map([...scores].map(([c, s]) => [c, types.includes(s.type) ? s : { ...s, p: -1 }]));

/** Raises pooled real-dev recall within the precision margin, on real dev and on the seed sets alike. */
const within = (rules: Pools, p: Pools) =>
  p.realDev.recall > rules.realDev.recall &&
  p.realDev.precision >= rules.realDev.precision - MAX_PRECISION_DROP &&
  p.seed.precision >= rules.seed.precision - MAX_PRECISION_DROP;

/**
 * The type gate: the types whose names alone, at some threshold, raise the pooled real-dev recall within
 * both precision margins (cross-validated, as every line here). Empty: no type does.
 */
function chooseGate(corpora: EntityCorpus[], scores: Scores, rules: Pools): NodeType[] {
  const types = [...new Set([...scores.values()].map((s) => s.type))].sort();
  const gate = types.filter((type) => {
    const lines = THRESHOLDS.map((t) => ({ t, p: pools(corpora, gatedScores(scores, [type]), t) }));
    const ok = lines.filter(({ p }) => within(rules, p));
    const best = ok.sort((x, y) => y.p.realDev.recall - x.p.realDev.recall)[0];
    console.log(
      `  gate ${type.padEnd(13)} ${best ? `passes (at ${best.t}: seed ${fmt(best.p.seed)} | real dev ${fmt(best.p.realDev)})` : "fails"}`,
    );
    return best !== undefined;
  });
  console.log(`type gate: ${gate.length > 0 ? gate.join(", ") : "none"}`);
  return gate;
}

async function main(): Promise<void> {
  const t0 = Date.now();
  const corpora = await extractAll();
  if (process.argv.includes("--grid")) optionGrid(corpora);
  const n = corpora.reduce((a, k) => a + k.cands.length, 0);
  const pos = corpora.reduce((a, k) => a + k.cands.filter((c) => c.positive.length > 0).length, 0);
  console.log(
    `extracted ${corpora.length} folders in ${((Date.now() - t0) / 1000).toFixed(1)} s: ${n} candidates, ${pos} positive`,
  );
  const t1 = Date.now();
  const scores = crossValidateEntities(corpora, OPTIONS, foldOf);
  console.log(`cross-validated in ${((Date.now() - t1) / 1000).toFixed(1)} s`);
  const rules = pools(corpora, scores, Number.POSITIVE_INFINITY);
  for (const t of THRESHOLDS) {
    const p = pools(corpora, scores, t);
    console.log(`  all types, add ≥ ${String(t).padEnd(8)} seed ${fmt(p.seed)} | real dev ${fmt(p.realDev)}`);
  }
  const gate = chooseGate(corpora, scores, rules);
  const used = gate.length > 0 ? gatedScores(scores, gate) : scores;
  const grid = THRESHOLDS.map((t) => ({ t, p: pools(corpora, used, t) }));
  for (const { t, p } of grid)
    console.log(`  gated, add ≥ ${String(t).padEnd(8)} seed ${fmt(p.seed)} | real dev ${fmt(p.realDev)}`);
  const chosen = pick(rules, grid);
  const best = [...grid].sort((x, y) => f1(y.p.realDev) - f1(x.p.realDev) || y.t - x.t)[0];
  console.log(
    chosen
      ? `\nchosen: add ≥ ${chosen.t}`
      : `\nno threshold raises recall within the precision margin (best F1: ${best?.t})`,
  );
  const seedHeld = chosen ? seedFloor(rules, chosen.p) : false;
  perSet(corpora, used, (chosen ?? best)?.t ?? Number.POSITIVE_INFINITY);
  const t2 = Date.now();
  const cv = { rulesOnly: rules, rulesPlusLearned: chosen?.p ?? null, seedHeld };
  writeModel(corpora, chosen?.t ?? 1, cv, gate);
  console.log(
    `final model trained and written in ${((Date.now() - t2) / 1000).toFixed(1)} s; total ${((Date.now() - t0) / 1000).toFixed(1)} s`,
  );
}

await main();
