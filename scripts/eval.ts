/**
 * `npm run eval`: extracts data/corpus and prints precision/recall per entity type and per typed
 * relationship against tests/fixtures/annotations/gold.json (scope described in that file).
 * `--verbose` also lists false positives and false negatives.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { type EvalResult, evaluate, type Gold, type Score } from "../server/extract/evaluate";
import { extractCorpus } from "../server/extract/index";

const root = fileURLToPath(new URL("..", import.meta.url));
const corpus = `${root}data/corpus`;
const gold = JSON.parse(readFileSync(`${root}tests/fixtures/annotations/gold.json`, "utf8")) as Gold;

function line(name: string, s: Score): string {
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`.padStart(7);
  return `  ${name.padEnd(16)} P ${pct(s.precision)}  R ${pct(s.recall)}   (tp ${s.tp}, fp ${s.fp}, fn ${s.fn})`;
}

function print(r: EvalResult, verbose: boolean): void {
  console.log("Entities (right type):");
  for (const [t, s] of Object.entries(r.entities)) console.log(line(t, s));
  console.log(line("ALL ENTITIES", r.entityTotal));
  console.log("Typed relationships:");
  for (const [t, s] of Object.entries(r.relations)) console.log(line(t, s));
  console.log(line("ALL RELATIONS", r.relationTotal));
  if (verbose) {
    console.log("\nFalse positives:");
    for (const k of r.falsePositives) console.log(`  + ${k}`);
    console.log("False negatives:");
    for (const k of r.falseNegatives) console.log(`  - ${k}`);
  }
}

const graph = await extractCorpus(corpus);
const texts = new Map<string, string>();
for (const d of graph.documents) texts.set(d.id.slice(4), readFileSync(`${corpus}/${d.file}`, "utf8"));
console.log(
  `Scope: ${gold.scope.map((s) => (s.whole ? s.doc : `${s.doc} [${s.from} … ${s.to}]`)).join("; ")}`,
);
console.log(`Gold: ${gold.entities.length} entities, ${gold.relations.length} relationships\n`);
print(evaluate(graph, gold, texts), process.argv.includes("--verbose"));
