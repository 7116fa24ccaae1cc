/**
 * The bulk path of `zonegraph load`: a first load into the project's embedded Neo4j at
 * neo4j-admin speed. Taken only when nothing stored can be lost — the embedded database holds no
 * node at all (no entity, document, :Load, scene or review decision) and no other process uses that
 * Neo4j — and the input is large (BULK_FROM records, or `--bulk`). Steps, after the validation:
 *  1. a marker names this process (embeddedImport.ts) and Neo4j stops while the CSVs are written
 *     (streamed) into ZONEGRAPH_HOME/bulk/ (csv.ts), entity degrees and type counts included;
 *     anything the CSVs cannot carry exactly throws BulkRefusal: Neo4j starts again, nothing was
 *     changed, and the caller loads transactionally instead;
 *  2. `neo4j-admin database import full` writes the store (adminImport.ts) — a kill here (or
 *     during 1.) leaves the marker, and the next start removes the half-written store and records
 *     the load as interrupted; a failure removes it at once and throws neo4j-admin's last lines;
 *  3. Neo4j starts on the imported store, whose `:Load` record says "running" (readers: `loading`;
 *     after a kill: `incomplete`, redone by the next load), and the finish step (bulkFinish.ts) runs;
 *  4. the CSVs are deleted.
 */
import { randomUUID } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import {
  clearImportMarker,
  type ImportMarker,
  neo4jHomeOf,
  removeDefaultDatabase,
  writeImportMarker,
} from "../neo4j/embeddedImport";
import type { Executor } from "../neo4j/executor";
import { type AdminImportResult, adminImport } from "./adminImport";
import { finishBulkImport } from "./bulkFinish";
import { type CsvSet, writeImportCsv } from "./csv";
import { DEFAULT_BATCH_SIZE, type LoadSummary } from "./loader";
import { OWNED_LABELS } from "./queries";
import type { GraphSource } from "./source";
import { isLive, latestLoad } from "./state";
import { type Validation, writableRecords } from "./validate";

/** Records from which `zonegraph load` takes the bulk path by itself (a judgment: see README). */
export const BULK_FROM = 200_000;

/** The embedded Neo4j this process started, which the bulk path may stop and start again. */
export interface BulkTarget {
  /** ZONEGRAPH_HOME. */
  home: string;
  executor: Executor;
  stop(): Promise<void>;
  start(): Promise<void>;
}

export interface BulkOptions {
  validation: Validation;
  checksum: string;
  sourceName: string;
  reset?: boolean;
  batchSize?: number;
  /** neo4j-admin's JVM heap (default 2g) and a classpath override (tests). */
  adminHeap?: string;
  classpath?: string;
  onProgress?: (done: number, total: number, what: string) => void;
  /** One line per phase, with its time and rate. */
  onNote?: (line: string) => void;
}

export interface BulkSummary extends LoadSummary {
  phases: { csv: number; stop: number; import: number; adminImport: number; start: number; finish: number };
}

/** Nodes in all, `:Load` records, and loader-owned nodes: label counts, read from the count store. */
const NODE_COUNTS = `CALL () { MATCH (n) RETURN count(n) AS total }
CALL () { MATCH (n:Load) RETURN count(n) AS loads }
${OWNED_LABELS.map((l, i) => `CALL () { MATCH (n:${l}) RETURN count(n) AS o${i} }`).join("\n")}
RETURN total, loads, ${OWNED_LABELS.map((_, i) => `o${i}`).join(" + ")} AS owned`;

/**
 * Why the database may not take a bulk import (null: it may). It must hold no node at all — or only
 * the partial work of an interrupted first load (fresh, not live: its `:Load` records and the
 * loader-owned nodes it wrote; no scene, no review decision), which the import replaces as the
 * transactional loader would remove it. `onNote` is told when that is the case.
 */
export async function bulkBlocker(
  executor: Executor,
  onNote: (line: string) => void = () => {},
): Promise<string | null> {
  const r = (await executor.executeRead({ cypher: NODE_COUNTS })).records[0];
  const total = Number(r?.get("total") ?? 0);
  if (total === 0) return null;
  const refusal = "the database is not empty (a bulk import only goes into an empty database)";
  if (total !== Number(r?.get("loads") ?? 0) + Number(r?.get("owned") ?? 0)) return refusal;
  const { load } = await latestLoad(executor);
  if (!load || load.status === "done" || isLive(load) || !load.fresh) return refusal;
  onNote(
    `The previous load (${load.source}, started ${load.startedAt}) did not finish; the bulk import replaces its partial work.`,
  );
  return null;
}

/** neo4j-admin's phase headers and summary, and its progress lines at 25% steps. */
export function adminLineWorthShowing(line: string): boolean {
  const percent = /(\d+)%/.exec(line);
  if (percent) return Number(percent[1]) % 25 === 0;
  return !/^\s*$|^\s*\.+/.test(line);
}

/** After a restart the driver's pooled connections are dead: wait until a query goes through. */
async function untilAnswering(executor: Executor, timeoutMs = 120_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    try {
      await executor.executeRead({ cypher: "RETURN 1 AS ok" });
      return;
    } catch (error) {
      if (Date.now() > until) throw error;
      await new Promise((r) => setTimeout(r, 500));
    }
  }
}

const secondsSince = (t: number) => (performance.now() - t) / 1000;
const rate = (n: number, s: number) => `${Math.round(n / Math.max(s, 0.001))} records/s`;

