/**
 * The learned layer's part of `npm run eval`: when the layer is on (ZONEGRAPH_LEARNED_RELATIONS=on),
 * relation precision/recall/F1 of the rules alone and of rules + learned layer, per gold file and
 * pooled per group (seed sets, real dev, real held-out). Each corpus is extracted twice, once per mode.
 */
import { readFileSync } from "node:fs";
import { type EvalResult, evaluate, type Gold, type Score, totalScore } from "../server/extract/evaluate";
import { extractCorpus } from "../server/extract/index";
import { type LearnedLayer, learnedLayerFromEnv, setLearnedLayer } from "../server/extract/learned/classify";

const f1 = (s: Score) =>
  s.precision + s.recall === 0 ? 0 : (2 * s.precision * s.recall) / (s.precision + s.recall);
const row = (name: string, s: Score) =>
  `  ${name.padEnd(34)} P ${s.precision.toFixed(3)}  R ${s.recall.toFixed(3)}  F ${f1(s).toFixed(3)}   (tp ${s.tp}, fp ${s.fp}, fn ${s.fn})`;

/** Relation scores of every gold file with the given layer (null: rules only). */
async function scoresWith(root: string, files: string[], layer: LearnedLayer | null) {
  const prev = setLearnedLayer(layer);
  const graphs = new Map<string, Awaited<ReturnType<typeof extractCorpus>>>();
  const out = new Map<string, EvalResult>();
  for (const f of files) {
    const gold = JSON.parse(readFileSync(`${root}tests/fixtures/annotations/${f}`, "utf8")) as Gold;
    const dir = `${root}${gold.corpus ?? "data/corpus"}`;
    const graph = graphs.get(dir) ?? (await extractCorpus(dir));
    graphs.set(dir, graph);
    const texts = new Map(graph.documents.map((d) => [d.id.slice(4), d.text ?? ""]));
    out.set(f, evaluate(graph, gold, texts));
  }
  setLearnedLayer(prev);
  return out;
}

export async function printLearnedComparison(root: string, groups: [string, string[]][]): Promise<void> {
  const layer = learnedLayerFromEnv();
  console.log("\n===== LEARNED LAYER (server/extract/learned, data/model/relations.json) =====");
  if (!layer) {
    console.log("  off (set ZONEGRAPH_LEARNED_RELATIONS=on to compare rules only with rules + learned)");
    return;
  }
  const files = groups.flatMap(([, fs]) => fs);
  const modes = [
    ["rules only", await scoresWith(root, files, null)],
    ["rules + learned", await scoresWith(root, files, layer)],
  ] as const;
  console.log("Typed relationships:");
  for (const [title, fs] of groups) {
    for (const f of fs)
      for (const [mode, s] of modes)
        console.log(row(`${f}, ${mode}`, (s.get(f) as EvalResult).relationTotal));
    for (const [mode, s] of modes)
      console.log(
        row(`${title}, ${mode}`, totalScore(fs.map((f) => (s.get(f) as EvalResult).relationTotal))),
      );
  }
}
