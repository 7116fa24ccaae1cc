/**
 * `npm run agreement [-- --set 8|9|10|11|12|13|14|15|16|17|18|19|20|21|22|23|24|25|26|27|all]`: inter-annotator agreement on a real-text set (default 8; `all`
 * pools every set of `SETS`). Scores the second, independent annotation (e.g.
 * tests/fixtures/annotations/second/real-set8-b.json, "B") against the first (real-set8-dev.json +
 * real-set8-heldout.json, "A") on the documents B covers, per entity type and
 * per relationship type, with the very matching `npm run eval` uses (server/extract/evaluate.ts):
 * B becomes a graph whose mentions and evidence sit at B's quotes, evaluated against A restricted
 * to B's documents. Swapping A and B swaps precision and recall; F1 is symmetric (plain agreement).
 * `--list` also lists the items only one annotator has (B-only "+", A-only "-"). No extraction runs.
 * `--stages` instead compares the two annotations of ALIGNS_WITH stages (scripts/agreement-stages.ts).
 */
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { ExtractedGraph, GraphEdge, GraphNode, Mention } from "../contracts/graph";
import {
  type EvalResult,
  evaluate,
  type Gold,
  mergeGold,
  quoteAt,
  type Score,
  SYMMETRIC_RELATIONS,
} from "../server/extract/evaluate";
import { printStageAgreement } from "./agreement-stages";

export type AgreementScore = Score & { f1: number };
export interface Agreement {
  entities: Record<string, AgreementScore>;
  relations: Record<string, AgreementScore>;
  entityTotal: AgreementScore;
  relationTotal: AgreementScore;
  /** relationTotal with two-sided types (SYMMETRIC_RELATIONS) matched in either direction. */
  relationTotalEitherWay: AgreementScore;
  /** Items only B has ("doc|id" or "doc|type|source|target"). */
  onlyB: string[];
  /** Items only A has. */
  onlyA: string[];
}

/** Harmonic mean of precision and recall (0 when both are 0). */
export function f1(s: Score): AgreementScore {
  const d = s.precision + s.recall;
  return { ...s, f1: d === 0 ? 0 : (2 * s.precision * s.recall) / d };
}

/** Offset of an annotation quote in its document; a quote that is not there is an error. */
function offsetOf(texts: Map<string, string>, doc: string, quote: string): number {
  const text = texts.get(doc);
  if (text === undefined) throw new Error(`agreement: no text for document ${doc}`);
  const at = quoteAt(text, quote, 0);
  if (!Number.isFinite(at)) throw new Error(`agreement: quote not found in ${doc}: "${quote}"`);
  return at;
}

function nodeOf(id: string): GraphNode {
  const colon = id.indexOf(":");
  if (colon <= 0) throw new Error(`agreement: id without a type prefix: "${id}"`);
  const type = id.slice(0, colon) as GraphNode["type"];
  return {
    id,
    type,
    name: id.slice(colon + 1),
    nameEn: null,
    aliases: [],
    source: "pattern",
    properties: {},
  };
}

/** Annotation B as an extracted graph: one mention per entity, one edge per relationship. */
export function annotationAsGraph(b: Gold, texts: Map<string, string>): ExtractedGraph {
  const nodes = new Map<string, GraphNode>();
  const addNode = (id: string) => nodes.set(id, nodes.get(id) ?? nodeOf(id));
  const mentions: Mention[] = b.entities.map((e) => {
    addNode(e.id);
    const start = offsetOf(texts, e.doc, e.quote);
    const doc = `doc:${e.doc}`;
    return { node: e.id, passage: `${doc}#all`, doc, start, end: start + e.quote.length, surface: e.quote };
  });
  const edges: GraphEdge[] = b.relations.map((r) => {
    addNode(r.source);
    addNode(r.target);
    const start = offsetOf(texts, r.doc, r.quote);
    const doc = `doc:${r.doc}`;
    const evidence = [
      {
        doc,
        passage: `${doc}#all`,
        start,
        end: start + r.quote.length,
        quote: r.quote,
        method: "human" as const,
      },
    ];
    const type = r.type as GraphEdge["type"];
    return {
      id: `${type}:${r.source}->${r.target}`,
      source: r.source,
      target: r.target,
      type,
      evidence,
      confidence: 1,
      properties: {},
    };
  });
  return {
    version: 1,
    documents: [],
    passages: [],
    nodes: [...nodes.values()],
    edges,
    mentions,
    claims: [],
    problems: [],
  };
}

