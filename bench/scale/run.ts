/**
 * `npm run bench -- --scale corpus|10k|100k|1m [--only ingest [--skip-transactional]] [--skip-admin] [--skip-first-load] [--baseline EDGES] [--rounds N] [--port N] [--bolt-port N]`:
 * generate (or reuse) a synthetic graph, time the per-row MERGE baseline on its first EDGES edges and
 * their entities (in the empty database, removed after), load it with the transactional loader (CLI
 * child with --no-bulk, peak RSS), then API p50/p99 against the in-process floor, then `zonegraph
 * load` as a first load into its own empty embedded Neo4j (the bulk path: CSV, neo4j-admin, finish,
 * all on its clock; Bolt port --bolt-port + 1, default 7700), then neo4j-admin import on the same data.
 * The query cases run in --rounds rounds (default 5, see rounds.ts).
 * Results go to test-output/bench/scale-<scale>.json; the growth table covers every scale run.
 * `--only ingest` runs the ingest figures alone (no query or export case; written to
 * ingest-<scale>.json, so the growth table keeps the last full run); `--skip-transactional` then also
 * leaves out the transactional loader (the longest step at 1m).
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { PROJECT_ROOT } from "../../server/config";
import { loadCorpus } from "../../server/load/corpus";
import { freePort } from "../../server/neo4j/embedded";
import { startEphemeralNeo4j } from "../../server/neo4j/ephemeral";
import { runExportBench } from "./export";
import { type Generated, generateGraph } from "./generate";
import { adminImportRun, bulkLine, memoryLine, perRowBaseline, runLoaderCli } from "./ingest";
import { findTargets, runQueryBench } from "./queries";
import { type FirstLoad, formatReport, growthTable, type ScaleReport } from "./report";

export const SCALES = {
  corpus: null,
  "10k": { entities: 10_000, edges: 50_000, superDegree: 2_000 },
  "100k": { entities: 100_000, edges: 500_000, superDegree: 20_000 },
  "1m": { entities: 1_000_000, edges: 5_000_000, superDegree: 20_000 },
} as const;
export type Scale = keyof typeof SCALES;

const OUT_DIR = path.join(PROJECT_ROOT, "test-output", "bench");

async function generated(scale: Exclude<Scale, "corpus">, log: (l: string) => void): Promise<Generated> {
  const file = path.join(os.tmpdir(), `zonegraph-bench-${scale}.ndjson`);
  const meta = `${file}.meta.json`;
  if (fs.existsSync(file) && fs.existsSync(meta)) {
    log(`reusing ${file}`);
    return JSON.parse(fs.readFileSync(meta, "utf8")) as Generated;
  }
  const t = performance.now();
  const g = await generateGraph(file, SCALES[scale]);
  fs.writeFileSync(meta, JSON.stringify(g));
  log(
    `generated ${g.entities} entities, ${g.edges} edges (${(g.bytes / 2 ** 20).toFixed(0)} MB) in ${((performance.now() - t) / 1000).toFixed(0)} s`,
  );
  return g;
}

export async function runScaleBench(argv: string[]): Promise<number> {
  const arg = (name: string) => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const scale = (arg("--scale") ?? "100k") as Scale;
  if (!(scale in SCALES))
    throw new Error(`--scale ${scale}: expected one of ${Object.keys(SCALES).join(", ")}`);
  const only = arg("--only");
  if (only !== undefined && only !== "ingest") throw new Error(`--only ${only}: expected ingest`);
  const ingestOnly = only === "ingest";
  const skipTransactional = argv.includes("--skip-transactional");
  if (skipTransactional && !ingestOnly)
    throw new Error("--skip-transactional needs --only ingest (the query cases read the loaded graph)");
  const save = (r: ScaleReport) => saveReport(r, ingestOnly ? "ingest" : "scale");
  const log = (line: string) =>
    process.stderr.write(`[bench ${scale}] ${new Date().toISOString().slice(11, 19)} ${line}\n`);
  const big = scale === "1m";
  const neo4j = await startEphemeralNeo4j({
    useEnv: false,
    prefix: "zonegraph-scale-",
    heap: big ? "4g" : "2g",
    pageCache: big ? "4g" : "1g",
    // Generous: on a loaded machine even the launcher's start-up transaction can take minutes.
    txTimeout: "600s",
    ...(arg("--bolt-port") ? { boltPort: Number(arg("--bolt-port")) } : {}),
    log,
  });
  const executor = neo4j.executor();
  let disposed = false;
  const report: ScaleReport = { scale, machine: machine(), date: new Date().toISOString(), queries: [] };
  try {
    let targets: { supernode: string; sample: string[] };
    const spec = SCALES[scale];
    if (spec === null) {
      const r = await loadCorpus(executor, path.join(PROJECT_ROOT, "data", "corpus"), { reset: true });
      report.ingest = { records: r.records, loaderSeconds: r.seconds, loaderPeakRssMb: Number.NaN };
      const top = await executor.executeRead({
        cypher: "MATCH (n:Entity) RETURN n.id AS id ORDER BY n.degree DESC LIMIT 40",
      });
      const ids = top.records.map((x) => String(x.get("id")));
      targets = { supernode: ids[0] ?? "", sample: ids.slice(1) };
    } else {
      const g = await generated(scale as Exclude<Scale, "corpus">, log);
      const records = g.documents + g.passages + g.entities + g.edges + g.mentions;
      // The per-row baseline first, on the empty database (it removes what it wrote).
      const base = await perRowBaseline(executor, g.file, Number(arg("--baseline") ?? (big ? 1000 : 500)));
      log(`per-row MERGE baseline: ${base.rows} rows in ${base.seconds.toFixed(1)} s`);
      const run = skipTransactional
        ? { seconds: Number.NaN, peakRssMb: Number.NaN, output: "" }
        : await transactionalRun(g.file, records, neo4j.connection, log);
      const memory = memoryLine(run.output);
      const steps = /steps: [^\n]*/.exec(run.output)?.[0];
      if (steps) log(`loader ${steps}`);
      const byStep = /memory by step: [^\n]*/.exec(run.output)?.[0];
      if (byStep) log(`loader ${byStep}`);
      if (!skipTransactional)
        log(
          `loader: ${run.seconds.toFixed(1)} s, ${(records / run.seconds).toFixed(0)} records/s, peak RSS ${run.peakRssMb.toFixed(0)} MB${memory ? `, ${memory.loadRssMb.toFixed(0)} MB over its baseline = ${(memory.loadRssMb / memory.largestBatchMb).toFixed(1)}× the largest batch (${memory.largestBatchMb.toFixed(2)} MB)${memory.aboveIdleRssMb === undefined ? "" : `, ${memory.aboveIdleRssMb.toFixed(0)} MB above its idle RSS`}` : ""}`,
        );
      report.ingest = {
        records,
        fileMb: g.bytes / 2 ** 20,
        loaderSeconds: run.seconds,
        loaderPeakRssMb: run.peakRssMb,
        ...(memory ? { loaderMemory: memory } : {}),
        baselineRowsPerSecond: base.rows / base.seconds,
      };
      save(report);
      targets = { supernode: g.supernode, sample: g.sample };
    }
    if (!ingestOnly) {
      const more = await findTargets(executor);
      const q = await runQueryBench(
        executor,
        {
          ...targets,
          degree10: more.degree10.length > 0 ? more.degree10 : targets.sample,
          corridors: more.corridors,
        },
        {
          port: Number(arg("--port") ?? 3130),
          ...(arg("--rounds") ? { rounds: positive("--rounds", arg("--rounds")) } : {}),
          log,
        },
      );
      report.queries = q.results;
      report.apiPeakRssMb = q.apiPeakRssMb;
      save(report);
      save(Object.assign(report, { export: await runExportBench(neo4j.connection, arg("--port"), log) }));
    }
    if (spec !== null && report.ingest) {
      const file = (await generated(scale as Exclude<Scale, "corpus">, log)).file;
      // Stop Neo4j first: the first load and neo4j-admin get the memory, as on a real first import.
      await executor.close();
      await neo4j.dispose();
      disposed = true;
      if (!argv.includes("--skip-first-load")) {
        const port = arg("--bolt-port") ? Number(arg("--bolt-port")) + 1 : await freePort();
        report.ingest.firstLoad = await firstLoadRun(file, big, port, log);
        save(report);
      }
      if (!argv.includes("--skip-admin")) {
        const admin = await adminImportRun(
          file,
          fs.mkdtempSync(path.join(os.tmpdir(), "zonegraph-admin-")),
          log,
        );
        report.ingest.admin = admin;
        log(
          `neo4j-admin import: ${admin.importSeconds.toFixed(1)} s (wall ${admin.wallSeconds.toFixed(1)} s, CSV ${admin.csvSeconds.toFixed(1)} s)`,
        );
      }
    }
  } finally {
    if (!disposed) {
      await executor.close();
      await neo4j.dispose();
    }
  }
  save(report);
  process.stdout.write(`${formatReport(report)}\n`);
  process.stdout.write(`${growthTable(OUT_DIR)}\n`);
  return 0;
}

