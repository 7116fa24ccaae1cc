/**
 * Training data for the learned layer: the candidates of every passage of an extracted corpus
 * (collected by a probe at the hook while the rules run) and the rules' own relations between two
 * names, each placed in its document and labelled from the hand annotations (positive when the
 * annotation of its document holds the same relation; candidates outside every annotated scope are
 * left out).
 */
import type { ExtractedGraph, Passage } from "../../../contracts/graph";
import { cmp } from "../builder";
import { type Gold, scopeRange } from "../evaluate";
import type { FoundRelation } from "../relations/context";
import { normalize } from "../text";
import { type Candidate, candidatesOf, type LearnedLayer, ruleCandidatesOf } from "./classify";
import { type Span, typeOf } from "./features";
import type { SchemaEntry, Window } from "./weights";

export interface PassageRecord {
  norm: string;
  mentions: Span[];
  typed: FoundRelation[];
  inTable: boolean;
}

/** A layer that adds nothing and records what it was shown, passage by passage. */
export function probe(records: PassageRecord[]): LearnedLayer {
  return {
    revise(norm, mentions, typed, inTable) {
      records.push({ norm, mentions: [...mentions], typed: [...typed], inTable });
      return [...typed];
    },
  };
}

export interface Labelled extends Candidate {
  doc: string;
  passage: Passage;
  /** Index of the passage record the candidate came from (one document's passages are contiguous). */
  record: number;
  label: 0 | 1;
}

/** The schema of every annotated relation with its count (type, source type, target type). */
export function schemaOf(golds: readonly Gold[]): (SchemaEntry & { count: number })[] {
  const count = new Map<string, number>();
  for (const g of golds)
    for (const r of g.relations) {
      const k = `${r.type}|${typeOf(r.source)}|${typeOf(r.target)}`;
      count.set(k, (count.get(k) ?? 0) + 1);
    }
  return [...count.entries()]
    .sort((x, y) => cmp(x[0], y[0]))
    .map(([k, n]) => {
      const [type, source, target] = k.split("|") as [SchemaEntry["type"], string, string];
      return { type, source, target, count: n };
    });
}

/** Pairs each probe record with its passage (records come in document and passage order). */
export function passagesOf(graph: ExtractedGraph, records: readonly { norm: string }[]): Passage[] {
  const ps = [...graph.passages].sort((x, y) => cmp(x.id, y.id));
  if (ps.length !== records.length)
    throw new Error(`probe saw ${records.length} passages, the graph has ${ps.length}`);
  ps.forEach((p, i) => {
    if (normalize(p.clean) !== records[i]?.norm) throw new Error(`passage ${p.id} does not match its record`);
  });
  return ps;
}

/** Whether a position of a document lies in a scope of some annotation that scores this type. */
function scored(golds: readonly Gold[], texts: Map<string, string>, doc: string, pos: number, type: string) {
  return golds.some((g) =>
    g.scope.some((s) => {
      if (s.doc !== doc || (s.skip ?? []).includes(type)) return false;
      const [a, b] = scopeRange(s, texts.get(doc) ?? "");
      return pos >= a && pos < b;
    }),
  );
}

/** Labelled candidates of one extracted corpus, annotated by `golds` (all on that corpus). */
export function labelled(
  graph: ExtractedGraph,
  records: readonly PassageRecord[],
  golds: readonly Gold[],
  schema: readonly SchemaEntry[],
  window: Window,
): Labelled[] {
  const texts = new Map(graph.documents.map((d) => [d.id.slice(4), d.text ?? ""]));
  const truth = new Set(
    golds.flatMap((g) => g.relations.map((r) => `${r.doc}|${r.type}|${r.source}|${r.target}`)),
  );
  const passages = passagesOf(graph, records);
  const out: Labelled[] = [];
  records.forEach((rec, i) => {
    const passage = passages[i] as Passage;
    if (rec.inTable) return;
    const doc = passage.doc.slice(4);
    const cands = [
      ...ruleCandidatesOf(rec.norm, rec.mentions, rec.typed),
      ...candidatesOf(rec.norm, rec.mentions, rec.typed, schema, window),
    ];
    for (const c of cands) {
      if (!scored(golds, texts, doc, passage.start + c.a.cs, c.type)) continue;
      const label = truth.has(`${doc}|${c.type}|${c.source}|${c.target}`) ? 1 : 0;
      out.push({ ...c, doc, passage, record: i, label });
    }
  });
  return out;
}