export async function bulkLoad(
  target: BulkTarget,
  source: GraphSource,
  options: BulkOptions,
): Promise<BulkSummary> {
  const started = performance.now();
  const note = options.onNote ?? (() => {});
  const total = writableRecords(options.validation.counts);
  const loadId = randomUUID();
  const work = path.join(target.home, "bulk");
  fs.rmSync(work, { recursive: true, force: true });
  const blocker = await bulkBlocker(target.executor);
  if (blocker) throw new Error(`Bulk import cancelled: ${blocker} — nothing was changed.`);
  const marker: ImportMarker = {
    pid: process.pid,
    loadId,
    source: options.sourceName,
    startedAt: new Date().toISOString(),
  };
  const { csv, csvSeconds, stopSeconds } = await csvWhileStopping(target, source, options, marker, work);
  let t = performance.now();
  const admin = await importOrRestore(target, csv, options, marker, work);
  const importSeconds = secondsSince(t);
  note(
    `bulk: imported ${admin.nodes} nodes and ${admin.relationships} relationships in ${importSeconds.toFixed(1)} s (neo4j-admin's own ${admin.importSeconds.toFixed(1)} s; ${rate(admin.nodes + admin.relationships, importSeconds)})`,
  );
  t = performance.now();
  await target.start();
  await untilAnswering(target.executor);
  const startSeconds = secondsSince(t);
  t = performance.now();
  const counts = await finishBulkImport(target.executor, {
    loadId,
    repeats: csv.repeats,
    recount: csv.recount,
    batchSize: options.batchSize ?? DEFAULT_BATCH_SIZE,
    onPhase: (what) => note(`bulk: finish: ${what}`),
  });
  const finishSeconds = secondsSince(t);
  fs.rmSync(work, { recursive: true, force: true });
  options.onProgress?.(total, total, "bulk: done");
  return {
    ...counts,
    seconds: secondsSince(started),
    batches: 0,
    loadId,
    records: total,
    problems: options.validation.problems,
    phases: {
      csv: csvSeconds,
      stop: stopSeconds,
      import: importSeconds,
      adminImport: admin.importSeconds,
      start: startSeconds,
      finish: finishSeconds,
    },
  };
}

/**
 * The CSVs, written while Neo4j stops (the database was checked: nothing can change it once it is
 * stopped, and the marker makes any start meanwhile refuse or, after a kill, recover). `stopSeconds`
 * is how long the stop outlasted the CSVs. When the CSVs cannot be written (a BulkRefusal, an
 * error), Neo4j is started again, the marker removed, and the error thrown: nothing was changed.
 */
async function csvWhileStopping(
  target: BulkTarget,
  source: GraphSource,
  options: BulkOptions,
  marker: ImportMarker,
  work: string,
): Promise<{ csv: CsvSet; csvSeconds: number; stopSeconds: number }> {
  const note = options.onNote ?? (() => {});
  const total = writableRecords(options.validation.counts);
  writeImportMarker(target.home, marker);
  note("bulk: stopping the embedded Neo4j for neo4j-admin import, while the CSVs are written");
  const stopped = target.stop().then(() => performance.now());
  const t = performance.now();
  try {
    const csv = await writeImportCsv(source, path.join(work, "csv"), {
      loadId: marker.loadId,
      load: {
        id: marker.loadId,
        source: options.sourceName,
        checksum: options.checksum,
        reset: options.reset ?? false,
        host: os.hostname(),
        pid: process.pid,
        startedAt: marker.startedAt,
      },
      onProgress: (n) => options.onProgress?.(n, total, "bulk: writing CSVs"),
    });
    const written = performance.now();
    const csvSeconds = (written - t) / 1000;
    note(
      `bulk: CSVs written in ${csvSeconds.toFixed(1)} s (${rate(csv.rows, csvSeconds)}, ${csv.repeated} repeated keys to MERGE after)`,
    );
    const stopSeconds = Math.max(0, ((await stopped) - written) / 1000);
    return { csv, csvSeconds, stopSeconds };
  } catch (error) {
    fs.rmSync(work, { recursive: true, force: true });
    await stopped.catch(() => {});
    clearImportMarker(target.home);
    await target.start();
    await untilAnswering(target.executor);
    throw error;
  }
}

/** neo4j-admin import; on failure the half-written store is removed and Neo4j started on it empty. */
async function importOrRestore(
  target: BulkTarget,
  csv: CsvSet,
  options: BulkOptions,
  marker: ImportMarker,
  work: string,
): Promise<AdminImportResult> {
  const note = options.onNote ?? (() => {});
  try {
    const admin = await adminImport(csv, neo4jHomeOf(target.home), work, {
      heap: options.adminHeap ?? "2g",
      ...(options.classpath ? { classpath: options.classpath } : {}),
      onSpawn: (adminPid) => writeImportMarker(target.home, { ...marker, adminPid }),
      onLine: (line) => {
        if (adminLineWorthShowing(line)) note(`bulk: neo4j-admin: ${line.trim()}`);
      },
    });
    clearImportMarker(target.home);
    return admin;
  } catch (error) {
    // The store may be half-written: remove it, so that Neo4j starts on an empty database again.
    removeDefaultDatabase(target.home);
    clearImportMarker(target.home);
    fs.rmSync(work, { recursive: true, force: true });
    await target.start();
    await untilAnswering(target.executor).catch(() => {});
    throw new Error(`${(error as Error).message}\nThe bulk import failed; the database is empty, as before.`);
  }
}
