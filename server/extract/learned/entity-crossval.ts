/**
 * Training and cross-validation of the learned entity layer: one logistic regression over the
 * candidates' features conjoined with each type (a candidate is a positive example for the types
 * whose id the annotation holds, a negative one for the others); out-of-fold scores (each fold's
 * candidates scored by a model trained on the other folds), and the names the layer would add at a
 * threshold scored with the same `evaluate` as `npm run eval`.
 */
import type { ExtractedGraph, Mention, NodeType } from "../../../contracts/graph";
import { cmp } from "../builder";
import { type EvalResult, evaluate, type Gold } from "../evaluate";
import { pickEntities } from "./entity-classify";
import type { EntityRecord, LabelledEntity } from "./entity-dataset";
import { typedFeatures } from "./entity-features";
import { type LogisticModel, type TrainOptions, train } from "./model";

/** One corpus folder of the training data: its rules-only graph, probe records, golds, candidates. */
export interface EntityCorpus {
  dir: string;
  graph: ExtractedGraph;
  records: EntityRecord[];
  golds: (readonly [string, Gold])[];
  cands: LabelledEntity[];
}

/** Types with at least this many positive candidates are scored. */
export const MIN_TYPE_POSITIVES = 3;

export interface FittedEntities {
  model: LogisticModel;
  types: NodeType[];
}

/** The types with enough positive candidates, in a fixed order. */
export function typesOf(cands: readonly LabelledEntity[]): NodeType[] {
  const n = new Map<NodeType, number>();
  for (const c of cands) for (const t of c.positive) n.set(t, (n.get(t) ?? 0) + 1);
  return [...n]
    .filter(([, k]) => k >= MIN_TYPE_POSITIVES)
    .map(([t]) => t)
    .sort(cmp);
}

/** Trains one model over every (candidate, type) pair of the scored types. */
export function fitEntities(
  cands: readonly LabelledEntity[],
  options: Partial<TrainOptions>,
): FittedEntities {
  const types = typesOf(cands);
  const examples = cands.flatMap((c) =>
    types.map(
      (t) => ({ features: typedFeatures(c.features, t), label: c.positive.includes(t) ? 1 : 0 }) as const,
    ),
  );
  return { model: train(examples, options), types };
}

/** A candidate's best type and probability under a fitted model (no type: probability 0). */
export function bestType(
  f: FittedEntities,
  c: Pick<LabelledEntity, "features">,
): { type: NodeType; p: number } {
  let best = { type: (f.types[0] ?? "Organization") as NodeType, p: f.types.length > 0 ? -1 : 0 };
  for (const type of f.types) {
    const p = f.model.predict(typedFeatures(c.features, type));
    if (p > best.p) best = { type, p };
  }
  return best;
}

export type Scores = Map<LabelledEntity, { type: NodeType; p: number }>;

/** Out-of-fold best types: each fold's candidates scored by a model that never saw that fold. */
export function crossValidateEntities(
  corpora: readonly EntityCorpus[],
  options: Partial<TrainOptions>,
  foldOf: (dir: string, doc: string) => string,
): Scores {
  const all = corpora.flatMap((k) => k.cands.map((c) => ({ key: foldOf(k.dir, c.doc), c })));
  const out: Scores = new Map();
  for (const fold of [...new Set(all.map((x) => x.key))].sort(cmp)) {
    const fitted = fitEntities(
      all.filter((x) => x.key !== fold).map((x) => x.c),
      options,
    );
    for (const x of all) if (x.key === fold) out.set(x.c, bestType(fitted, x.c));
  }
  return out;
}

/**
 * The mentions the layer would add to a corpus at a threshold (per passage, overlaps resolved), each
 * with the keys (passage, node, start) of the rules' place mentions it holds.
 */
export function addedMentions(
  k: EntityCorpus,
  scores: Scores,
  threshold: number,
): (Mention & { held: string[] })[] {
  const byRecord = new Map<number, { c: LabelledEntity; type: NodeType; p: number }[]>();
  for (const c of k.cands) {
    const s = scores.get(c);
    if (!s) continue;
    const list = byRecord.get(c.record) ?? [];
    list.push({ c, ...s });
    byRecord.set(c.record, list);
  }
  return [...byRecord.values()].flatMap((list) =>
    pickEntities(list, threshold).map(({ c, type }) => ({
      node: c.ids[type] as string,
      passage: c.passage.id,
      doc: c.passage.doc,
      start: c.start,
      end: c.start + (c.ce - c.cs),
      surface: c.passage.text.slice(c.start - c.passage.start, c.start - c.passage.start + c.ce - c.cs),
      held: c.inside.map((m) => `${c.passage.id}|${m.id}|${c.start + m.cs - c.cs}`),
    })),
  );
}

/** The corpus's mentions with the names added at the threshold, without the places they hold. */
export function withLearnedEntities(k: EntityCorpus, scores: Scores, threshold: number): Mention[] {
  const added = addedMentions(k, scores, threshold);
  if (added.length === 0) return k.graph.mentions;
  const held = new Set(added.flatMap((m) => m.held));
  const kept = k.graph.mentions.filter((m) => !held.has(`${m.passage}|${m.node}|${m.start}`));
  return [...kept, ...added.map(({ held: _, ...m }) => m)];
}

/** Scores of every gold file of the corpora with the names added at the threshold (Infinity: rules only). */
export function entityScoresAt(
  corpora: readonly EntityCorpus[],
  scores: Scores,
  threshold: number,
): Map<string, EvalResult> {
  const out = new Map<string, EvalResult>();
  for (const k of corpora) {
    const graph = { ...k.graph, mentions: withLearnedEntities(k, scores, threshold) };
    const texts = new Map(graph.documents.map((d) => [d.id.slice(4), d.text ?? ""]));
    for (const [name, gold] of k.golds) out.set(name, evaluate(graph, gold, texts));
  }
  return out;
}
