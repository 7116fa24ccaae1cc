/**
 * Runs `neo4j-admin database import full` — org.neo4j.cli.AdminTool from the same Maven artifacts as
 * the embedded Neo4j (embedded.ts) — into the `neo4j` database of a Neo4j home folder, which must not
 * be in use. Used by the bulk path of `zonegraph load` (bulk.ts) and by the scale benchmark.
 */
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { resolveClasspath } from "../neo4j/embedded";
import { ARRAY_DELIMITER } from "./csvCells";

export class AdminImportError extends Error {
  override name = "AdminImportError";
}

export interface AdminImportOptions {
  heap?: string;
  pageCache?: string;
  threads?: number;
  /** Override of the Neo4j jars (tests: a classpath without AdminTool). */
  classpath?: string;
  log?: (line: string) => void;
  /** Called with the java process's pid as soon as it runs. */
  onSpawn?: (pid: number) => void;
  /** Each line neo4j-admin prints (its progress). */
  onLine?: (line: string) => void;
}

export interface AdminImportResult {
  /** Wall time of the java process (JVM start included). */
  seconds: number;
  /** neo4j-admin's own "IMPORT DONE in …" time (the import proper), or `seconds` if not printed. */
  importSeconds: number;
  nodes: number;
  relationships: number;
  output: string;
}

export function adminImportArgs(files: { nodes: string[]; relationships: string[] }, threads = 2): string[] {
  return [
    "database",
    "import",
    "full",
    `--array-delimiter=${ARRAY_DELIMITER}`,
    "--multiline-fields=true",
    `--threads=${threads}`,
    "--overwrite-destination=true",
    ...files.nodes.map((f) => `--nodes=${f}`),
    ...files.relationships.map((f) => `--relationships=${f}`),
    "--verbose=false",
    "neo4j",
  ];
}

/** neo4j-admin's summary: "IMPORT DONE in 1m 2s 345ms", "N nodes", "N relationships". */
export function parseAdminOutput(output: string, wallSeconds: number) {
  const m = /IMPORT DONE in (?:(\d+)m ?)?(?:(\d+)s ?)?(?:(\d+)ms)?/.exec(output);
  return {
    importSeconds: m?.[0].match(/\d/)
      ? Number(m[1] ?? 0) * 60 + Number(m[2] ?? 0) + Number(m[3] ?? 0) / 1000
      : wallSeconds,
    nodes: Number(/(\d+) nodes/.exec(output)?.[1] ?? 0),
    relationships: Number(/(\d+) relationships/.exec(output)?.[1] ?? 0),
  };
}

/**
 * Imports into `<neo4jHome>/data/databases/neo4j` (replacing it). `workDir` gets the tool's own
 * neo4j.conf. A failure throws AdminImportError with neo4j-admin's last lines.
 */
export async function adminImport(
  files: { nodes: string[]; relationships: string[] },
  neo4jHome: string,
  workDir: string,
  options: AdminImportOptions = {},
): Promise<AdminImportResult> {
  const conf = path.join(workDir, "admin-conf");
  fs.mkdirSync(conf, { recursive: true });
  fs.mkdirSync(neo4jHome, { recursive: true });
  fs.writeFileSync(
    path.join(conf, "neo4j.conf"),
    `server.memory.pagecache.size=${options.pageCache ?? "512m"}\n`,
  );
  const classpath = options.classpath ?? resolveClasspath(options.log ?? (() => {}));
  const args = [
    `-Xmx${options.heap ?? "2g"}`,
    "-cp",
    classpath,
    "org.neo4j.cli.AdminTool",
    ...adminImportArgs(files, options.threads),
  ];
  const t = performance.now();
  const output = await new Promise<string>((resolve, reject) => {
    const child = spawn("java", args, {
      env: { ...process.env, NEO4J_HOME: neo4jHome, NEO4J_CONF: conf },
      stdio: ["ignore", "pipe", "pipe"],
    });
    if (child.pid !== undefined) options.onSpawn?.(child.pid);
    let out = "";
    let partial = "";
    const take = (b: Buffer) => {
      const s = b.toString();
      out = (out + s).slice(-200_000);
      const lines = (partial + s).split(/\r?\n/);
      partial = lines.pop() ?? "";
      for (const line of lines) if (line.trim()) options.onLine?.(line);
    };
    child.stdout.on("data", take);
    child.stderr.on("data", take);
    child.once("error", (e) => reject(new AdminImportError(`neo4j-admin could not run: ${e.message}`)));
    child.once("exit", (code, signal) =>
      code === 0
        ? resolve(out)
        : reject(
            new AdminImportError(
              `neo4j-admin database import failed (${signal ?? `exit ${code}`}): ${lastLines(out)}`,
            ),
          ),
    );
  });
  const seconds = (performance.now() - t) / 1000;
  return { seconds, ...parseAdminOutput(output, seconds), output };
}

/** The last meaningful lines of neo4j-admin's output, for an error message. */
export function lastLines(output: string, n = 6): string {
  return output
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l && !/^at |^\.\.\. \d+ more/.test(l))
    .slice(-n)
    .join(" | ");
}
