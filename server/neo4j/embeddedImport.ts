/**
 * The embedded Neo4j's side of a bulk import (server/load/bulk.ts): while neo4j-admin writes the
 * `neo4j` database, a marker file in the home folder names the importing process. A start that finds
 * the marker of a process still alive refuses (the store is being written); one that finds the marker
 * of a dead process (a killed import) removes the half-written store first, so Neo4j starts with an
 * empty `neo4j` database instead of a broken one, and then records the import as an interrupted
 * `:Load` (status "failed", its source): readers are told `incomplete`, `npm start` redoes that load
 * instead of loading the corpus, and the next `zonegraph load` of it takes the bulk path again. The
 * bulk path imports only into an empty database (or over the partial work of an interrupted first
 * load), so nothing stored is lost. The `system` database (the password) is never touched.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import neo4j from "neo4j-driver";

export interface ImportMarker {
  pid: number;
  /** The neo4j-admin JVM, once started: it outlives a killed parent, so a recovery ends it first. */
  adminPid?: number;
  loadId: string;
  source: string;
  startedAt: string;
  /** Set once the half-written store was removed: only the `:Load` record is left to write. */
  recovered?: boolean;
}

export const neo4jHomeOf = (home: string) => path.join(home, "neo4j");
const markerFile = (home: string) => path.join(neo4jHomeOf(home), "bulk-import.json");

export function readImportMarker(home: string): ImportMarker | null {
  try {
    return JSON.parse(fs.readFileSync(markerFile(home), "utf8")) as ImportMarker;
  } catch {
    return null;
  }
}

export function writeImportMarker(home: string, marker: ImportMarker): void {
  fs.mkdirSync(neo4jHomeOf(home), { recursive: true });
  const tmp = `${markerFile(home)}.tmp`;
  fs.writeFileSync(tmp, JSON.stringify(marker));
  fs.renameSync(tmp, markerFile(home));
}

export function clearImportMarker(home: string): void {
  fs.rmSync(markerFile(home), { force: true });
}

/** Removes the `neo4j` database's store and transaction logs (Neo4j must be stopped). */
export function removeDefaultDatabase(home: string): void {
  const data = path.join(neo4jHomeOf(home), "data");
  for (const dir of [path.join(data, "databases", "neo4j"), path.join(data, "transactions", "neo4j")])
    fs.rmSync(dir, { recursive: true, force: true });
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

function killAndWait(pid: number): void {
  try {
    process.kill(pid, "SIGKILL");
  } catch {
    return;
  }
  const until = Date.now() + 10_000;
  while (alive(pid) && Date.now() < until) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 50);
}

/** What a start found of an interrupted import: a message to show (once), and the marker to record. */
export interface Recovery {
  message: string | null;
  marker: ImportMarker;
}

/**
 * Before the embedded Neo4j starts: null when no import was interrupted; the recovery when a killed
 * import's store was removed (or had been, by a start that did not get to record it); throws when
 * another live process is importing right now. The marker stays until recordInterruptedImport.
 */
export function recoverInterruptedImport(home: string): Recovery | null {
  const marker = readImportMarker(home);
  if (!marker) return null;
  if (marker.recovered) return { message: null, marker };
  if (marker.pid !== process.pid && alive(marker.pid))
    throw new Error(
      `A bulk import (pid ${marker.pid}, ${marker.source}) is writing the embedded database: wait for it to finish.`,
    );
  if (marker.adminPid && alive(marker.adminPid)) killAndWait(marker.adminPid);
  removeDefaultDatabase(home);
  const recovered = { ...marker, recovered: true };
  writeImportMarker(home, recovered);
  return {
    message: `A bulk import of ${marker.source} (started ${marker.startedAt}) was interrupted: its half-written database was removed; the load is recorded as interrupted, and \`zonegraph load --graph\` of it (or \`npm start\`) redoes it.`,
    marker: recovered,
  };
}

/**
 * Once Neo4j runs on the emptied database: the interrupted import as a failed `:Load` record (only
 * into a database that holds no node: never over anything written since), then the marker removed.
 */
export async function recordInterruptedImport(
  home: string,
  uri: string,
  credentials: { user: string; password: string },
  marker: ImportMarker,
): Promise<void> {
  const driver = neo4j.driver(uri, neo4j.auth.basic(credentials.user, credentials.password));
  try {
    await driver.executeQuery(
      `OPTIONAL MATCH (n) WITH count(n) AS nodes WHERE nodes = 0
CREATE (:Load {id: $id, source: $source, checksum: '', reset: false, fresh: true, method: 'bulk',
  status: 'failed', startedAt: datetime($startedAt), heartbeatAt: datetime($startedAt), finishedAt: datetime(),
  host: $host, pid: $pid, message: 'bulk import interrupted; its half-written database was removed'})`,
      {
        id: marker.loadId,
        source: marker.source,
        startedAt: marker.startedAt,
        host: os.hostname(),
        pid: marker.pid,
      },
      { database: "neo4j" },
    );
  } finally {
    await driver.close();
  }
  clearImportMarker(home);
}
