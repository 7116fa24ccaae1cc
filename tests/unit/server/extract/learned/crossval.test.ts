import { afterEach, describe, expect, it } from "vitest";
import type { Gold } from "../../../../../server/extract/evaluate";
import { extractDocument } from "../../../../../server/extract/index";
import { learnedLayerFromEnv, setLearnedLayer } from "../../../../../server/extract/learned/classify";
import {
  type Corpus,
  crossValidate,
  fitModel,
  predictWith,
  scoreAt,
  withLearned,
} from "../../../../../server/extract/learned/crossval";
import { labelled, type PassageRecord, probe, schemaOf } from "../../../../../server/extract/learned/dataset";

// Invented documents: in each, a city is named after its province ("X省，Y，…"), which no rule reads.
const DOCS = [
  "湖南省，长沙，甲乙。",
  "四川省，成都，丙丁。",
  "河南省，郑州，戊己。",
  "山西省，太原，庚辛。",
].map((text, i) => ({ name: `d${i}`, text }));

function corpus(): Corpus {
  const records: PassageRecord[] = [];
  setLearnedLayer(probe(records));
  const graphs = DOCS.map((d) => extractDocument(`${d.name}.txt`, d.text));
  setLearnedLayer(null);
  const graph = { ...graphs[0], ...{ documents: graphs.flatMap((g) => g.documents) } } as Corpus["graph"];
  graph.passages = graphs.flatMap((g) => g.passages);
  graph.edges = graphs.flatMap((g) => g.edges);
  graph.mentions = graphs.flatMap((g) => g.mentions);
  const gold: Gold = {
    scope: DOCS.map((d) => ({ doc: d.name, whole: true })),
    entities: [],
    relations: graph.mentions
      .filter((m) => m.node.startsWith("City:"))
      .map((m) => {
        const p = graph.mentions.find((x) => x.doc === m.doc && x.node.startsWith("Province:"));
        return { doc: m.doc.slice(4), type: "LOCATED_IN", source: m.node, target: p?.node ?? "", quote: "-" };
      }),
  };
  const schema = schemaOf([gold]);
  const cands = labelled(graph, records, [gold], schema, { maxClauses: 2, maxDistance: 40 });
  return { dir: "x", graph, records, golds: [["g", gold]], cands };
}

describe("cross-validation of the learned layer", () => {
  // back to the default of the environment (the files of the unit tier share one module graph)
  afterEach(() => setLearnedLayer(learnedLayerFromEnv()));

  it("scores each document with a model trained on the others, and the layer raises recall", () => {
    const k = corpus();
    expect(k.cands.length).toBe(4);
    const probs = crossValidate([k], { epochs: 20 });
    expect([...probs.values()].every((p) => p > 0.5)).toBe(true);
    const rules = scoreAt([k], probs, Number.POSITIVE_INFINITY).get("g")?.relationTotal;
    const learned = scoreAt([k], probs, 0.5).get("g")?.relationTotal;
    expect(rules?.recall).toBe(0);
    expect(learned?.recall).toBe(1);
    expect(learned?.precision).toBe(1);
  });

  it("holds out a whole fold at once: a fold of every document leaves nothing to train on", () => {
    const k = corpus();
    const bySet = crossValidate([k], { epochs: 20 }, (dir) => dir);
    expect([...bySet.values()]).toEqual(k.cands.map(() => 0)); // no schema entry was learned
    // d0 alone is scored by a model of d1–d3; d1–d3 together by a model of d0 alone (too few positives)
    const twoFolds = crossValidate([k], { epochs: 20 }, (_, doc) => (doc === "d0" ? "a" : "b"));
    expect(k.cands.map((c) => (twoFolds.get(c) ?? 0) > 0.5)).toEqual(k.cands.map((c) => c.doc === "d0"));
  });

  it("adds one learned edge per picked candidate, with evidence in its passage", () => {
    const k = corpus();
    const probs = new Map(k.cands.map((c) => [c, 0.9]));
    const extra = withLearned(k, probs, 0.5).edges.filter((e) => e.evidence[0]?.method === "learned");
    expect(extra).toHaveLength(4);
    for (const e of extra) expect(e.evidence[0]?.start).toBe(0);
  });

  it("removes a rule's evidence where the layer drops it, and the edge once it has none", () => {
    const k = corpus();
    const rule = { ...(k.cands[0] as (typeof k.cands)[number]), rule: 0, type: "PART_OF" as const };
    const id = `PART_OF:${rule.source}->${rule.target}`;
    const ev = {
      doc: rule.passage.doc,
      passage: rule.passage.id,
      start: 0,
      end: 1,
      quote: "x",
      method: "pattern" as const,
    };
    const edge = {
      id,
      source: rule.source,
      target: rule.target,
      type: "PART_OF" as const,
      confidence: 0.9,
      properties: {},
      evidence: [ev],
    };
    const withRule: typeof k = {
      ...k,
      graph: { ...k.graph, edges: [...k.graph.edges, edge] },
      cands: [rule],
    };
    expect(withLearned(withRule, new Map([[rule, 0.3]]), 1, 0.2).edges.some((e) => e.id === id)).toBe(true);
    expect(withLearned(withRule, new Map([[rule, 0.1]]), 1, 0.2).edges.some((e) => e.id === id)).toBe(false);
  });

  it("scores 0 the candidates of schema entries with too few positives", () => {
    const k = corpus();
    const fitted = fitModel(k.cands.slice(0, 2), {});
    expect(fitted.schema.size).toBe(0);
    expect(predictWith(fitted, k.cands[0] as never)).toBe(0);
  });
});
