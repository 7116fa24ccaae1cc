/**
 * `npm run bench`: start an ephemeral Neo4j the way the test global setup does (or use NEO4J_URI),
 * load the corpus, run every bench/<suite>/*.bench.ts (or those named on the command line), print
 * a table. A bench module exports `benches: Bench[]`; each bench gets the Executor and returns samples.
 */
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { PROJECT_ROOT } from "../server/config";
import { loadCorpus } from "../server/load/corpus";
import { startEphemeralNeo4j } from "../server/neo4j/ephemeral";
import type { Executor } from "../server/neo4j/executor";

export interface BenchResult {
  /** Latencies in milliseconds. */
  samples: number[];
  /** Free-form facts shown in the table, e.g. "truncated=true nodes=150". */
  note?: string;
  /** Target p95 in ms: the run fails when it is exceeded. */
  targetP95Ms?: number;
}
export interface Bench {
  name: string;
  run(executor: Executor): Promise<BenchResult>;
}

export function percentile(samples: number[], p: number): number {
  const s = [...samples].sort((a, b) => a - b);
  if (s.length === 0) return Number.NaN;
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)] as number;
}

async function main() {
  const argv = process.argv.slice(2);
  if (argv.includes("--scale")) {
    const { runScaleBench } = await import("./scale/run");
    process.exit(await runScaleBench(argv));
  }
  if (argv[0] === "client") {
    await import("./client/run");
    return;
  }
  if (argv[0] === "extract") {
    await import("./extract/run");
    return;
  }
  const filters = argv;
  const log = (line: string) => process.stderr.write(`[bench] ${line}\n`);
  const neo4j = await startEphemeralNeo4j({ prefix: "zonegraph-bench-", log });
  const executor = neo4j.executor();
  let failed = false;
  try {
    const loaded = await loadCorpus(executor, path.join(PROJECT_ROOT, "data", "corpus"), { reset: true });
    log(`corpus loaded: ${loaded.documents} documents in ${loaded.seconds.toFixed(1)} s`);
    const benchDir = path.join(PROJECT_ROOT, "bench");
    const files = fs
      .readdirSync(benchDir, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .flatMap((d) =>
        fs
          .readdirSync(path.join(benchDir, d.name))
          .filter((f) => f.endsWith(".bench.ts"))
          .map((f) => path.join(benchDir, d.name, f)),
      )
      .filter((f) => filters.length === 0 || filters.some((x) => f.includes(x)))
      .sort();
    const rows: string[][] = [["bench", "n", "p50 ms", "p95 ms", "max ms", "target p95", "note"]];
    for (const file of files) {
      const mod = (await import(pathToFileURL(file).href)) as { benches?: Bench[] };
      for (const bench of mod.benches ?? []) {
        const r = await bench.run(executor);
        const p95 = percentile(r.samples, 95);
        const ok = r.targetP95Ms === undefined || p95 < r.targetP95Ms;
        if (!ok) failed = true;
        rows.push([
          bench.name,
          String(r.samples.length),
          percentile(r.samples, 50).toFixed(1),
          p95.toFixed(1),
          Math.max(...r.samples).toFixed(1),
          r.targetP95Ms === undefined ? "" : `< ${r.targetP95Ms} ${ok ? "ok" : "FAIL"}`,
          r.note ?? "",
        ]);
      }
    }
    const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? "").length))) ?? [];
    for (const r of rows) process.stdout.write(`${r.map((c, i) => c.padEnd(widths[i] ?? 0)).join("  ")}\n`);
  } finally {
    await executor.close();
    await neo4j.dispose();
  }
  process.exit(failed ? 1 : 0);
}

main().catch((error: unknown) => {
  process.stderr.write(`bench: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
