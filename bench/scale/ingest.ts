/**
 * Ingest figures, on the same generated file in one run:
 *  - the streaming loader, run as the real CLI (`zonegraph load --graph`) in a child process, with its
 *    peak RSS (GNU time);
 *  - a per-row MERGE baseline (one record per transaction) on a sample of the same records;
 *  - `neo4j-admin database import full` on CSVs written from the same file.
 */
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import type { GraphEdge, GraphNode } from "../../contracts/graph";
import { PROJECT_ROOT } from "../../server/config";
import { adminImport } from "../../server/load/adminImport";
import { writeImportCsv } from "../../server/load/csv";
import { applySchema, resetGraph } from "../../server/load/loader";
import { edgesQuery, nodesQuery } from "../../server/load/queries";
import { sourceFromFile } from "../../server/load/source";
import type { Executor, Neo4jConnection } from "../../server/neo4j/executor";

export interface LoaderRun {
  seconds: number;
  records: number;
  peakRssMb: number;
  output: string;
}

/** Where the CLI loads: a running Neo4j (NEO4J_URI), or its own embedded Neo4j in a fresh home. */
export type LoaderTarget = Neo4jConnection | { home: string; boltPort: number; heap: string };

function loaderEnv(target: LoaderTarget): NodeJS.ProcessEnv {
  if ("uri" in target)
    return {
      ...process.env,
      NEO4J_URI: target.uri,
      NEO4J_USER: target.user,
      NEO4J_PASSWORD: target.password,
      NEO4J_DATABASE: target.database,
    };
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ZONEGRAPH_HOME: target.home,
    NEO4J_BOLT_PORT: String(target.boltPort),
    NEO4J_HEAP: target.heap,
  };
  for (const k of ["NEO4J_URI", "NEO4J_USER", "NEO4J_PASSWORD", "NEO4J_DATABASE"]) delete env[k];
  return env;
}

/**
 * `zonegraph load --graph FILE` as a child process under /usr/bin/time (peak RSS: the CLI's process
 * tree as GNU time reports it, the JVMs it waits for included).
 */
export async function runLoaderCli(
  file: string,
  target: LoaderTarget,
  extra: string[] = [],
  log: (line: string) => void = () => {},
): Promise<LoaderRun> {
  const args = [
    "-f",
    "MAXRSS_KB=%M",
    process.execPath,
    "--import",
    "tsx",
    "server/cli/main.ts",
    "load",
    "--graph",
    file,
    ...extra,
  ];
  const t = performance.now();
  const output = await new Promise<string>((resolve, reject) => {
    const child = spawn("/usr/bin/time", args, {
      cwd: PROJECT_ROOT,
      env: loaderEnv(target),
      stdio: ["ignore", "pipe", "pipe"],
    });
    let out = "";
    let last = 0;
    const take = (b: Buffer) => {
      const s = b.toString();
      out += s;
      if (out.length > 200_000) out = out.slice(-100_000);
      if (performance.now() - last > 30_000) {
        last = performance.now();
        const line = s
          .split(/[\r\n]/)
          .filter(Boolean)
          .pop();
        if (line) log(`loader: ${line.trim()}`);
      }
    };
    child.stdout.on("data", take);
    child.stderr.on("data", take);
    child.once("error", reject);
    child.once("exit", (code) =>
      code === 0 ? resolve(out) : reject(new Error(`load exited ${code}: ${out.slice(-3000)}`)),
    );
  });
  const seconds = (performance.now() - t) / 1000;
  const rss = Number(/MAXRSS_KB=(\d+)/.exec(output)?.[1] ?? Number.NaN);
  const records = Number(/(\d+)\/\1 records/.exec(output)?.[1] ?? Number.NaN);
  return { seconds, records, peakRssMb: rss / 1024, output };
}

/** The CLI's memory report (`load --memory-report`, server/cli/commands/memoryReport.ts), in MB, or null. */
export interface LoaderMemory {
  baselineRssMb: number;
  loadRssMb: number;
  largestBatchMb: number;
  largestBatchRecords: number;
  /** RSS with Node and the driver's connection up, before the load read anything, and the peak above it. */
  idleRssMb?: number;
  aboveIdleRssMb?: number;
}

export function memoryLine(output: string): LoaderMemory | null {
  const m =
    /memory: peak RSS [\d.]+ MB, baseline ([\d.]+) MB, load ([\d.]+) MB; largest batch (\d+) records \(.*\), ([\d.]+) MB as JSON[^\n]*?(?:; idle baseline ([\d.]+) MB, above idle ([\d.]+) MB[^\n]*)?$/m.exec(
      output,
    );
  if (!m) return null;
  return {
    baselineRssMb: Number(m[1]),
    loadRssMb: Number(m[2]),
    largestBatchRecords: Number(m[3]),
    largestBatchMb: Number(m[4]),
    ...(m[5] === undefined ? {} : { idleRssMb: Number(m[5]), aboveIdleRssMb: Number(m[6]) }),
  };
}

/** The CLI's own summary of a bulk load ("bulk: N records in S s (…): CSV …"), or null. */
export function bulkLine(output: string): { seconds: number; line: string } | null {
  const m = /bulk: \d+ records in ([\d.]+) s [^\n]*/.exec(output);
  return m ? { seconds: Number(m[1]), line: m[0] } : null;
}

/**
 * One record per transaction: the per-row MERGE baseline, on the first `n` edges of the file and the
 * entities they connect, written into the empty database (as fresh as the loader's own writes) and
 * removed again afterwards, so that the loader that follows starts from the same empty graph.
 */
export async function perRowBaseline(
  executor: Executor,
  file: string,
  n: number,
): Promise<{ rows: number; seconds: number }> {
  const edges: GraphEdge[] = [];
  for await (const { section, item } of sourceFromFile(file).records()) {
    if (section === "edges") edges.push(item as GraphEdge);
    if (edges.length >= n) break;
  }
  const wanted = new Set(edges.flatMap((e) => [e.source, e.target]));
  const nodes: GraphNode[] = [];
  for await (const { section, item } of sourceFromFile(file).records()) {
    if (section === "nodes" && wanted.has((item as GraphNode).id)) nodes.push(item as GraphNode);
    if (nodes.length >= wanted.size || section === "edges") break;
  }
  await applySchema(executor);
  const t = performance.now();
  for (const node of nodes) await executor.executeWrite(nodesQuery(node.type, [node], "baseline"));
  for (const edge of edges) await executor.executeWrite(edgesQuery(edge.type, [edge], "baseline"));
  const seconds = (performance.now() - t) / 1000;
  await resetGraph(executor);
  return { rows: nodes.length + edges.length, seconds };
}

export async function adminImportRun(file: string, workDir: string, log: (line: string) => void) {
  const t = performance.now();
  const csv = await writeImportCsv(sourceFromFile(file), path.join(workDir, "csv"));
  const csvSeconds = (performance.now() - t) / 1000;
  log(`CSV for neo4j-admin written in ${csvSeconds.toFixed(1)} s`);
  const r = await adminImport(csv, path.join(workDir, "home"), workDir, { log });
  const { importSeconds, nodes, relationships: rels } = r;
  fs.rmSync(workDir, { recursive: true, force: true });
  return { csvSeconds, wallSeconds: r.seconds, importSeconds, nodes, rels };
}
