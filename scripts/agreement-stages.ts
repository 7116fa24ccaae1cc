/**
 * `npm run agreement -- --stages [--list]`: agreement of two annotators on the `stage` of ALIGNS_WITH relations.
 * A's stages are the `stage` keys of the ALIGNS_WITH relations of tests/fixtures/annotations/real-set<N>-{dev,heldout}.json;
 * B's are tests/fixtures/annotations/second/aligns-stages-b.json ({stages: [{file, doc, source, target, quote, stage}]}).
 * Relations are matched by file, document, source, target and quote; a relation without a stage is "none".
 * Prints all relations, held-out and dev apart: exact agreement, Cohen's kappa over the stage values (none included),
 * the four counts (both none, same stage, different stage, one none) and the confusion table; `--list` lists every
 * disagreement. No extraction runs.
 */
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

/** One ALIGNS_WITH relation and the stage an annotator gave it (null: no stage). */
export interface StageRow {
  file: string;
  doc: string;
  source: string;
  target: string;
  quote: string;
  stage: string | null;
}

export interface StageDisagreement {
  key: string;
  a: string | null;
  b: string | null;
}

export interface StageAgreement {
  /** Relations both annotations hold. */
  matched: number;
  bothNone: number;
  sameStage: number;
  differentStage: number;
  /** A gives a stage, B none. */
  onlyA: number;
  /** B gives a stage, A none. */
  onlyB: number;
  /** Share of matched relations with the same value (none counts as a value). */
  exact: number;
  /** Cohen's kappa over the values (none included); 1 when both use one value everywhere alike. */
  kappa: number;
  /** confusion[a][b]: relations A marks a and B marks b ("none" for no stage). */
  confusion: Record<string, Record<string, number>>;
  disagreements: StageDisagreement[];
  /** Keys only one annotation has (both should be empty: B covers exactly A's relations). */
  unmatchedA: string[];
  unmatchedB: string[];
}

const NONE = "none";

/** The key two annotations share for one relation. */
export const stageKey = (r: StageRow): string => [r.file, r.doc, r.source, r.target, r.quote].join(" | ");

function byKey(rows: StageRow[], who: string): Map<string, StageRow> {
  const map = new Map<string, StageRow>();
  for (const r of rows) {
    const key = stageKey(r);
    if (map.has(key)) throw new Error(`agreement --stages: ${who} has the relation twice: ${key}`);
    map.set(key, r);
  }
  return map;
}

/** Cohen's kappa of two parallel value lists of equal length. */
export function cohensKappa(a: string[], b: string[]): number {
  const n = a.length;
  if (n === 0 || n !== b.length) throw new Error("cohensKappa: two non-empty lists of equal length needed");
  const count = (xs: string[], v: string) => xs.filter((x) => x === v).length;
  const observed = a.filter((x, i) => x === b[i]).length / n;
  const chance = [...new Set([...a, ...b])].reduce((s, v) => s + (count(a, v) / n) * (count(b, v) / n), 0);
  return chance === 1 ? 1 : (observed - chance) / (1 - chance);
}

/** Compares A's stages with B's, relation by relation. */
export function compareStages(a: StageRow[], b: StageRow[]): StageAgreement {
  const am = byKey(a, "A");
  const bm = byKey(b, "B");
  const r: StageAgreement = {
    matched: 0,
    bothNone: 0,
    sameStage: 0,
    differentStage: 0,
    onlyA: 0,
    onlyB: 0,
    exact: 0,
    kappa: 0,
    confusion: {},
    disagreements: [],
    unmatchedA: [...am.keys()].filter((k) => !bm.has(k)),
    unmatchedB: [...bm.keys()].filter((k) => !am.has(k)),
  };
  const av: string[] = [];
  const bv: string[] = [];
  for (const [key, ra] of am) {
    const rb = bm.get(key);
    if (!rb) continue;
    const x = ra.stage ?? NONE;
    const y = rb.stage ?? NONE;
    av.push(x);
    bv.push(y);
    const row = r.confusion[x] ?? {};
    row[y] = (row[y] ?? 0) + 1;
    r.confusion[x] = row;
    if (x === y) {
      if (x === NONE) r.bothNone++;
      else r.sameStage++;
      continue;
    }
    r.disagreements.push({ key, a: ra.stage, b: rb.stage });
    if (x === NONE) r.onlyB++;
    else if (y === NONE) r.onlyA++;
    else r.differentStage++;
  }
  r.matched = av.length;
  if (r.matched > 0) {
    r.exact = (r.bothNone + r.sameStage) / r.matched;
    r.kappa = cohensKappa(av, bv);
  }
  return r;
}

