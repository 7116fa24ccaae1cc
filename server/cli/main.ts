/**
 * The `zonegraph` command line:
 *   zonegraph extract --corpus DIR --out FILE.json     (no Neo4j needed)
 *   zonegraph load [--corpus DIR | --graph FILE.json] [--reset]
 *   zonegraph export --format json|graphml|gexf|csv --out PATH [--ids ID,ID]
 *   zonegraph query NAME [--param key=value]… [--format table|json|csv] [--limit N]
 *   zonegraph neo4j start|stop|status
 * Bad arguments: one line naming the problem on stderr and exit code 2.
 */
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import cliProgress from "cli-progress";
import { type Config, ConfigError, loadConfig } from "../config";
import { extractCorpus } from "../extract/index";
import type { BulkSummary } from "../load/bulk";
import { loadCorpus } from "../load/corpus";
import { writeImportCsv } from "../load/csv";
import { limitHeapGrowth } from "../load/heapGrowth";
import { finishImport } from "../load/loader";
import { formatMemorySteps } from "../load/memoryProbe";
import { sourceFromFile } from "../load/source";
import { formatSteps } from "../load/steps";
import { validateSource } from "../load/validate";
import { connectNeo4j } from "../neo4j/connect";
import {
  credentialsFile,
  type RunningNeo4j,
  startEmbedded,
  statusEmbedded,
  stopEmbedded,
} from "../neo4j/embedded";
import { applyAllDecisions } from "../review/apply";
import { type BulkMode, loadFile } from "./commands/loadFile";
import { memoryLine, peakRss, rssNow } from "./commands/memoryReport";

export class UsageError extends Error {
  override name = "UsageError";
}

export interface CliIO {
  out: NodeJS.WritableStream;
  err: NodeJS.WritableStream;
  env: NodeJS.ProcessEnv;
}

const USAGE = `Usage: zonegraph <command> [options]

Commands:
  extract --corpus DIR --out FILE.json      extract entities, relationships and evidence (no Neo4j)
  load [--corpus DIR | --graph FILE.json|FILE.ndjson] [--reset [--allow-empty]] [--batch-size N]
       [--bulk | --no-bulk] [--memory-report]
                                            load a corpus folder or an extracted graph into Neo4j (a large
                                            first load into the empty embedded Neo4j uses neo4j-admin import;
                                            --memory-report: peak RSS against the largest batch)
  import --graph FILE.json|FILE.ndjson --out DIR
                                            write CSVs for neo4j-admin database import (first loads of huge graphs)
  import --finish                           after neo4j-admin import: schema, degrees, load record
  export --format json|graphml|gexf|csv --out PATH [--ids ID,ID,...]
                                            export the graph (or the given nodes) from Neo4j
  query NAME [--param key=value]... [--format table|json|csv] [--limit N]
                                            run a named query of cypher/queries
  add FILE... [--title T] [--author A] [--date D] [--kind K] [--commit] [--reject ID,...] [--json]
                                            preview (or with --commit load) PDF/DOCX/HTML/Markdown/text files
  decisions export --out FILE.json | import FILE.json | apply
                                            share and re-apply review decisions
  neo4j start|stop|status                   manage the embedded Neo4j (when NEO4J_URI is unset)
  help                                      this text
`;

function parse<T extends Record<string, { type: "string" | "boolean"; multiple?: boolean; short?: string }>>(
  argv: string[],
  options: T,
  { positionals = 0 } = {},
) {
  try {
    const parsed = parseArgs({ args: argv, options, strict: true, allowPositionals: positionals > 0 });
    if (parsed.positionals.length > positionals) {
      throw new UsageError(`unexpected argument: ${parsed.positionals[positionals]}`);
    }
    return parsed;
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError((error as Error).message.split("\n")[0] ?? "bad arguments");
  }
}

function requireDir(flag: string, dir: string): string {
  const resolved = path.resolve(dir);
  if (!fs.existsSync(resolved)) throw new UsageError(`${flag} ${dir}: no such folder`);
  if (!fs.statSync(resolved).isDirectory()) throw new UsageError(`${flag} ${dir}: not a folder`);
  return resolved;
}