/** A restricted to the documents of B's scope; a document B covers and A does not is an error. */
export function restrictTo(a: Gold, b: Gold): Gold {
  const docs = new Set(b.scope.map((s) => s.doc));
  const scope = a.scope.filter((s) => docs.has(s.doc));
  for (const d of docs)
    if (!scope.some((s) => s.doc === d)) throw new Error(`agreement: annotation A does not cover ${d}`);
  return {
    scope,
    entities: a.entities.filter((e) => docs.has(e.doc)),
    relations: a.relations.filter((r) => docs.has(r.doc)),
  };
}

const withF1 = (m: Record<string, Score>) =>
  Object.fromEntries(Object.entries(m).map(([k, s]) => [k, f1(s)]));

/**
 * The same annotation with some ids renamed (`names`: old id -> new id), to measure agreement once
 * two spellings of one entity are counted as one; ids not in `names` are kept.
 */
export function renameIds(g: Gold, names: Record<string, string>): Gold {
  const to = (id: string) => names[id] ?? id;
  return {
    ...g,
    entities: g.entities.map((e) => ({ ...e, id: to(e.id) })),
    relations: g.relations.map((r) => ({ ...r, source: to(r.source), target: to(r.target) })),
  };
}

/** Scores B against A (A is the reference: precision = share of B that A has). */
export function agreement(a: Gold, b: Gold, texts: Map<string, string>): Agreement {
  const r: EvalResult = evaluate(annotationAsGraph(b, texts), restrictTo(a, b), texts);
  return {
    entities: withF1(r.entities),
    relations: withF1(r.relations),
    entityTotal: f1(r.entityTotal),
    relationTotal: f1(r.relationTotal),
    relationTotalEitherWay: f1(r.relationTotalEitherWay),
    onlyB: r.falsePositives,
    onlyA: r.falseNegatives,
  };
}

const root = fileURLToPath(new URL("..", import.meta.url));
const annotations = `${root}tests/fixtures/annotations/`;
const readJson = (path: string) => JSON.parse(readFileSync(path, "utf8")) as Gold;

/** One real-text set with a second annotation: A's files (dev, held-out), B's file, B's name map, text folders. */
export interface SetConfig {
  aFiles: [dev: string, heldout: string];
  bFile: string;
  /** B's spellings of entities A spells differently (class c of the README's classification), if any. */
  namesFile: string;
  folders: string[];
}

/** A set's files follow one naming: A's real-set<N>-dev/-heldout, B's second/real-set<N>-b(-names), its folders. */
const setConfig = (n: number): SetConfig => ({
  aFiles: [`real-set${n}-dev.json`, `real-set${n}-heldout.json`],
  bFile: `second/real-set${n}-b.json`,
  namesFile: `second/real-set${n}-b-names.json`,
  folders: [`tests/fixtures/real/set${n}/dev`, `tests/fixtures/real/set${n}/heldout`],
});

/** The sets with a second annotation (8 to 27), by their number. */
export const SETS: Record<string, SetConfig> = Object.fromEntries(
  Array.from({ length: 27 - 8 + 1 }, (_, i) => 8 + i).map((n) => [String(n), setConfig(n)]),
);

/**
 * The sets `--set` asks for: `--set 9` or `--set=9` one set, `--set all` every set pooled, none set 8.
 * An unknown set is an error naming it and the known ones.
 */
export function parseSets(argv: string[]): string[] {
  const at = argv.findIndex((x) => x === "--set" || x.startsWith("--set="));
  if (at < 0) return ["8"];
  const arg = argv[at] as string;
  const value = arg.startsWith("--set=") ? arg.slice("--set=".length) : argv[at + 1];
  if (value === "all") return Object.keys(SETS);
  if (value === undefined || !(value in SETS))
    throw new Error(`agreement: unknown set "${value ?? ""}" (known: ${Object.keys(SETS).join(", ")}, all)`);
  return [value];
}

/** Texts of every document of the set, keyed by file name without ".txt". */
function readTexts(docs: string[], folders: string[]): Map<string, string> {
  const texts = new Map<string, string>();
  for (const doc of docs) {
    const path = folders.map((f) => `${root}${f}/${doc}.txt`).find((p) => existsSync(p));
    if (!path) throw new Error(`agreement: no text file for document ${doc} in ${folders.join(", ")}`);
    texts.set(doc, readFileSync(path, "utf8"));
  }
  return texts;
}

