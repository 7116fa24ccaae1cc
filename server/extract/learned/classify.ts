/**
 * The learned layer's hook in the relation pipeline: for the pairs of names of a passage that the
 * rules left untyped, score each relation the schema allows for their types with the trained model
 * (data/model/relations.json) and add the best one when its probability reaches the threshold,
 * with method "learned" and the clause(s) from the first name to the end of the second's clause as
 * evidence. Off unless switched on (ZONEGRAPH_LEARNED_RELATIONS=on, or `setLearnedLayer`).
 */
import type { RelType } from "../../../contracts/graph";
import { clauseEnd, clauseStart } from "../clauses";
import type { FoundRelation } from "../relations/context";
import { candidateFeatures, clauseBreaks, pairFeatures, type Span, typeOf } from "./features";
import type { LogisticModel } from "./model";
import { loadRelationModel, type SchemaEntry, type Window } from "./weights";

export interface Candidate {
  type: RelType;
  source: string;
  target: string;
  /** The pair in text order. */
  a: Span;
  b: Span;
  features: string[];
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

/** A trained layer: the model, the relations it may give and its threshold. */
export interface TrainedLayer {
  model: LogisticModel;
  schema: readonly SchemaEntry[];
  window: Window;
  threshold: number;
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

/** The relations the layer adds to a passage: the best candidate per pair, at or above the threshold. */
export function classify(
  norm: string,
  mentions: readonly Span[],
  typed: readonly FoundRelation[],
  layer: TrainedLayer,
): FoundRelation[] {
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

/** What runs at the hook: a trained layer, or a probe (the training script collects candidates). */
export interface LearnedLayer {
  propose(
    norm: string,
    mentions: readonly Span[],
    typed: readonly FoundRelation[],
    inTable: boolean,
  ): FoundRelation[];
}

/** A trained layer leaves table rows to the table rules. */
export const trainedLayer = (layer: TrainedLayer): LearnedLayer => ({
  propose: (norm, mentions, typed, inTable) => (inTable ? [] : classify(norm, mentions, typed, layer)),
});

/** Default: off; ZONEGRAPH_LEARNED_RELATIONS=on|off overrides it. */
export const LEARNED_ON_BY_DEFAULT = false;

export function learnedLayerFromEnv(value = process.env.ZONEGRAPH_LEARNED_RELATIONS): LearnedLayer | null {
  if (value !== undefined && value !== "" && !/^(on|off)$/.test(value))
    throw new Error(`ZONEGRAPH_LEARNED_RELATIONS must be "on" or "off", got "${value}"`);
  const on = value === "on" || ((value === undefined || value === "") && LEARNED_ON_BY_DEFAULT);
  return on ? trainedLayer(loadRelationModel()) : null;
}

let active: LearnedLayer | null | undefined;

/** Switches the layer (null: off); returns the previous one. */
export function setLearnedLayer(layer: LearnedLayer | null): LearnedLayer | null {
  const prev = active ?? null;
  active = layer;
  return prev;
}

/** The hook: relations the active layer adds to a passage (none when off). */
export function learnedRelations(
  rc: { norm: string; ms: readonly Span[]; abbr: readonly Span[]; inTable: boolean },
  typed: readonly FoundRelation[],
): FoundRelation[] {
  if (active === undefined) active = learnedLayerFromEnv();
  return active ? active.propose(rc.norm, [...rc.ms, ...rc.abbr], typed, rc.inTable) : [];
}