function progressBar(io: CliIO, label: string) {
  const bar = new cliProgress.SingleBar(
    {
      format: `${label} [{bar}] {value}/{total} {what}`,
      stream: io.err as NodeJS.WriteStream,
      hideCursor: true,
      clearOnComplete: false,
      noTTYOutput: false,
      fps: 10,
    },
    cliProgress.Presets.shades_classic,
  );
  let started = false;
  return {
    update(done: number, total: number, what: string) {
      if (!started) {
        bar.start(total, 0, { what });
        started = true;
      }
      bar.setTotal(total);
      bar.update(done, { what });
    },
    stop() {
      if (started) bar.stop();
    },
  };
}

async function extractCommand(argv: string[], io: CliIO): Promise<number> {
  const { values } = parse(argv, { corpus: { type: "string" }, out: { type: "string" } });
  if (!values.corpus) throw new UsageError("extract needs --corpus DIR");
  if (!values.out) throw new UsageError("extract needs --out FILE.json");
  const corpus = requireDir("--corpus", values.corpus);
  const out = path.resolve(values.out);
  if (!fs.existsSync(path.dirname(out)))
    throw new UsageError(`--out ${values.out}: the folder does not exist`);
  const bar = progressBar(io, "extract");
  const graph = await extractCorpus(corpus, { onProgress: (d, t, f) => bar.update(d, t, path.basename(f)) });
  bar.stop();
  fs.writeFileSync(out, `${JSON.stringify(graph, null, 1)}\n`);
  for (const p of graph.problems) io.err.write(`${p.severity}: ${p.file}: ${p.message}\n`);
  io.out.write(
    `${graph.documents.length} documents, ${graph.passages.length} passages, ${graph.nodes.length} entities, ${graph.edges.length} relationships, ${graph.claims.length} claims → ${out}\n`,
  );
  return graph.documents.length > 0 ? 0 : 1;
}

function printSummary(
  io: CliIO,
  summary: { nodes: Record<string, number>; relationships: Record<string, number>; seconds: number },
) {
  io.out.write("nodes:\n");
  for (const [k, v] of Object.entries(summary.nodes)) io.out.write(`  ${k.padEnd(16)} ${v}\n`);
  io.out.write("relationships:\n");
  for (const [k, v] of Object.entries(summary.relationships)) io.out.write(`  ${k.padEnd(16)} ${v}\n`);
  io.out.write(`done in ${summary.seconds.toFixed(1)} s\n`);
}

/** Records per second and ETA while writing; a plain count while validating (total unknown). */
function loadBar(io: CliIO) {
  const bar = new cliProgress.SingleBar(
    {
      format: "load [{bar}] {percentage}% {value}/{total} records | {rate}/s | ETA {eta_formatted} | {what}",
      stream: io.err as NodeJS.WriteStream,
      hideCursor: true,
      clearOnComplete: false,
      etaBuffer: 50,
      fps: 5,
      noTTYOutput: true,
      notTTYSchedule: 10_000,
    },
    cliProgress.Presets.shades_classic,
  );
  const t0 = performance.now();
  let started = false;
  let lastNote = 0;
  return {
    update(done: number, total: number, what: string) {
      const rate = Math.round(done / Math.max(0.001, (performance.now() - t0) / 1000));
      if (total === 0) {
        if (performance.now() - lastNote > 2000) {
          lastNote = performance.now();
          io.err.write(`load: validated ${done} records (${rate}/s)\n`);
        }
        return;
      }
      if (!started) {
        bar.start(total, 0, { what, rate });
        started = true;
      }
      bar.update(done, { what, rate });
    },
    stop() {
      if (started) bar.stop();
      started = false;
    },
  };
}