function line(name: string, s: AgreementScore): string {
  const n = (x: number) => x.toFixed(2).padStart(5);
  return `  ${name.padEnd(16)} P ${n(s.precision)}  R ${n(s.recall)}  F1 ${n(s.f1)}   (both ${s.tp}, only B ${s.fp}, only A ${s.fn})`;
}

function report(title: string, a: Gold, b: Gold, texts: Map<string, string>, list: boolean): void {
  const r = agreement(a, b, texts);
  console.log(`\n===== ${title} (${b.scope.length} texts) =====`);
  console.log("Entities (type + canonical name, once per document):");
  for (const [t, s] of Object.entries(r.entities)) console.log(line(t, s));
  console.log(line("ALL ENTITIES", r.entityTotal));
  console.log("Typed relationships (type, source, target, once per document):");
  for (const [t, s] of Object.entries(r.relations)) console.log(line(t, s));
  console.log(line("ALL RELATIONS", r.relationTotal));
  console.log(line("  either way", r.relationTotalEitherWay));
  if (!list) return;
  console.log("\nOnly in B:");
  for (const k of r.onlyB) console.log(`  + ${k}`);
  console.log("Only in A:");
  for (const k of r.onlyA) console.log(`  - ${k}`);
}

/** B's name map of a set: an empty map when the set has none (no spelling differences). */
function readNames(file: string): Record<string, string> {
  const path = `${annotations}${file}`;
  if (!existsSync(path)) return {};
  return (JSON.parse(readFileSync(path, "utf8")) as { names: Record<string, string> }).names;
}

function main(): void {
  if (process.argv.includes("--stages")) {
    printStageAgreement(process.argv.includes("--list"));
    return;
  }
  const keys = parseSets(process.argv.slice(2));
  const sets = keys.map((k) => SETS[k] as SetConfig);
  const aFiles = sets.flatMap((c) => c.aFiles);
  const bFiles = sets.map((c) => c.bFile);
  const name = keys.length === 1 ? `set ${keys[0]}` : `sets ${keys.join(" + ")} pooled`;
  const a = mergeGold(aFiles.map((f) => readJson(`${annotations}${f}`)));
  const bs = bFiles.map((f) => readJson(`${annotations}${f}`));
  const b: Gold = {
    scope: bs.flatMap((g) => g.scope),
    entities: bs.flatMap((g) => g.entities),
    relations: bs.flatMap((g) => g.relations),
  };
  const folders = sets.flatMap((c) => c.folders);
  const texts = readTexts([...new Set([...a.scope, ...b.scope].map((s) => s.doc))], folders);
  const heldout = new Set(
    sets.flatMap((c) => readJson(`${annotations}${c.aFiles[1]}`).scope.map((s) => s.doc)),
  );
  const part = (keep: (doc: string) => boolean): Gold => ({
    scope: b.scope.filter((s) => keep(s.doc)),
    entities: b.entities.filter((e) => keep(e.doc)),
    relations: b.relations.filter((r) => keep(r.doc)),
  });
  console.log(`B (${bFiles.join(" + ")}) scored against A (${aFiles.join(" + ")}); A is the reference.`);
  console.log("P = share of B's items A also has, R = share of A's items B also has; F1 is symmetric.");
  console.log(
    `"either way": ALL RELATIONS with ${SYMMETRIC_RELATIONS.join(", ")} matched in either direction.`,
  );
  report(`${name}, all texts B covers`, a, b, texts, process.argv.includes("--list"));
  report(
    `${name}, held-out texts`,
    a,
    part((d) => heldout.has(d)),
    texts,
    false,
  );
  report(
    `${name}, dev texts`,
    a,
    part((d) => !heldout.has(d)),
    texts,
    false,
  );
  const names = Object.assign({}, ...sets.map((c) => readNames(c.namesFile))) as Record<string, string>;
  const namesFiles = sets.map((c) => c.namesFile).filter((f) => existsSync(`${annotations}${f}`));
  if (namesFiles.length === 0) return;
  report(
    `${name}, all texts, B's names mapped to A's spellings (${namesFiles.join(" + ")})`,
    a,
    renameIds(b, names),
    texts,
    false,
  );
}

/** Runs only as `npm run agreement` (tsx scripts/agreement.ts), not when imported by tests. */
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
