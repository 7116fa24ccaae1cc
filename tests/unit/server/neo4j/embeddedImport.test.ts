import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import {
  readImportMarker,
  recoverInterruptedImport,
  writeImportMarker,
} from "../../../../server/neo4j/embeddedImport";

const homes: string[] = [];
afterEach(() => {
  for (const h of homes.splice(0)) fs.rmSync(h, { recursive: true, force: true });
});

/** A home with a `neo4j` and a `system` database on disk. */
function home(): string {
  const h = fs.mkdtempSync(path.join(os.tmpdir(), "zonegraph-import-marker-"));
  homes.push(h);
  for (const d of ["databases/neo4j", "databases/system", "transactions/neo4j", "transactions/system"])
    fs.mkdirSync(path.join(h, "neo4j", "data", d), { recursive: true });
  return h;
}
const exists = (h: string, d: string) => fs.existsSync(path.join(h, "neo4j", "data", d));
/** The pid of a process that has exited. */
const deadPid = () => spawnSync(process.execPath, ["-e", "0"]).pid as number;

describe("recovering from an interrupted bulk import", () => {
  it("does nothing without a marker", () => {
    const h = home();
    expect(recoverInterruptedImport(h)).toBeNull();
    expect(exists(h, "databases/neo4j")).toBe(true);
  });

  it("removes the half-written neo4j database of a dead importer, never the system database", () => {
    const h = home();
    writeImportMarker(h, { pid: deadPid(), loadId: "l", source: "g.ndjson", startedAt: "t" });
    expect(recoverInterruptedImport(h)?.message).toMatch(/bulk import of g\.ndjson .* was interrupted/);
    expect(exists(h, "databases/neo4j")).toBe(false);
    expect(exists(h, "transactions/neo4j")).toBe(false);
    expect(exists(h, "databases/system")).toBe(true);
    // Kept, marked recovered, until the interrupted load is recorded in the emptied database.
    expect(readImportMarker(h)).toMatchObject({ source: "g.ndjson", recovered: true });
  });

  it("a start that finds a recovered marker removes nothing more: it only has the load to record", () => {
    const h = home();
    writeImportMarker(h, {
      pid: deadPid(),
      loadId: "l",
      source: "g.ndjson",
      startedAt: "t",
      recovered: true,
    });
    expect(recoverInterruptedImport(h)).toMatchObject({ message: null, marker: { loadId: "l" } });
    expect(exists(h, "databases/neo4j")).toBe(true);
  });

  it("refuses while the importing process lives, and changes nothing", () => {
    const h = home();
    writeImportMarker(h, { pid: process.ppid, loadId: "l", source: "g.ndjson", startedAt: "t" });
    expect(() => recoverInterruptedImport(h)).toThrow(/bulk import \(pid \d+, g\.ndjson\) is writing/);
    expect(exists(h, "databases/neo4j")).toBe(true);
    expect(readImportMarker(h)).not.toBeNull();
  });
});