/** `zonegraph load` as a user runs it first: NEO4J_URI unset, a fresh home, its own embedded Neo4j. */
async function firstLoadRun(
  file: string,
  big: boolean,
  boltPort: number,
  log: (l: string) => void,
): Promise<FirstLoad> {
  const home = fs.mkdtempSync(path.join(os.tmpdir(), "zonegraph-firstload-"));
  try {
    log("first load: zonegraph load --graph into an empty embedded Neo4j (bulk path when ≥ 200k records)…");
    const run = await runLoaderCli(file, { home, boltPort, heap: big ? "4g" : "2g" }, [], log);
    const bulk = bulkLine(run.output);
    const first: FirstLoad = {
      method: bulk ? "bulk" : "transactional",
      wallSeconds: run.seconds,
      loadSeconds: bulk?.seconds ?? Number(/done in ([\d.]+) s/.exec(run.output)?.[1] ?? run.seconds),
      peakRssMb: run.peakRssMb,
      ...(bulk ? { phases: bulk.line } : {}),
    };
    log(
      `first load (${first.method}): ${first.wallSeconds.toFixed(1)} s wall, ${first.loadSeconds.toFixed(1)} s load`,
    );
    return first;
  } finally {
    fs.rmSync(home, { recursive: true, force: true });
  }
}

/** Written after every step, so that a run stopped half-way still leaves its figures. */
function saveReport(report: ScaleReport, prefix: "scale" | "ingest"): void {
  fs.mkdirSync(OUT_DIR, { recursive: true });
  fs.writeFileSync(path.join(OUT_DIR, `${prefix}-${report.scale}.json`), JSON.stringify(report, null, 1));
}

/** The transactional loader as the real CLI (`--no-bulk`) into the bench's running Neo4j. */
async function transactionalRun(
  file: string,
  records: number,
  connection: Parameters<typeof runLoaderCli>[1],
  log: (l: string) => void,
) {
  log(`loading ${records} records with the transactional loader (CLI --no-bulk)…`);
  return runLoaderCli(file, connection, ["--no-bulk", "--memory-report"], log);
}

function positive(flag: string, value: string | undefined): number {
  const x = Number(value);
  if (!Number.isInteger(x) || x < 1) throw new Error(`${flag} ${value}: expected a whole number ≥ 1`);
  return x;
}

function machine(): string {
  const cpus = os.cpus();
  return `${cpus.length} × ${cpus[0]?.model ?? "cpu"}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, ${os.platform()} ${os.release()}, Node ${process.version}`;
}