async function loadCommand(argv: string[], io: CliIO, config: Config): Promise<number> {
  const { values } = parse(argv, {
    corpus: { type: "string" },
    graph: { type: "string" },
    reset: { type: "boolean" },
    "allow-empty": { type: "boolean" },
    "batch-size": { type: "string" },
    bulk: { type: "boolean" },
    "no-bulk": { type: "boolean" },
    "memory-report": { type: "boolean" },
  });
  const baselineRssBytes = rssNow();
  limitHeapGrowth();
  if (values.corpus && values.graph) throw new UsageError("load takes --corpus or --graph, not both");
  if (values.bulk && values["no-bulk"]) throw new UsageError("load takes --bulk or --no-bulk, not both");
  if ((values.bulk || values["no-bulk"]) && !values.graph)
    throw new UsageError("--bulk and --no-bulk apply to --graph FILE");
  const mode: BulkMode = values.bulk ? "force" : values["no-bulk"] ? "never" : "auto";
  if (values["allow-empty"] && !values.reset)
    throw new UsageError("--allow-empty only makes sense with --reset");
  const batchSize = values["batch-size"] === undefined ? undefined : Number(values["batch-size"]);
  if (batchSize !== undefined && !(Number.isInteger(batchSize) && batchSize >= 1 && batchSize <= 100_000))
    throw new UsageError(`--batch-size ${values["batch-size"]}: expected an integer from 1 to 100000`);
  let file: string | null = null;
  if (values.graph) {
    file = path.resolve(values.graph);
    if (!fs.existsSync(file)) throw new UsageError(`--graph ${values.graph}: no such file`);
    if (!fs.statSync(file).isFile()) throw new UsageError(`--graph ${values.graph}: not a file`);
  }
  const corpus = values.corpus ? requireDir("--corpus", values.corpus) : config.CORPUS_DIR;
  const neo4j = await connectNeo4j(config, { log: (l) => io.err.write(`${l}\n`) });
  const idleRssBytes = rssNow();
  const bar = loadBar(io);
  const options = {
    reset: values.reset ?? false,
    allowEmpty: values["allow-empty"] ?? false,
    ...(batchSize ? { batchSize } : {}),
    onProgress: (d: number, t: number, what: string) => bar.update(d, t, what),
    onNote: (line: string) => io.err.write(`${line}\n`),
    ...(values["memory-report"] ? { measureBatches: true } : {}),
  };
  let restarted: RunningNeo4j | null = null;
  try {
    const loaded = file ? await loadFile(neo4j, config, file, mode, options) : null;
    restarted = loaded?.restarted ?? null;
    const summary = loaded ? loaded.summary : await loadCorpus(neo4j.executor, corpus, options);
    bar.stop();
    for (const p of summary.problems) io.err.write(`${p.severity}: ${p.file}: ${p.message}\n`);
    printSummary(io, summary);
    if (loaded?.bulk) io.out.write(`${bulkPhases(summary as BulkSummary)}\n`);
    else if (summary.steps) io.out.write(`steps: ${formatSteps(summary.steps)}\n`);
    if (values["memory-report"]) {
      const { largestBatch } = summary;
      const figures = {
        baselineRssBytes,
        idleRssBytes,
        peakRssBytes: peakRss(),
        ...(largestBatch ? { largestBatch } : {}),
      };
      io.out.write(`${memoryLine(figures)}\n`);
      if (summary.memorySteps) io.out.write(`memory by step: ${formatMemorySteps(summary.memorySteps)}\n`);
    }
    // Review decisions survive re-extraction and --reset: re-applied after every load.
    const decisions = await applyAllDecisions(neo4j.executor);
    if (decisions.decisions > 0)
      io.out.write(`review decisions: ${decisions.applied} of ${decisions.decisions} applied\n`);
    return 0;
  } catch (error) {
    bar.stop();
    throw new Error(explainLoadError(error as Error));
  } finally {
    await neo4j.close();
    await restarted?.stop();
  }
}

/** The bulk path's wall time, phase by phase. */
export function bulkPhases(s: BulkSummary): string {
  const p = s.phases;
  const rate = Math.round(s.records / Math.max(s.seconds, 0.001));
  return `bulk: ${s.records} records in ${s.seconds.toFixed(1)} s (${rate} records/s): CSV ${p.csv.toFixed(1)} s, stop ${p.stop.toFixed(1)} s, neo4j-admin ${p.import.toFixed(1)} s (its import ${p.adminImport.toFixed(1)} s), start ${p.start.toFixed(1)} s, finish ${p.finish.toFixed(1)} s`;
}

/** Neo4j's memory refusals, rephrased as what to change. */
export function explainLoadError(error: Error): string {
  if (/memory|MemoryPool|OutOfMemory/i.test(error.message))
    return `${error.message}\nThe load hit a Neo4j memory limit: lower --batch-size (default 5000), or raise NEO4J_TX_MEMORY_MAX / NEO4J_HEAP (embedded default) or dbms.memory.transaction.total.max on your Neo4j. The load is recorded as failed; run it again to redo it.`;
  return error.message;
}

