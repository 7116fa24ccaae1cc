/**
 * Scores an extracted graph against a hand annotation (tests/fixtures/annotations/gold.json):
 * precision and recall per entity type (right type + canonical name, once per document) and per
 * typed relationship (type, source, target, once per document), inside the annotated scope only.
 */
import { type ExtractedGraph, idType } from "../../contracts/graph";

export interface GoldScope {
  doc: string;
  whole?: boolean;
  from?: string;
  to?: string;
  /** Entity or relationship types this annotation does not cover in this range (scored elsewhere). */
  skip?: string[];
  /** Index of the annotation a merged scope or item came from (set by mergeGold). */
  set?: number;
}
export interface Gold {
  /** Corpus folder (repository-relative) when not data/corpus: unseen test documents. */
  corpus?: string;
  scope: GoldScope[];
  entities: { doc: string; id: string; quote: string; set?: number }[];
  relations: { doc: string; type: string; source: string; target: string; quote: string; set?: number }[];
}
export interface Score {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
}
export interface EvalResult {
  entities: Record<string, Score>;
  relations: Record<string, Score>;
  entityTotal: Score;
  relationTotal: Score;
  /**
   * The relations scored with the types the ontology reads as two-sided (SYMMETRIC_RELATIONS) matched in
   * either direction: printed next to `relationTotal`, which stays the reported, directed figure.
   */
  relationTotalEitherWay: Score;
  falsePositives: string[];
  falseNegatives: string[];
}

/**
 * Relationship types the ontology reads as two-sided (data/README.md, "Ontology"): A COOPERATES_WITH B
 * states what B COOPERATES_WITH A does, so which side is the source is a convention, not a fact.
 */
export const SYMMETRIC_RELATIONS: readonly string[] = ["COOPERATES_WITH"];

/** A relation key ("doc|type|source|target") with the two ends of a symmetric type in a fixed order. */
export function eitherWayKey(key: string): string {
  const [doc, type, source, target] = key.split("|");
  if (!type || !SYMMETRIC_RELATIONS.includes(type) || source === undefined || target === undefined)
    return key;
  return source <= target ? key : `${doc}|${type}|${target}|${source}`;
}

/** Precision and recall of relation keys with symmetric types matched in either direction. */
function eitherWayScore(pred: Set<string>, truth: Set<string>): Score {
  const p = new Set([...pred].map(eitherWayKey));
  const g = new Set([...truth].map(eitherWayKey));
  const tp = [...p].filter((k) => g.has(k)).length;
  return score(tp, p.size - tp, g.size - tp);
}

/** Union of several annotations (their scopes are concatenated; documents may repeat). */
export function mergeGold(golds: Gold[]): Gold {
  return {
    scope: golds.flatMap((g, set) => g.scope.map((s) => ({ ...s, set }))),
    entities: golds.flatMap((g, set) => g.entities.map((e) => ({ ...e, set }))),
    relations: golds.flatMap((g, set) => g.relations.map((r) => ({ ...r, set }))),
  };
}

export function score(tp: number, fp: number, fn: number): Score {
  return {
    tp,
    fp,
    fn,
    precision: tp + fp === 0 ? 1 : tp / (tp + fp),
    recall: tp + fn === 0 ? 1 : tp / (tp + fn),
  };
}

/** Micro-averaged sum of scores (gold files scored on different corpus folders). */
export function totalScore(scores: Score[]): Score {
  const sum = (k: "tp" | "fp" | "fn") => scores.reduce((a, s) => a + s[k], 0);
  return score(sum("tp"), sum("fp"), sum("fn"));
}

/** [start, end) of the annotated scope of a document, given its text. */
export function scopeRange(s: GoldScope, text: string): [number, number] {
  if (s.whole) return [0, text.length];
  const a = s.from ? text.indexOf(s.from) : 0;
  const b = s.to ? text.indexOf(s.to, a) : text.length;
  if (a < 0 || b < 0) throw new Error(`scope markers not found in ${s.doc}`);
  return [a, b];
}

