/**
 * Export at scale: the whole graph through GET /api/export, served by the real app (`server/index.ts`)
 * in a child process over the bench's Neo4j. Per format: wall time, records/s (entities + relationships
 * in the answer), bytes, and the API process's peak RSS (VmHWM of the child, read after each export: the
 * peak so far, since Linux cannot reset it between formats) next to its idle RSS measured in the same
 * run before the first export. Linux only (/proc).
 */
import { type ChildProcess, spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { PROJECT_ROOT } from "../../server/config";
import type { Neo4jConnection } from "../../server/neo4j/executor";

export interface ExportCase {
  format: string;
  seconds: number;
  records: number;
  recordsPerSecond: number;
  mb: number;
  /** Peak RSS of the API process so far (after this export), MB. */
  apiPeakRssMb: number;
}

export interface ExportBench {
  apiIdleRssMb: number;
  cases: ExportCase[];
}

/** VmRSS or VmHWM (peak) of a process, in MB. */
function rssMb(pid: number, field: "VmRSS" | "VmHWM"): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
  return Number(new RegExp(`${field}:\\s+(\\d+) kB`).exec(status)?.[1] ?? Number.NaN) / 1024;
}

async function startApi(conn: Neo4jConnection, port: number, home: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, ["--import", "tsx", "server/index.ts"], {
    cwd: PROJECT_ROOT,
    env: {
      ...process.env,
      NEO4J_URI: conn.uri,
      NEO4J_USER: conn.user,
      NEO4J_PASSWORD: conn.password,
      NEO4J_DATABASE: conn.database,
      PORT: String(port),
      HOST: "127.0.0.1",
      ZONEGRAPH_HOME: home,
      LOG_LEVEL: "warn",
    },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const deadline = Date.now() + 300_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the API exited with ${child.exitCode}`);
    const up = await fetch(`http://127.0.0.1:${port}/api/ready`).then(
      (r) => r.ok,
      () => false,
    );
    if (up) return child;
    if (Date.now() > deadline) throw new Error("the API was not ready within 300 s");
    await new Promise((r) => setTimeout(r, 500));
  }
}

/** Reads the export as a stream, counting bytes and the records of each format's lines. */
async function exportOnce(port: number, format: string): Promise<{ bytes: number; records: number }> {
  const res = await fetch(`http://127.0.0.1:${port}/api/export?format=${format}`);
  if (!res.ok || !res.body) throw new Error(`export ${format}: HTTP ${res.status}`);
  const marker = {
    json: /\n {2}\{\n {3}"key"/g,
    csv: /\r\n(?:node|edge),/g,
    gexf: /<(?:node|edge) id=/g,
    graphml: /<(?:node|edge) id=/g,
  }[format] as RegExp;
  let bytes = 0;
  let records = 0;
  let tail = "";
  const decoder = new TextDecoder();
  const reader = res.body.getReader();
  for (let r = await reader.read(); !r.done; r = await reader.read()) {
    const chunk = r.value;
    bytes += chunk.byteLength;
    const text = tail + decoder.decode(chunk, { stream: true });
    records += (text.match(marker) ?? []).length;
    tail = text.slice(-16);
    records -= (tail.match(marker) ?? []).length;
  }
  records += (tail.match(marker) ?? []).length;
  return { bytes, records };
}

/** The export case of the scale bench: the API on port `--port` + 1 (default 3131). */
export async function runExportBench(
  conn: Neo4jConnection,
  portArg: string | undefined,
  log: (l: string) => void,
  formats = ["csv", "json"],
): Promise<ExportBench> {
  const port = Number(portArg ?? 3130) + 1;
  const home = fs.mkdtempSync(path.join(os.tmpdir(), "zonegraph-export-bench-"));
  const api = await startApi(conn, port, home);
  try {
    const pid = api.pid as number;
    const apiIdleRssMb = rssMb(pid, "VmRSS");
    const cases: ExportCase[] = [];
    for (const format of formats) {
      const t = performance.now();
      const { bytes, records } = await exportOnce(port, format);
      const seconds = (performance.now() - t) / 1000;
      const c = {
        format,
        seconds,
        records,
        recordsPerSecond: records / seconds,
        mb: bytes / 2 ** 20,
        apiPeakRssMb: rssMb(pid, "VmHWM"),
      };
      log(
        `export ${format}: ${c.records} records, ${c.mb.toFixed(0)} MB in ${seconds.toFixed(1)} s (${c.recordsPerSecond.toFixed(0)} records/s), API peak RSS ${c.apiPeakRssMb.toFixed(0)} MB (idle ${apiIdleRssMb.toFixed(0)} MB)`,
      );
      cases.push(c);
    }
    return { apiIdleRssMb, cases };
  } finally {
    if (api.exitCode === null) {
      const exited = new Promise((r) => api.once("exit", r));
      api.kill("SIGTERM");
      await exited;
    }
    fs.rmSync(home, { recursive: true, force: true });
  }
}
