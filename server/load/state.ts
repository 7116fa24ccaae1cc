/**
 * Every load records itself as a `:Load` node: id, source, input checksum, reset or not, start,
 * heartbeat, finish, counts and status ("running", "done", "failed"). A load killed at any moment
 * leaves status "running" with a heartbeat that stops; readers (GET /api/ready) then see `loading`
 * while its process lives and `incomplete` once it is gone, and the next load or start redoes it.
 */
import os from "node:os";
import type { Executor, Query } from "../neo4j/executor";

export type LoadStatus = "running" | "done" | "failed";
/** How a load wrote: UNWIND batches over Bolt, or neo4j-admin import (bulk.ts, `zonegraph import`). */
export type LoadMethod = "transactional" | "bulk" | "import";

export interface LoadRecord {
  id: string;
  source: string;
  checksum: string;
  reset: boolean;
  /** Written by the fast path into a graph with no loader-owned node (fresh.ts). */
  fresh?: boolean;
  method?: LoadMethod;
  status: LoadStatus;
  startedAt: string;
  heartbeatAt: string;
  finishedAt: string | null;
  host: string;
  pid: number;
  message: string | null;
}

/** What readers are told: `ready` only when the latest load finished (or none ever ran). */
export type Readiness = "ready" | "empty" | "loading" | "incomplete";

/** A running load whose heartbeat is older than this is presumed dead (another host's process). */
export const HEARTBEAT_STALE_MS = 60_000;
export const HEARTBEAT_EVERY_MS = 5_000;

export const startLoadQuery = (
  l: Pick<LoadRecord, "id" | "source" | "checksum" | "reset"> & { fresh?: boolean; method?: LoadMethod },
): Query => ({
  cypher: `CREATE (l:Load {id: $id, source: $source, checksum: $checksum, reset: $reset, fresh: $fresh, method: $method,
  status: 'running', startedAt: datetime(), heartbeatAt: datetime(), host: $host, pid: $pid})`,
  params: { fresh: false, method: "transactional", ...l, host: os.hostname(), pid: process.pid },
});

export const heartbeatQuery = (id: string, progress: number): Query => ({
  cypher: "MATCH (l:Load {id: $id}) SET l.heartbeatAt = datetime(), l.progress = $progress",
  params: { id, progress },
});

export const finishLoadQuery = (
  id: string,
  status: "done" | "failed",
  counts: string,
  message: string | null,
) => ({
  cypher: `MATCH (l:Load {id: $id})
SET l.status = $status, l.finishedAt = datetime(), l.counts = $counts, l.message = $message`,
  params: { id, status, counts, message },
});

/** Older runs that were never finished are marked superseded by the load that redoes them. */
export const supersedeQuery = (id: string): Query => ({
  cypher: `MATCH (l:Load {status: 'running'}) WHERE l.id <> $id
SET l.status = 'failed', l.finishedAt = datetime(), l.message = 'interrupted; redone by ' + $id`,
  params: { id },
});

export const latestLoadQuery = (): Query => ({
  cypher: `MATCH (l:Load) WHERE l.startedAt IS NOT NULL
WITH l ORDER BY l.startedAt DESC LIMIT 1
RETURN l {.id, .source, .checksum, .reset, .fresh, .method, .status, .host, .pid, .message,
          startedAt: toString(l.startedAt), heartbeatAt: toString(l.heartbeatAt),
          finishedAt: toString(l.finishedAt)} AS load,
       COUNT { (d:Document) } AS documents`,
});

/** The latest load record; the loader waits long for it, readiness checks pass a short timeout. */
export async function latestLoad(
  executor: Executor,
  timeoutMs = 60_000,
): Promise<{ load: LoadRecord | null; documents: number }> {
  const r = await executor.executeRead(latestLoadQuery(), { timeoutMs });
  const rec = r.records[0];
  if (!rec) {
    const d = await executor.executeRead(
      { cypher: "MATCH (d:Document) RETURN count(d) AS n" },
      { timeoutMs },
    );
    return { load: null, documents: Number(d.records[0]?.get("n") ?? 0) };
  }
  return { load: rec.get("load") as LoadRecord, documents: Number(rec.get("documents") ?? 0) };
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Is this running load still being written by a live process? */
export function isLive(load: LoadRecord, now = Date.now()): boolean {
  if (load.status !== "running") return false;
  if (load.host === os.hostname()) return load.pid === process.pid || processAlive(Number(load.pid));
  return now - Date.parse(load.heartbeatAt) < HEARTBEAT_STALE_MS;
}

export function readinessOf(state: { load: LoadRecord | null; documents: number }): Readiness {
  const { load } = state;
  if (!load) return state.documents > 0 ? "ready" : "empty";
  if (load.status === "done") return "ready";
  if (load.status === "running" && isLive(load)) return "loading";
  return "incomplete";
}

export async function readiness(executor: Executor): Promise<{ state: Readiness; load: LoadRecord | null }> {
  const s = await latestLoad(executor, 5000);
  return { state: readinessOf(s), load: s.load };
}
