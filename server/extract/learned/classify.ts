/**
 * The learned layer's hook in the relation pipeline: for the pairs of names of a passage that the
 * rules left untyped, score each relation the schema allows for their types with the trained model
 * (data/model/relations.json) and add the best one when its probability reaches the threshold,
 * with method "learned" and the clause(s) from the first name to the end of the second's clause as
 * evidence; and drop the rules' relations between two names of the passage that the model scores
 * below the drop threshold (relations whose subject comes from the context are kept).
 * Off unless switched on (ZONEGRAPH_LEARNED_RELATIONS=on, or `setLearnedLayer`).
 */
import type { RelType } from "../../../contracts/graph";
import { clauseEnd, clauseStart } from "../clauses";
import type { FoundRelation } from "../relations/context";
import { candidateFeatures, clauseBreaks, pairFeatures, type Span, typeOf } from "./features";
import type { LogisticModel } from "./model";
import { loadRelationModel, type SchemaEntry, switchedOn, type Window } from "./weights";

export interface Candidate {
  type: RelType;
  source: string;
  target: string;
  /** The pair in text order. */
  a: Span;
  b: Span;
  features: string[];
  /** For a relation found by the rules: its index in the passage's relations. */
  rule?: number;
}

/** Whether the rules typed the pair (either direction) in this passage. */
const typedPairs = (typed: readonly FoundRelation[]) =>
  new Set(typed.flatMap((r) => [`${r.source}|${r.target}`, `${r.target}|${r.source}`]));

/** Candidate relations of the untyped pairs of a passage within the window (pure). */
export function candidatesOf(
  norm: string,
  mentions: readonly Span[],
  typed: readonly FoundRelation[],
  schema: readonly SchemaEntry[],
  window: Window,
): Candidate[] {
  const ms = [...mentions].sort((x, y) => x.cs - y.cs || x.ce - y.ce);
  const done = typedPairs(typed);
  const out: Candidate[] = [];
  for (let i = 0; i < ms.length; i++) {
    for (let j = i + 1; j < ms.length; j++) {
      const a = ms[i] as Span;
      const b = ms[j] as Span;
      if (a.id === b.id || b.cs < a.ce || done.has(`${a.id}|${b.id}`)) continue;
      if (b.cs - a.ce > window.maxDistance || clauseBreaks(norm, a.ce, b.cs) > window.maxClauses) continue;
      const ta = typeOf(a.id);
      const tb = typeOf(b.id);
      let pair: string[] | undefined;
      for (const s of schema) {
        for (const forward of [true, false]) {
          if ((forward ? [ta, tb] : [tb, ta]).join() !== [s.source, s.target].join()) continue;
          if (!forward && ta === tb) continue;
          pair ??= pairFeatures(norm, ms, a, b);
          const [source, target] = forward ? [a.id, b.id] : [b.id, a.id];
          out.push({
            type: s.type,
            source,
            target,
            a,
            b,
            features: candidateFeatures(pair, s.type, forward),
          });
        }
      }
    }
  }
  return out;
}

/** The closest occurrences of two names in the passage, in text order. */
function closestPair(ms: readonly Span[], s: string, t: string): [Span, Span] | undefined {
  let best: [Span, Span] | undefined;
  let gap = Number.POSITIVE_INFINITY;
  for (const x of ms)
    for (const y of ms) {
      if (x.id !== s || y.id !== t) continue;
      const [a, b] = x.cs <= y.cs ? [x, y] : [y, x];
      const d = b.cs - a.ce;
      if (d >= 0 && d < gap) [best, gap] = [[a, b], d];
    }
  return best;
}

/** The rules' relations between two names of the passage, as candidates (features prefixed "rule:"). */
export function ruleCandidatesOf(norm: string, mentions: readonly Span[], typed: readonly FoundRelation[]) {
  const ms = [...mentions].sort((x, y) => x.cs - y.cs || x.ce - y.ce);
  const out: Candidate[] = [];
  typed.forEach((r, rule) => {
    const pair = r.viaContext ? undefined : closestPair(ms, r.source, r.target);
    if (!pair) return;
    const [a, b] = pair;
    const features = candidateFeatures(pairFeatures(norm, ms, a, b), `rule:${r.type}`, a.id === r.source);
    out.push({ type: r.type, source: r.source, target: r.target, a, b, features, rule });
  });
  return out;
}

