/**
 * The embedded Neo4j's side of a bulk import (server/load/bulk.ts): while neo4j-admin writes the
 * `neo4j` database, a marker file in the home folder names the importing process. A start that finds
 * the marker of a process still alive refuses (the store is being written); one that finds the marker
 * of a dead process (a killed import) removes the half-written store first, so Neo4j starts with an
 * empty `neo4j` database instead of a broken one. The bulk path imports only into an empty
 * database, so nothing stored is lost. The `system` database (the password) is never touched.
 */
import fs from "node:fs";
import path from "node:path";

export interface ImportMarker {
  pid: number;
  /** The neo4j-admin JVM, once started: it outlives a killed parent, so a recovery ends it first. */
  adminPid?: number;
  loadId: string;
  source: string;
  startedAt: string;
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

/**
 * Before the embedded Neo4j starts: null when no import was interrupted; a message when a killed
 * import's store was removed; throws when another live process is importing right now.
 */
export function recoverInterruptedImport(home: string): string | null {
  const marker = readImportMarker(home);
  if (!marker) return null;
  if (marker.pid !== process.pid && alive(marker.pid))
    throw new Error(
      `A bulk import (pid ${marker.pid}, ${marker.source}) is writing the embedded database: wait for it to finish.`,
    );
  if (marker.adminPid && alive(marker.adminPid)) killAndWait(marker.adminPid);
  removeDefaultDatabase(home);
  clearImportMarker(home);
  return `A bulk import of ${marker.source} (started ${marker.startedAt}) was interrupted: its half-written database was removed; the database is empty. Run \`zonegraph load\` again.`;
}
