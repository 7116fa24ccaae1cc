/**
 * The learned entity layer's hook in recognition: the candidate names the rules did not return
 * (entity-candidates.ts) are scored for each type the model knows (data/model/entities.json); each
 * candidate's best type is kept when its probability reaches the threshold, overlapping candidates
 * the higher probability first. Kept names are registered like the rules' pattern names
 * (method "pattern"), so their mentions quote the text they were read from.
 * Off unless switched on (ZONEGRAPH_LEARNED_ENTITIES=on, or `setLearnedEntityLayer`).
 */
import type { NodeType } from "../../../contracts/graph";
import { nodeId } from "../catalog";
import type { Names } from "../entities/names";
import { tagWords } from "../entities/segmenter";
import type { Mention } from "../entities/types";
import { type EntityCandidate, entityCandidates } from "./entity-candidates";
import { type EntityPassage, entityFeatures, typedFeatures } from "./entity-features";
import { loadEntityModel } from "./entity-weights";
import { typeOf } from "./features";
import type { LogisticModel } from "./model";
import { switchedOn } from "./weights";

/** A trained entity layer: the model, the types it scores, the types it may add (a type gate: a candidate
 * whose best type is another one is left out), its threshold. */
export interface TrainedEntityLayer {
  model: LogisticModel;
  types: readonly NodeType[];
  addTypes?: readonly NodeType[];
  threshold: number;
}

/** The scored candidates whose best type passes the gate (all when there is none). */
export function gated<T extends { type: NodeType }>(
  scored: readonly T[],
  addTypes?: readonly NodeType[],
): T[] {
  return addTypes ? scored.filter((s) => addTypes.includes(s.type)) : [...scored];
}

/** The passage as the features read it: text, words, the rules' names, catalogued types only. */
export function entityPassage(norm: string, taken: readonly Mention[], n: Names): EntityPassage {
  return {
    norm,
    words: tagWords(norm, n.cat),
    taken,
    resolves: (name) => {
      const id = n.cat.resolve(name);
      return id && n.cat.get(id)?.inCatalog ? typeOf(id) : undefined;
    },
  };
}

/** The id a name of a type gets: its catalog entry of that type, or a new pattern name. */
export function entityId(n: Names, type: NodeType, name: string): string {
  const known = n.cat.resolve(name, [type]);
  return known?.startsWith(`${type}:`) ? known : nodeId(type, name);
}

export interface Scored {
  c: EntityCandidate;
  type: NodeType;
  p: number;
}

/** Each candidate's best type and its probability (ties: the type listed first). */
export function scoreEntities(
  p: EntityPassage,
  cands: readonly EntityCandidate[],
  layer: Pick<TrainedEntityLayer, "model" | "types">,
): Scored[] {
  return cands.map((c) => {
    const fs = entityFeatures(p, c);
    let best: Scored = { c, type: layer.types[0] as NodeType, p: -1 };
    for (const type of layer.types) {
      const prob = layer.model.predict(typedFeatures(fs, type));
      if (prob > best.p) best = { c, type, p: prob };
    }
    return best;
  });
}

/** Scored candidates at or above the threshold that overlap no better one (higher p, then leftmost). */
export function pickEntities<T extends { c: { cs: number; ce: number }; p: number }>(
  scored: readonly T[],
  threshold: number,
): T[] {
  const order = scored.filter((s) => s.p >= threshold).sort((x, y) => y.p - x.p || x.c.cs - y.c.cs);
  const out: T[] = [];
  for (const s of order) if (!out.some((o) => o.c.cs < s.c.ce && s.c.cs < o.c.ce)) out.push(s);
  return out.sort((x, y) => x.c.cs - y.c.cs);
}

/** What runs at the hook: a trained layer, or a probe (the training script collects candidates). */
export interface LearnedEntityLayer {
  find(norm: string, taken: readonly Mention[], n: Names): Mention[];
}

export const trainedEntityLayer = (layer: TrainedEntityLayer): LearnedEntityLayer => ({
  find(norm, taken, n) {
    const p = entityPassage(norm, taken, n);
    const cands = entityCandidates(norm, p.words, taken);
    const picked = pickEntities(gated(scoreEntities(p, cands, layer), layer.addTypes), layer.threshold);
    return picked.map(({ c, type }) => ({
      id: n.resolveOrRegister(type, norm.slice(c.cs, c.ce)),
      cs: c.cs,
      ce: c.ce,
      method: "pattern" as const,
      parts: c.inside.map(({ id, cs, ce }) => ({ id, cs, ce })),
    }));
  },
});

/** Default: off; ZONEGRAPH_LEARNED_ENTITIES=on|off overrides it. */
export const LEARNED_ENTITIES_ON_BY_DEFAULT = false;

export function learnedEntityLayerFromEnv(
  value = process.env.ZONEGRAPH_LEARNED_ENTITIES,
): LearnedEntityLayer | null {
  const on = switchedOn("ZONEGRAPH_LEARNED_ENTITIES", value, LEARNED_ENTITIES_ON_BY_DEFAULT);
  return on ? trainedEntityLayer(loadEntityModel()) : null;
}

let active: LearnedEntityLayer | null | undefined;

/** Switches the layer (null: off); returns the previous one. */
export function setLearnedEntityLayer(layer: LearnedEntityLayer | null): LearnedEntityLayer | null {
  const prev = active ?? null;
  active = layer;
  return prev;
}

/**
 * The hook: adds (in place) the names the active layer finds to the rules' ones; the places a new
 * name holds become its parts instead of names of their own (as when a rule's name holds them).
 */
export function addLearnedEntities(norm: string, out: Mention[], n: Names): void {
  if (active === undefined) active = learnedEntityLayerFromEnv();
  const found = active ? active.find(norm, out, n) : [];
  if (found.length === 0) return;
  const held = new Set(found.flatMap((m) => m.parts.map((p) => `${p.id}@${p.cs}`)));
  const kept = out.filter((m) => !held.has(`${m.id}@${m.cs}`));
  out.splice(0, out.length, ...kept, ...found);
}