/** A trained layer: the model, the relations it may give, its thresholds. */
export interface TrainedLayer {
  model: LogisticModel;
  schema: readonly SchemaEntry[];
  window: Window;
  /** Untyped pairs scored at least this get a learned relation. */
  threshold: number;
  /** Rules' relations scored below this are dropped (0: none is). */
  dropThreshold: number;
}

/** The best-scoring candidate of each pair (by `keyOf`) whose probability reaches the threshold. */
export function bestPerPair<T extends { c: Candidate; p: number }>(
  scored: readonly T[],
  threshold: number,
  keyOf: (c: Candidate) => string = (c) => `${c.a.cs}|${c.b.cs}`,
): T[] {
  const best = new Map<string, T>();
  for (const x of scored) {
    const key = keyOf(x.c);
    const cur = best.get(key);
    if (x.p >= threshold && (!cur || x.p > cur.p)) best.set(key, x);
  }
  return [...best.values()];
}

/**
 * The passage's relations once the layer has read them: the rules' ones it keeps, then the best
 * candidate per untyped pair at or above the threshold.
 */
export function classify(
  norm: string,
  mentions: readonly Span[],
  typed: readonly FoundRelation[],
  layer: TrainedLayer,
): FoundRelation[] {
  const dropped = new Set(
    ruleCandidatesOf(norm, mentions, typed)
      .filter((c) => layer.model.predict(c.features) < layer.dropThreshold)
      .map((c) => c.rule),
  );
  const kept = typed.filter((_, i) => !dropped.has(i));
  return [...kept, ...added(norm, mentions, typed, layer)];
}

function added(
  norm: string,
  mentions: readonly Span[],
  typed: readonly FoundRelation[],
  layer: TrainedLayer,
) {
  const scored = candidatesOf(norm, mentions, typed, layer.schema, layer.window).map((c) => ({
    c,
    p: layer.model.predict(c.features),
  }));
  return bestPerPair(scored, layer.threshold).map(({ c, p }) => ({
    type: c.type,
    source: c.source,
    target: c.target,
    method: "learned" as const,
    confidence: Math.round((0.3 + 0.3 * p) * 100) / 100,
    cs: clauseStart(norm, c.a.cs),
    ce: clauseEnd(norm, c.b.ce),
  }));
}

/**
 * What runs at the hook: a trained layer, or a probe (the training script collects candidates).
 * `revise` returns the passage's relations as they should be (the rules' ones when it changes nothing).
 */
export interface LearnedLayer {
  revise(
    norm: string,
    mentions: readonly Span[],
    typed: readonly FoundRelation[],
    inTable: boolean,
  ): FoundRelation[];
}

/** A trained layer leaves table rows to the table rules. */
export const trainedLayer = (layer: TrainedLayer): LearnedLayer => ({
  revise: (norm, mentions, typed, inTable) => (inTable ? [...typed] : classify(norm, mentions, typed, layer)),
});

/** Default: off; ZONEGRAPH_LEARNED_RELATIONS=on|off overrides it. */
export const LEARNED_ON_BY_DEFAULT = false;

export function learnedLayerFromEnv(value = process.env.ZONEGRAPH_LEARNED_RELATIONS): LearnedLayer | null {
  const on = switchedOn("ZONEGRAPH_LEARNED_RELATIONS", value, LEARNED_ON_BY_DEFAULT);
  return on ? trainedLayer(loadRelationModel()) : null;
}

let active: LearnedLayer | null | undefined;

/** Switches the layer (null: off); returns the previous one. */
export function setLearnedLayer(layer: LearnedLayer | null): LearnedLayer | null {
  const prev = active ?? null;
  active = layer;
  return prev;
}

/** The hook: the passage's relations revised by the active layer (unchanged when it is off). */
export function learnedRelations(
  rc: { norm: string; ms: readonly Span[]; abbr: readonly Span[]; inTable: boolean },
  typed: readonly FoundRelation[],
): FoundRelation[] {
  if (active === undefined) active = learnedLayerFromEnv();
  return active ? active.revise(rc.norm, [...rc.ms, ...rc.abbr], typed, rc.inTable) : [...typed];
}
