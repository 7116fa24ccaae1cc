/**
 * The bulk path of `zonegraph load`: a first load into the project's embedded Neo4j at
 * neo4j-admin speed. Taken only when nothing stored can be lost — the embedded database holds no
 * node at all (no entity, document, :Load, scene or review decision) and no other process uses that
 * Neo4j — and the input is large (BULK_FROM records, or `--bulk`). Steps, after the validation:
 *  1. CSVs written (streamed) into ZONEGRAPH_HOME/bulk/ while Neo4j still runs (csv.ts); anything the
 *     CSVs cannot carry exactly throws BulkRefusal before anything changed: the caller loads
 *     transactionally instead;
 *  2. a marker names this process (embeddedImport.ts), Neo4j stops, `neo4j-admin database import
 *     full` writes the store (adminImport.ts) — a kill here leaves the marker, and the next start
 *     removes the half-written store: the database is empty again; a failure does the same at once
 *     and throws neo4j-admin's last lines;
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
  neo4jHomeOf,
  removeDefaultDatabase,
  writeImportMarker,
} from "../neo4j/embeddedImport";
import type { Executor } from "../neo4j/executor";
import { type AdminImportResult, adminImport } from "./adminImport";
import { finishBulkImport } from "./bulkFinish";
import { writeImportCsv } from "./csv";
import { DEFAULT_BATCH_SIZE, type LoadSummary } from "./loader";
import type { GraphSource } from "./source";
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

/** Why the database may not take a bulk import (null: it may): it must hold no node at all. */
export async function bulkBlocker(executor: Executor): Promise<string | null> {
  const r = await executor.executeRead({ cypher: "RETURN EXISTS { MATCH (n) } AS any" });
  return r.records[0]?.get("any") === false
    ? null
    : "the database is not empty (a bulk import only goes into an empty database)";
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
  let t = performance.now();
  const csv = await writeImportCsv(source, path.join(work, "csv"), {
    loadId,
    load: {
      id: loadId,
      source: options.sourceName,
      checksum: options.checksum,
      reset: options.reset ?? false,
      host: os.hostname(),
      pid: process.pid,
      startedAt: new Date().toISOString(),
    },
    onProgress: (n) => options.onProgress?.(n, total, "bulk: writing CSVs"),
  }).catch((error) => {
    fs.rmSync(work, { recursive: true, force: true });
    throw error;
  });
  const csvSeconds = secondsSince(t);
  note(
    `bulk: CSVs written in ${csvSeconds.toFixed(1)} s (${rate(csv.rows, csvSeconds)}, ${csv.repeated} repeated keys to MERGE after)`,
  );
  const blocker = await bulkBlocker(target.executor);
  if (blocker) {
    fs.rmSync(work, { recursive: true, force: true });
    throw new Error(`Bulk import cancelled: ${blocker} — nothing was changed.`);
  }
  const marker = {
    pid: process.pid,
    loadId,
    source: options.sourceName,
    startedAt: new Date().toISOString(),
  };
  writeImportMarker(target.home, marker);
  t = performance.now();
  note("bulk: stopping the embedded Neo4j for neo4j-admin import");
  await target.stop();
  const stopSeconds = secondsSince(t);
  t = performance.now();
  let admin: AdminImportResult;
  try {
    admin = await adminImport(csv, neo4jHomeOf(target.home), work, {
      heap: options.adminHeap ?? "2g",
      ...(options.classpath ? { classpath: options.classpath } : {}),
      onSpawn: (adminPid) => writeImportMarker(target.home, { ...marker, adminPid }),
      onLine: (line) => {
        if (adminLineWorthShowing(line)) note(`bulk: neo4j-admin: ${line.trim()}`);
      },
    });
  } catch (error) {
    // The store may be half-written: remove it, so that Neo4j starts on an empty database again.
    removeDefaultDatabase(target.home);
    clearImportMarker(target.home);
    fs.rmSync(work, { recursive: true, force: true });
    await target.start();
    await untilAnswering(target.executor).catch(() => {});
    throw new Error(`${(error as Error).message}\nThe bulk import failed; the database is empty, as before.`);
  }
  clearImportMarker(target.home);
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
    batchSize: options.batchSize ?? DEFAULT_BATCH_SIZE,
    onPhase: (what) => note(`bulk: finish: ${what}`),
  });
  const finishSeconds = secondsSince(t);
  fs.rmSync(work, { recursive: true, force: true });
  options.onProgress?.(total, total, "bulk: done");
  const seconds = secondsSince(started);
  return {
    ...counts,
    seconds,
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
