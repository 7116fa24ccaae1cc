/**
 * Cross-validation of the learned layer on the training annotations: each document's candidates
 * are scored by a model trained on the other documents only (leave one document out), and the
 * relations the layer would add at a threshold are scored with the same `evaluate` as `npm run eval`.
 */
import type { ExtractedGraph, GraphEdge } from "../../../contracts/graph";
import { cmp } from "../builder";
import { clauseEnd, clauseStart } from "../clauses";
import { type EvalResult, evaluate, type Gold } from "../evaluate";
import { bestPerPair, type Candidate } from "./classify";
import type { Labelled, PassageRecord } from "./dataset";
import { typeOf } from "./features";
import { type LogisticModel, type TrainOptions, train } from "./model";

/** One corpus folder of the training data: its rules-only graph, probe records, golds, candidates. */
export interface Corpus {
  dir: string;
  graph: ExtractedGraph;
  records: PassageRecord[];
  golds: (readonly [string, Gold])[];
  cands: Labelled[];
}

const docKey = (dir: string, doc: string) => `${dir}|${doc}`;

/** A candidate's schema entry: relation type, source type, target type. */
export const schemaKey = (c: Candidate) => `${c.type}|${typeOf(c.source)}|${typeOf(c.target)}`;

/** Schema entries with at least `minCount` positive candidates. */
function schemaFilter(cands: readonly Labelled[], minCount: number): Set<string> {
  const n = new Map<string, number>();
  for (const c of cands)
    if (c.label === 1 && c.rule === undefined) n.set(schemaKey(c), (n.get(schemaKey(c)) ?? 0) + 1);
  return new Set([...n].filter(([, k]) => k >= minCount).map(([t]) => t));
}

/** A model and the schema entries it was trained for (other candidates score 0). */
export interface Fitted {
  model: LogisticModel;
  schema: Set<string>;
}

export const MIN_POSITIVES = 3;

/** Trains on labelled candidates (added ones of schema entries with too few positives are left out). */
export function fitModel(cands: readonly Labelled[], options: Partial<TrainOptions>): Fitted {
  const schema = schemaFilter(cands, MIN_POSITIVES);
  const model = train(
    cands
      .filter((c) => c.rule !== undefined || schema.has(schemaKey(c)))
      .map((c) => ({ features: c.features, label: c.label })),
    options,
  );
  return { model, schema };
}

export const predictWith = (f: Fitted, c: Candidate) =>
  c.rule !== undefined || f.schema.has(schemaKey(c)) ? f.model.predict(c.features) : 0;

/** The fold of a candidate: by default its document (leave one document out). */
export type FoldOf = (dir: string, doc: string) => string;

/**
 * Out-of-fold probabilities: each fold's candidates scored by a model that never saw that fold
 * (`foldOf`: one document by default; a whole corpus folder for leave-one-set-out).
 */
export function crossValidate(
  corpora: readonly Corpus[],
  options: Partial<TrainOptions>,
  foldOf: FoldOf = docKey,
): Map<Labelled, number> {
  const all = corpora.flatMap((k) => k.cands.map((c) => ({ key: foldOf(k.dir, c.doc), c })));
  const docs = [...new Set(all.map((x) => x.key))].sort(cmp);
  const out = new Map<Labelled, number>();
  for (const d of docs) {
    const fitted = fitModel(
      all.filter((x) => x.key !== d).map((x) => x.c),
      options,
    );
    for (const x of all) if (x.key === d) out.set(x.c, predictWith(fitted, x.c));
  }
  return out;
}

/** The edges the layer would add at `threshold` (evidence: from the first name's clause to the second's). */
function addedEdges(k: Corpus, probs: ReadonlyMap<Labelled, number>, threshold: number): GraphEdge[] {
  const scored = k.cands.filter((c) => c.rule === undefined).map((c) => ({ c, p: probs.get(c) ?? 0 }));
  const picked = bestPerPair(scored, threshold, (c) => {
    const l = c as Labelled;
    return `${l.record}|${l.a.cs}|${l.b.cs}`;
  });
  return picked.map(({ c: x, p }) => {
    const c = x as Labelled;
    const rec = k.records[c.record] as PassageRecord;
    const cs = clauseStart(rec.norm, c.a.cs);
    const ce = clauseEnd(rec.norm, c.b.ce);
    const start = c.passage.start + cs;
    return {
      id: `${c.type}:${c.source}->${c.target}`,
      source: c.source,
      target: c.target,
      type: c.type,
      confidence: p,
      properties: {},
      evidence: [
        {
          doc: c.passage.doc,
          passage: c.passage.id,
          start,
          end: start + ce - cs,
          quote: "-",
          method: "learned",
        },
      ],
    };
  });
}

/** The rules' edges without the evidence of the passages where the layer drops them (edges left bare go). */
function keptEdges(k: Corpus, probs: ReadonlyMap<Labelled, number>, dropThreshold: number): GraphEdge[] {
  const drop = new Set(
    k.cands
      .filter((c) => c.rule !== undefined && (probs.get(c) ?? 1) < dropThreshold)
      .map((c) => `${c.type}:${c.source}->${c.target}|${c.passage.id}`),
  );
  if (drop.size === 0) return k.graph.edges;
  return k.graph.edges
    .map((e) => ({ ...e, evidence: e.evidence.filter((ev) => !drop.has(`${e.id}|${ev.passage}`)) }))
    .filter((e) => e.evidence.length > 0);
}

/** The corpus graph as the layer would leave it at the given thresholds. */
export function withLearned(
  k: Corpus,
  probs: ReadonlyMap<Labelled, number>,
  threshold: number,
  dropThreshold = 0,
): ExtractedGraph {
  return { ...k.graph, edges: [...keptEdges(k, probs, dropThreshold), ...addedEdges(k, probs, threshold)] };
}

/** Scores of every gold file of the corpora at the thresholds (Infinity and 0: rules only). */
export function scoreAt(
  corpora: readonly Corpus[],
  probs: ReadonlyMap<Labelled, number>,
  threshold: number,
  dropThreshold = 0,
): Map<string, EvalResult> {
  const out = new Map<string, EvalResult>();
  for (const k of corpora) {
    const graph = withLearned(k, probs, threshold, dropThreshold);
    const texts = new Map(graph.documents.map((d) => [d.id.slice(4), d.text ?? ""]));
    for (const [name, gold] of k.golds) out.set(name, evaluate(graph, gold, texts));
  }
  return out;
}
