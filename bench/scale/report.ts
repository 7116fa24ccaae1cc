/** Tables of the scale benchmark: one run's figures with their baselines and ratios, and growth across runs. */
import fs from "node:fs";
import path from "node:path";
import type { LoaderMemory } from "./ingest";
import type { CaseResult } from "./queries";
import { formatSpread, type RoundFigures, ratioSpread, type Spread } from "./rounds";

export interface ScaleReport {
  scale: string;
  machine: string;
  date: string;
  ingest?: {
    records: number;
    fileMb?: number;
    loaderSeconds: number;
    loaderPeakRssMb: number;
    /** The transactional loader's own memory report: RSS over its baseline vs the largest batch. */
    loaderMemory?: LoaderMemory;
    baselineRowsPerSecond?: number;
    admin?: { csvSeconds: number; wallSeconds: number; importSeconds: number; nodes: number; rels: number };
    /** `zonegraph load` on a first load into an empty embedded Neo4j (the bulk path from 200k records). */
    firstLoad?: FirstLoad;
  };
  queries: CaseResult[];
  apiPeakRssMb?: number;
}

/** Targets of issue 12 (p99, ms) by case-name prefix. */
const TARGETS: [RegExp, number][] = [
  [/^search 2-char/, 30],
  [/depth 1 \(cap 200\)/, 20],
  [/depth 2 \(cap 1000\)/, 60],
  [/^paths/, 200],
];

function table(rows: string[][]): string {
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? "").length))) ?? [];
  const lines = rows.map((r) => `| ${r.map((c, i) => c.padEnd(widths[i] ?? 0)).join(" | ")} |`);
  const rule = `|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`;
  return [lines[0], rule, ...lines.slice(1)].join("\n");
}
const verdict = (ok: boolean) => (ok ? "ok" : "MISSED");
const f1 = (x: number | undefined) => (x === undefined || Number.isNaN(x) ? "–" : x.toFixed(1));

export interface FirstLoad {
  /** "bulk" or "transactional": what `zonegraph load` chose by itself. */
  method: string;
  /** The CLI process, start to exit: Neo4j start and stop included. */
  wallSeconds: number;
  /** The load as the CLI reports it (validation, CSV, neo4j-admin with its JVM, restart, finish). */
  loadSeconds: number;
  peakRssMb: number;
  phases?: string;
}

/** A loader's rate against its targets: ≥ 50000/s, ≥ 500× the per-row baseline, ≥ 0.5× neo4j-admin. */
function loaderRow(
  name: string,
  seconds: number,
  i: NonNullable<ScaleReport["ingest"]>,
  rss: string,
): string[] {
  const rate = i.records / seconds;
  const parts = [`≥ 50000/s ${verdict(rate >= 50_000)}`];
  if (i.baselineRowsPerSecond) {
    const x = rate / i.baselineRowsPerSecond;
    parts.push(`${x.toFixed(0)}× baseline (≥ 500× ${verdict(x >= 500)})`);
  }
  if (i.admin) {
    // The target's measure: neo4j-admin's own import alone (its CSVs written apart, not counted).
    const x = i.admin.importSeconds / seconds;
    parts.push(`${x.toFixed(2)}× admin (≥ 0.5× ${verdict(x >= 0.5)})`);
    // A second, looser ratio for the reader: neo4j-admin with the CSV conversion it needs.
    const withCsv = (i.admin.importSeconds + i.admin.csvSeconds) / seconds;
    parts.push(`${withCsv.toFixed(2)}× admin incl. its CSV conversion (not the target's measure)`);
  }
  return [name, f1(seconds), rate.toFixed(0), parts.join("; "), rss];
}

/** The loader's RSS over its baseline against the largest batch (target ≤ 1.5×). */
function memoryCell(m: NonNullable<ScaleReport["ingest"]>["loaderMemory"]): string {
  if (!m) return "";
  const ratio = m.loadRssMb / m.largestBatchMb;
  const idle =
    m.aboveIdleRssMb === undefined
      ? ""
      : `; ${f1(m.aboveIdleRssMb)} above its idle ${f1(m.idleRssMb ?? Number.NaN)} (driver connected) = ${f1(m.aboveIdleRssMb / m.largestBatchMb)}× the batch`;
  return `; ${f1(m.loadRssMb)} over its ${f1(m.baselineRssMb)} baseline = ${f1(ratio)}× the largest batch (${m.largestBatchMb.toFixed(2)} MB, ${m.largestBatchRecords} records; ≤ 1.5× ${verdict(ratio <= 1.5)})${idle}`;
}