/**
 * Offset of the first occurrence of `quote` at or after `from`, ignoring whitespace (quotes of
 * PDF-extracted text may leave out its line breaks); Infinity when absent.
 */
export function quoteAt(text: string, quote: string, from: number): number {
  const direct = text.indexOf(quote, from);
  if (direct >= 0) return direct;
  const want = quote.replace(/\s+/g, "");
  if (!want) return Number.POSITIVE_INFINITY;
  let squashed = "";
  const at: number[] = [];
  for (let i = from; i < text.length; i++) {
    if (/\s/.test(text[i] ?? "")) continue;
    squashed += text[i];
    at.push(i);
  }
  const k = squashed.indexOf(want);
  return k >= 0 ? (at[k] ?? Number.POSITIVE_INFINITY) : Number.POSITIVE_INFINITY;
}

export function evaluate(graph: ExtractedGraph, gold: Gold, texts: Map<string, string>): EvalResult {
  const predE = new Set<string>();
  const predR = new Set<string>();
  const skipped: { doc: string; a: number; b: number; types: string[]; set?: number }[] = [];
  for (const s of gold.scope) {
    const text = texts.get(s.doc);
    if (text === undefined) throw new Error(`no text for ${s.doc}`);
    const [a, b] = scopeRange(s, text);
    const skip = s.skip ?? [];
    if (skip.length > 0) skipped.push({ doc: s.doc, a, b, types: skip, set: s.set });
    const doc = `doc:${s.doc}`;
    for (const m of graph.mentions)
      if (m.doc === doc && m.start >= a && m.start < b && !skip.includes(idType(m.node)))
        predE.add(`${s.doc}|${m.node}`);
    for (const e of graph.edges) {
      if (e.type === "CO_OCCURS" || skip.includes(e.type)) continue;
      if (e.evidence.some((ev) => ev.doc === doc && ev.start >= a && ev.start < b)) {
        predR.add(`${s.doc}|${e.type}|${e.source}|${e.target}`);
      }
    }
  }
  /** A gold item of a skipped type whose quote lies in a skipping range is not scored. */
  const isSkipped = (doc: string, type: string, quote: string, set?: number) =>
    skipped.some((k) => {
      if (k.doc !== doc || k.set !== set || !k.types.includes(type)) return false;
      return quoteAt(texts.get(doc) ?? "", quote, k.a) < k.b;
    });
  const goldE = new Set(
    gold.entities
      .filter((e) => !isSkipped(e.doc, idType(e.id), e.quote, e.set))
      .map((e) => `${e.doc}|${e.id}`),
  );
  const goldR = new Set(
    gold.relations
      .filter((r) => !isSkipped(r.doc, r.type, r.quote, r.set))
      .map((r) => `${r.doc}|${r.type}|${r.source}|${r.target}`),
  );
  const perType = (pred: Set<string>, truth: Set<string>, typeOfKey: (k: string) => string) => {
    const types = new Set([...pred, ...truth].map(typeOfKey));
    const out: Record<string, Score> = {};
    for (const t of [...types].sort()) {
      const p = [...pred].filter((k) => typeOfKey(k) === t);
      const g = [...truth].filter((k) => typeOfKey(k) === t);
      const tp = p.filter((k) => truth.has(k)).length;
      out[t] = score(tp, p.length - tp, g.length - tp);
    }
    const tp = [...pred].filter((k) => truth.has(k)).length;
    return { out, total: score(tp, pred.size - tp, truth.size - tp) };
  };
  const ent = perType(predE, goldE, (k) => (k.split("|")[1] ?? "").split(":")[0] ?? "");
  const rel = perType(predR, goldR, (k) => k.split("|")[1] ?? "");
  return {
    entities: ent.out,
    relations: rel.out,
    entityTotal: ent.total,
    relationTotal: rel.total,
    relationTotalEitherWay: eitherWayScore(predR, goldR),
    falsePositives: [...predE, ...predR].filter((k) => !goldE.has(k) && !goldR.has(k)).sort(),
    falseNegatives: [...goldE, ...goldR].filter((k) => !predE.has(k) && !predR.has(k)).sort(),
  };
}
