/**
 * `npm run eval`: extracts data/corpus and prints precision/recall per entity type and per typed
 * relationship against each hand annotation in tests/fixtures/annotations/ (gold.json: 000, 003,
 * table 1 of 002; gold-001-004.json: all of 001 and three sections of 004; scopes are described in
 * the files) and against their union. `--verbose` also lists false positives and false negatives.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { type EvalResult, evaluate, type Gold, mergeGold, type Score } from "../server/extract/evaluate";
import { extractCorpus } from "../server/extract/index";

const root = fileURLToPath(new URL("..", import.meta.url));
const corpus = `${root}data/corpus`;
export const GOLD_FILES = [
  "gold.json",
  "gold-001-004.json",
  "gold-002-heldout.json",
  "gold-rest-blind.json",
  "table1-focus-reannotation.json",
];
const golds = GOLD_FILES.map(
  (f) => [f, JSON.parse(readFileSync(`${root}tests/fixtures/annotations/${f}`, "utf8")) as Gold] as const,
);

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
for (const d of graph.documents)
  texts.set(d.id.slice(4), d.text ?? readFileSync(`${corpus}/${d.file}`, "utf8"));
const verbose = process.argv.includes("--verbose");
const sets: (readonly [string, Gold])[] = [...golds, ["COMBINED", mergeGold(golds.map(([, g]) => g))]];
for (const [name, gold] of sets) {
  console.log(`\n===== ${name} =====`);
  console.log(
    `Scope: ${gold.scope.map((s) => (s.whole ? s.doc : `${s.doc} [${s.from} … ${s.to}]`)).join("; ")}`,
  );
  console.log(`Gold: ${gold.entities.length} entities, ${gold.relations.length} relationships\n`);
  print(evaluate(graph, gold, texts), verbose && name !== "COMBINED");
}
