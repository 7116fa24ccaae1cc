/** Tables of the scale benchmark: one run's figures with their baselines and ratios, and growth across runs. */
import fs from "node:fs";
import path from "node:path";
import type { CaseResult } from "./queries";

export interface ScaleReport {
  scale: string;
  machine: string;
  date: string;
  ingest?: {
    records: number;
    fileMb?: number;
    loaderSeconds: number;
    loaderPeakRssMb: number;
    baselineRowsPerSecond?: number;
    admin?: { csvSeconds: number; wallSeconds: number; importSeconds: number; nodes: number; rels: number };
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

export function formatReport(r: ScaleReport): string {
  const out: string[] = [`## scale ${r.scale} — ${r.date}`, `machine: ${r.machine}`, ""];
  const i = r.ingest;
  if (i) {
    const rate = i.records / i.loaderSeconds;
    const rows = [["ingest", "seconds", "records/s", "ratio (target)", "peak RSS MB"]];
    rows.push([
      "streaming loader (CLI, all passes)",
      f1(i.loaderSeconds),
      rate.toFixed(0),
      `1 (≥ 50000/s ${verdict(rate >= 50_000)})`,
      `${f1(i.loaderPeakRssMb)} (${f1(i.loaderPeakRssMb / (i.fileMb ?? Number.NaN))}× the file)`,
    ]);
    if (i.baselineRowsPerSecond)
      rows.push([
        "per-row MERGE baseline (sample)",
        `${f1(i.records / i.baselineRowsPerSecond)} (extrapolated)`,
        i.baselineRowsPerSecond.toFixed(0),
        `loader ${(rate / i.baselineRowsPerSecond).toFixed(0)}× (≥ 500× ${verdict(rate / i.baselineRowsPerSecond >= 500)})`,
        "",
      ]);
    if (i.admin)
      rows.push([
        "neo4j-admin database import",
        `${f1(i.admin.importSeconds)} (+${f1(i.admin.wallSeconds - i.admin.importSeconds)} JVM, +${f1(i.admin.csvSeconds)} CSV)`,
        (i.records / i.admin.importSeconds).toFixed(0),
        `loader ${(i.admin.importSeconds / i.loaderSeconds).toFixed(2)}× of it (≥ 0.5× ${verdict(i.admin.importSeconds / i.loaderSeconds >= 0.5)})`,
        "",
      ]);
    out.push(table(rows), "", `input ${f1(i.fileMb)} MB, ${i.records} records`, "");
  }
  const rows = [
    ["query", "API p50", "API p99", "floor p50", "floor p99", "API/floor p99", "target p99", "note"],
  ];
  const degree10 = new Map<string, number>();
  for (const q of r.queries)
    if (q.name.includes("degree-10")) degree10.set(q.name.replace("degree-10", "X"), q.apiP99);
  for (const q of r.queries) {
    let target = TARGETS.find(([re]) => re.test(q.name))?.[1];
    let extra = "";
    const d10 = degree10.get(q.name.replace("supernode", "X"));
    if (q.name.includes("supernode") && d10)
      extra = ` (${(q.apiP99 / d10).toFixed(1)}× degree-10, ≤ 2× ${verdict(q.apiP99 / d10 <= 2)})`;
    if (target !== undefined) extra = ` ≤ ${target} ${verdict(q.apiP99 <= target)}${extra}`;
    else target = undefined;
    rows.push([
      q.name,
      f1(q.apiP50),
      f1(q.apiP99),
      f1(q.floorP50),
      f1(q.floorP99),
      `${(q.apiP99 / q.floorP99).toFixed(2)} (≤ 1.5 ${verdict(q.apiP99 / q.floorP99 <= 1.5)})`,
      extra.trim(),
      q.note,
    ]);
  }
  const failed = r.queries.reduce((a, q) => a + (q.failures ?? 0), 0);
  out.push(
    table(rows),
    "",
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