async function importCommand(argv: string[], io: CliIO, config: Config): Promise<number> {
  const { values } = parse(argv, {
    graph: { type: "string" },
    out: { type: "string" },
    finish: { type: "boolean" },
  });
  if (values.finish) {
    const neo4j = await connectNeo4j(config, { log: (l) => io.err.write(`${l}\n`) });
    try {
      const t = performance.now();
      const counts = await finishImport(neo4j.executor, "neo4j-admin import");
      printSummary(io, { ...counts, seconds: (performance.now() - t) / 1000 });
      return 0;
    } finally {
      await neo4j.close();
    }
  }
  if (!values.graph || !values.out)
    throw new UsageError("import needs --graph FILE and --out DIR (or --finish)");
  const file = path.resolve(values.graph);
  if (!fs.existsSync(file)) throw new UsageError(`--graph ${values.graph}: no such file`);
  const source = sourceFromFile(file);
  await validateSource(source);
  const csv = await writeImportCsv(source, path.resolve(values.out));
  if (csv.repeated > 0)
    throw new Error(
      `${values.graph} repeats ${csv.repeated} keys (ids, or relationships between the same two entities), which neo4j-admin cannot merge: use \`zonegraph load --graph\` (it imports and merges them) — nothing was changed.`,
    );
  io.out.write(
    `CSVs in ${path.resolve(values.out)}. With Neo4j stopped and the database empty, run:\n  neo4j-admin database import full --array-delimiter=$'\\x1f' --multiline-fields=true ${[
      ...csv.nodes.map((f) => `--nodes=${f}`),
      ...csv.relationships.map((f) => `--relationships=${f}`),
    ].join(" ")} neo4j\nthen start Neo4j and run: zonegraph import --finish\n`,
  );
  return 0;
}

async function exportCommand(argv: string[], io: CliIO, config: Config): Promise<number> {
  const { values } = parse(argv, {
    format: { type: "string" },
    out: { type: "string" },
    ids: { type: "string" },
  });
  const formats = ["json", "graphml", "gexf", "csv"] as const;
  const format = (values.format ?? "json") as (typeof formats)[number];
  if (!formats.includes(format))
    throw new UsageError(`--format ${values.format}: expected one of ${formats.join(", ")}`);
  if (!values.out) throw new UsageError("export needs --out PATH");
  const out = path.resolve(values.out);
  if (!fs.existsSync(path.dirname(out)))
    throw new UsageError(`--out ${values.out}: the folder does not exist`);
  const ids = values.ids
    ?.split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  const { streamExport } = await import("../services/export");
  const { fileSink } = await import("../export/sink");
  const neo4j = await connectNeo4j(config, { log: (l) => io.err.write(`${l}\n`) });
  // Written to a temporary file renamed at the end: a failed export leaves an existing file as it was.
  const partial = `${out}.${process.pid}.partial`;
  const sink = fileSink(partial);
  try {
    await streamExport(neo4j.executor, { format, ids }, sink);
    await sink.finish();
    fs.renameSync(partial, out);
    io.out.write(`${format} → ${out} (${sink.bytes} bytes)\n`);
    return 0;
  } catch (error) {
    await sink.abandon();
    throw error;
  } finally {
    await neo4j.close();
  }
}

async function queryCli(argv: string[], io: CliIO, config: Config): Promise<number> {
  const { queryCommand } = await import("./commands/query");
  const neo4j = await connectNeo4j(config, { log: (l) => io.err.write(`${l}\n`) });
  try {
    return await queryCommand(argv, { executor: neo4j.executor, out: io.out });
  } finally {
    await neo4j.close();
  }
}

async function addCli(argv: string[], io: CliIO, config: Config): Promise<number> {
  const { addCommand, parseAddArgs, AddArgumentError } = await import("./commands/add");
  try {
    parseAddArgs(argv);
  } catch (error) {
    if (error instanceof AddArgumentError) throw new UsageError(error.message);
    throw error;
  }
  const neo4j = await connectNeo4j(config, { log: (l) => io.err.write(`${l}\n`) });
  const bar = progressBar(io, "commit");
  try {
    return await addCommand(argv, {
      executor: neo4j.executor,
      out: io.out,
      err: io.err,
      maxBytes: config.UPLOAD_MAX_BYTES,
      onProgress: (d, t, what) => t > 0 && bar.update(d, t, what),
    });
  } finally {
    bar.stop();
    await neo4j.close();
  }
}