function ingestTable(i: NonNullable<ScaleReport["ingest"]>): string {
  const rows = [["ingest", "seconds", "records/s", "ratios (targets)", "peak RSS MB"]];
  const f = i.firstLoad;
  if (f)
    rows.push(
      loaderRow(
        `zonegraph load, first load (${f.method}; CLI wall incl. Neo4j start/stop)`,
        f.wallSeconds,
        i,
        f1(f.peakRssMb),
      ),
      loaderRow(
        `zonegraph load, first load (${f.method}; the load as the CLI times it)`,
        f.loadSeconds,
        i,
        "",
      ),
    );
  // --skip-transactional leaves the loader's figures NaN: no row rather than a row of NaN
  if (Number.isFinite(i.loaderSeconds))
    rows.push(
      loaderRow(
        "transactional loader (CLI --no-bulk, all passes)",
        i.loaderSeconds,
        i,
        `${f1(i.loaderPeakRssMb)} (${f1(i.loaderPeakRssMb / (i.fileMb ?? Number.NaN))}× the file)${memoryCell(i.loaderMemory)}`,
      ),
    );
  if (i.baselineRowsPerSecond)
    rows.push([
      "per-row MERGE baseline (sample)",
      `${f1(i.records / i.baselineRowsPerSecond)} (extrapolated)`,
      i.baselineRowsPerSecond.toFixed(0),
      "",
      "",
    ]);
  if (i.admin)
    rows.push([
      "neo4j-admin database import",
      `${f1(i.admin.importSeconds)} (+${f1(i.admin.wallSeconds - i.admin.importSeconds)} JVM, +${f1(i.admin.csvSeconds)} CSV)`,
      (i.records / i.admin.importSeconds).toFixed(0),
      "",
      "",
    ]);
  const notes = f?.phases ? [`first load: ${f.phases}`] : [];
  return [table(rows), "", `input ${f1(i.fileMb)} MB, ${i.records} records`, ...notes].join("\n");
}

/**
 * A ratio of two cases' figures (or of two figures of one case): round by round when both were run in
 * rounds, its verdict on the median round; else (reports before rounds) the one ratio.
 */
export function ratioOf(
  a: CaseResult,
  b: CaseResult,
  pick: (r: RoundFigures) => number,
  pickB: (r: RoundFigures) => number = pick,
): Spread {
  if (a.rounds?.length && b.rounds?.length) return ratioSpread(a.rounds, b.rounds, pick, pickB);
  const x = pick(a as RoundFigures) / pickB(b as RoundFigures);
  return { median: x, min: x, max: x, rounds: 1 };
}

export function formatReport(r: ScaleReport): string {
  const out: string[] = [`## scale ${r.scale} — ${r.date}`, `machine: ${r.machine}`, ""];
  if (r.ingest) out.push(ingestTable(r.ingest), "");
  const rows = [
    [
      "query",
      "API p50",
      "API p99",
      "API max",
      "floor p50",
      "floor p99",
      "floor max",
      "API/floor p99",
      "target p99",
      "note",
    ],
  ];
  const degree10 = new Map<string, CaseResult>();
  for (const q of r.queries)
    if (q.name.includes("degree-10")) degree10.set(q.name.replace("degree-10", "X"), q);
  for (const q of r.queries) {
    const target = TARGETS.find(([re]) => re.test(q.name))?.[1];
    let extra = "";
    const d10 = degree10.get(q.name.replace("supernode", "X"));
    if (q.name.includes("supernode") && d10) {
      const x = ratioOf(q, d10, (c) => c.apiP99);
      extra = ` (${formatSpread(x, 1)}× degree-10, ≤ 2× ${verdict(x.median <= 2)})`;
    }
    if (target !== undefined) extra = ` ≤ ${target} ${verdict(q.apiP99 <= target)}${extra}`;
    const overFloor = ratioOf(
      q,
      q,
      (c) => c.apiP99,
      (c) => c.floorP99,
    );
    rows.push([
      q.name,
      f1(q.apiP50),
      f1(q.apiP99),
      q.apiMax === undefined ? "–" : f1(q.apiMax),
      f1(q.floorP50),
      f1(q.floorP99),
      q.floorMax === undefined ? "–" : f1(q.floorMax),
      `${formatSpread(overFloor)} (≤ 1.5 ${verdict(overFloor.median <= 1.5)})`,
      extra.trim(),
      q.note,
    ]);
  }
  const failed = r.queries.reduce((a, q) => a + (q.failures ?? 0), 0);
  const rounds = r.queries[0]?.rounds?.length ?? 1;
  out.push(
    table(rows),
    "",
    rounds > 1
      ? `query figures: the median over ${rounds} rounds of ${r.queries[0]?.n} samples each (API and floor pair by pair); max: the slowest of all rounds; each ratio is computed round by round, its verdict on the median round, with the lowest–highest round in brackets`
      : `query figures: one round of ${r.queries[0]?.n ?? 0} samples`,
    `failed requests: ${failed} in ${r.queries.filter((q) => (q.failures ?? 0) > 0).length} of ${r.queries.length} cases`,
    `API process peak RSS: ${f1(r.apiPeakRssMb)} MB`,
  );
  return out.join("\n");
}

export function growthTable(dir: string): string {
  const order = ["corpus", "10k", "100k", "1m"];
  const reports = fs
    .readdirSync(dir)
    .filter((f) => /^scale-.*\.json$/.test(f))
    .map((f) => JSON.parse(fs.readFileSync(path.join(dir, f), "utf8")) as ScaleReport)
    .sort((a, b) => order.indexOf(a.scale) - order.indexOf(b.scale));
  const names = [...new Set(reports.flatMap((r) => r.queries.map((q) => q.name)))];
  const rows = [["API p50 / p99 ms", ...reports.map((r) => r.scale)]];
  const cell = (q: CaseResult | undefined) => (q ? `${f1(q.apiP50)} / ${f1(q.apiP99)}` : "–");
  for (const n of names) rows.push([n, ...reports.map((r) => cell(r.queries.find((q) => q.name === n)))]);
  rows.push([
    "loader records/s",
    ...reports.map((r) => (r.ingest ? (r.ingest.records / r.ingest.loaderSeconds).toFixed(0) : "–")),
  ]);
  return `## growth with graph size\n${table(rows)}`;
}