const root = fileURLToPath(new URL("..", import.meta.url));
const annotations = `${root}tests/fixtures/annotations/`;

interface Relation {
  doc: string;
  type: string;
  source: string;
  target: string;
  quote: string;
  stage?: string;
}

/** A's rows: every ALIGNS_WITH relation of the real-set files that exist (sets 1 to 18). */
export function readStagesA(sets: number[]): StageRow[] {
  const files = sets.flatMap((n) => [`real-set${n}-dev.json`, `real-set${n}-heldout.json`]);
  return files
    .filter((f) => existsSync(`${annotations}${f}`))
    .flatMap((file) =>
      (JSON.parse(readFileSync(`${annotations}${file}`, "utf8")) as { relations: Relation[] }).relations
        .filter((r) => r.type === "ALIGNS_WITH")
        .map((r) => ({
          file,
          doc: r.doc,
          source: r.source,
          target: r.target,
          quote: r.quote,
          stage: r.stage ?? null,
        })),
    );
}

/** B's rows. */
export function readStagesB(): StageRow[] {
  const path = `${annotations}second/aligns-stages-b.json`;
  return (JSON.parse(readFileSync(path, "utf8")) as { stages: StageRow[] }).stages;
}

const pct = (x: number) => `${(100 * x).toFixed(1)} %`;

function printOne(title: string, r: StageAgreement, list: boolean): void {
  console.log(`\n===== ${title}: ${r.matched} relations =====`);
  console.log(`  exact agreement ${pct(r.exact)}   Cohen's kappa ${r.kappa.toFixed(2)}`);
  console.log(
    `  both none ${r.bothNone}, same stage ${r.sameStage}, different stage ${r.differentStage}, ` +
      `one none ${r.onlyA + r.onlyB} (A only ${r.onlyA}, B only ${r.onlyB})`,
  );
  const values = [...new Set(Object.values(r.confusion).flatMap((row) => Object.keys(row)))];
  const cols = [...new Set([...Object.keys(r.confusion), ...values])].sort();
  console.log(`  A \\ B      ${cols.map((c) => c.padStart(9)).join("")}`);
  for (const x of cols)
    console.log(
      `  ${x.padEnd(10)} ${cols.map((y) => String(r.confusion[x]?.[y] ?? 0).padStart(9)).join("")}`,
    );
  if (r.unmatchedA.length + r.unmatchedB.length > 0)
    console.log(`  UNMATCHED: only A ${r.unmatchedA.length}, only B ${r.unmatchedB.length}`);
  if (!list) return;
  for (const d of r.disagreements) console.log(`  A ${d.a ?? NONE} / B ${d.b ?? NONE}: ${d.key}`);
}

/** The `--stages` report: all relations, then held-out and dev apart. */
export function printStageAgreement(list: boolean): void {
  const a = readStagesA(Array.from({ length: 18 }, (_, i) => i + 1));
  const b = readStagesB();
  const held = (r: StageRow) => r.file.endsWith("-heldout.json");
  console.log("ALIGNS_WITH stages: B (second/aligns-stages-b.json) against A (real-set1..18 `stage` keys).");
  printOne("sets 1-18, all", compareStages(a, b), list);
  printOne("sets 1-18, held-out", compareStages(a.filter(held), b.filter(held)), false);
  printOne(
    "sets 1-18, dev",
    compareStages(
      a.filter((r) => !held(r)),
      b.filter((r) => !held(r)),
    ),
    false,
  );
}