async function decisionsCli(argv: string[], io: CliIO, config: Config): Promise<number> {
  const { decisionsCommand, parseDecisionsArgs, readDecisionsFile, DecisionsArgumentError } = await import(
    "./commands/decisions"
  );
  let args: ReturnType<typeof parseDecisionsArgs>;
  try {
    args = parseDecisionsArgs(argv);
    if (args.action === "import" && args.file) readDecisionsFile(args.file);
  } catch (error) {
    if (error instanceof DecisionsArgumentError) throw new UsageError(error.message);
    throw error;
  }
  const neo4j = await connectNeo4j(config, { log: (l) => io.err.write(`${l}\n`) });
  try {
    return await decisionsCommand(args, { executor: neo4j.executor, out: io.out });
  } finally {
    await neo4j.close();
  }
}

async function neo4jCommand(argv: string[], io: CliIO, config: Config): Promise<number> {
  const { positionals } = parse(argv, {}, { positionals: 1 });
  const action = positionals[0];
  if (config.NEO4J_URI && action !== "status") {
    throw new UsageError(`NEO4J_URI is set (${config.NEO4J_URI}): zonegraph does not manage that Neo4j`);
  }
  const home = config.ZONEGRAPH_HOME;
  switch (action) {
    case "start": {
      const running = await startEmbedded(
        {
          home,
          boltPort: config.NEO4J_BOLT_PORT,
          heap: config.NEO4J_HEAP,
          txTimeout: config.NEO4J_TX_TIMEOUT,
          txMemoryMax: config.NEO4J_TX_MEMORY_MAX,
          log: (l) => io.err.write(`${l}\n`),
        },
        { attached: false },
      );
      io.out.write(
        `Neo4j ${running.reused ? "already running" : "started"}: ${running.uri} (pid ${running.pid}); user ${running.credentials.user}, password in ${credentialsFile(home)}\n`,
      );
      return 0;
    }
    case "stop": {
      const r = await stopEmbedded(home);
      io.out.write(r.stopped ? `Neo4j stopped (pid ${r.pid}).\n` : "No embedded Neo4j was running.\n");
      return 0;
    }
    case "status": {
      if (config.NEO4J_URI) {
        io.out.write(`NEO4J_URI is set: ${config.NEO4J_URI} (not managed by zonegraph)\n`);
        return 0;
      }
      const s = await statusEmbedded(home);
      io.out.write(
        s.running
          ? `running: ${s.uri} (pid ${s.pid})${s.answering ? "" : ", not answering yet"}\n`
          : "not running\n",
      );
      return s.running ? 0 : 3;
    }
    default:
      throw new UsageError(`neo4j needs one of start, stop, status${action ? ` (got ${action})` : ""}`);
  }
}

export async function runCli(argv: string[], io: CliIO): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (!command || command === "help" || command === "--help" || command === "-h") {
      io.out.write(USAGE);
      return command ? 0 : 2;
    }
    if (command === "extract") return await extractCommand(rest, io);
    const config = loadConfig(io.env);
    switch (command) {
      case "load":
        return await loadCommand(rest, io, config);
      case "export":
        return await exportCommand(rest, io, config);
      case "import":
        return await importCommand(rest, io, config);
      case "query":
        return await queryCli(rest, io, config);
      case "neo4j":
        return await neo4jCommand(rest, io, config);
      case "add":
        return await addCli(rest, io, config);
      case "decisions":
        return await decisionsCli(rest, io, config);
      default:
        throw new UsageError(`unknown command: ${command} (try zonegraph help)`);
    }
  } catch (error) {
    if (error instanceof UsageError || error instanceof ConfigError) {
      io.err.write(`zonegraph: ${error.message}\n`);
      return 2;
    }
    io.err.write(`zonegraph: ${(error as Error).message}\n`);
    return 1;
  }
}

const isMain =
  process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname);
if (isMain) {
  runCli(process.argv.slice(2), { out: process.stdout, err: process.stderr, env: process.env }).then(
    (code) => {
      process.exitCode = code;
    },
  );
}
