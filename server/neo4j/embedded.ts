/**
 * The "embedded default": when NEO4J_URI is unset, zonegraph runs Neo4j 5.26 Community itself.
 *
 * Maven resolves org.neo4j:neo4j (the Community DBMS) into ~/.m2 (server/neo4j/embedded/pom.xml),
 * and Java's single-file source launcher runs Launcher.java, which starts the DBMS with its Bolt
 * connector on 127.0.0.1. Data, logs, the generated password and a state file live in a git-ignored
 * folder (ZONEGRAPH_HOME, default .zonegraph/). A Neo4j already running from that folder is reused.
 */
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { type Recovery, recordInterruptedImport, recoverInterruptedImport } from "./embeddedImport";

const EMBEDDED_DIR = path.dirname(fileURLToPath(import.meta.url));
export const POM_PATH = path.join(EMBEDDED_DIR, "embedded", "pom.xml");
export const LAUNCHER_PATH = path.join(EMBEDDED_DIR, "embedded", "Launcher.java");
export const NEO4J_VERSION = /<neo4j\.version>([^<]+)</.exec(fs.readFileSync(POM_PATH, "utf8"))?.[1] ?? "5";

export class EmbeddedNeo4jError extends Error {
  override name = "EmbeddedNeo4jError";
}

export interface EmbeddedOptions {
  /** Folder for data, logs, credentials and state (ZONEGRAPH_HOME). */
  home: string;
  boltPort: number;
  heap: string;
  txTimeout: string;
  /** Per-transaction cap; default (and upper bound) derived from the heap, see memorySettings(). */
  txMemoryMax?: string | undefined;
  /** Page cache override (default derived from the heap); the scale benchmark raises it. */
  pageCache?: string | undefined;
  /** Where progress lines go (default: stderr). */
  log?: (line: string) => void;
}

export interface Credentials {
  user: string;
  password: string;
}

export interface RunningNeo4j {
  uri: string;
  credentials: Credentials;
  pid: number;
  /** True when an already running instance was found and reused (then stop() leaves it running). */
  reused: boolean;
  /** Settles when the JVM exits, for any reason (only for a JVM this process started attached). */
  exited?: Promise<void>;
  /** Stops the instance if this process started it attached; no-op for a reused one. */
  stop(): Promise<void>;
}

interface State {
  pid: number;
  port: number;
  startedAt: string;
}

const paths = (home: string) => ({
  home,
  neo4jHome: path.join(home, "neo4j"),
  conf: path.join(home, "neo4j", "neo4j.conf"),
  state: path.join(home, "neo4j", "state.json"),
  launcherLog: path.join(home, "neo4j", "launcher.log"),
  credentials: path.join(home, "credentials.json"),
});

/** Java 17+ is required; returns the major version or throws a one-line error. */
export function checkJava(): number {
  const r = spawnSync("java", ["-version"], { encoding: "utf8" });
  if (r.error || r.status !== 0) {
    throw new EmbeddedNeo4jError(
      "Java 17+ is required for the embedded Neo4j but `java` was not found: install a JDK 17+, or run `docker compose up`, or set NEO4J_URI to a running Neo4j 5.",
    );
  }
  const m = /version "(\d+)(?:\.(\d+))?/.exec(`${r.stderr}${r.stdout}`);
  const major = m ? Number(m[1] === "1" ? m[2] : m[1]) : 0;
  if (major < 17) {
    throw new EmbeddedNeo4jError(
      `Java 17+ is required for the embedded Neo4j (found Java ${major || "unknown"}): install a JDK 17+, or run \`docker compose up\`, or set NEO4J_URI to a running Neo4j 5.`,
    );
  }
  return major;
}

/** The generated password, created on first use and kept in the git-ignored home folder. */
export function readOrCreateCredentials(home: string): Credentials {
  const file = paths(home).credentials;
  if (fs.existsSync(file)) {
    const parsed = JSON.parse(fs.readFileSync(file, "utf8")) as Partial<Credentials>;
    if (typeof parsed.password === "string" && parsed.password.length >= 8) {
      return { user: parsed.user ?? "neo4j", password: parsed.password };
    }
  }
  const credentials = { user: "neo4j", password: randomBytes(18).toString("base64url") };
  fs.mkdirSync(home, { recursive: true });
  fs.writeFileSync(file, `${JSON.stringify(credentials, null, 2)}\n`, { mode: 0o600 });
  return credentials;
}

/**
 * Resolve (and on first run download) the Neo4j jars through Maven. The jars stay in ~/.m2; the
 * list of their paths is cached beside them, keyed by the pom's content.
 */
export function resolveClasspath(log: (line: string) => void): string {
  const pom = fs.readFileSync(POM_PATH);
  const hash = createHash("sha256").update(pom).digest("hex").slice(0, 12);
  const cacheDir = path.join(os.homedir(), ".m2", "zonegraph");
  const cacheFile = path.join(cacheDir, `neo4j-classpath-${hash}.txt`);
  if (fs.existsSync(cacheFile)) {
    const cp = fs.readFileSync(cacheFile, "utf8").trim();
    if (cp?.split(path.delimiter).every((jar) => fs.existsSync(jar))) return cp;
  }
  const mvn = spawnSync("mvn", ["-v"], { encoding: "utf8" });
  if (mvn.error || mvn.status !== 0) {
    throw new EmbeddedNeo4jError(
      "Maven (`mvn`) is required to fetch the embedded Neo4j from Maven Central: install Maven, or run `docker compose up`, or set NEO4J_URI.",
    );
  }
  log(`Fetching Neo4j ${NEO4J_VERSION} Community from Maven Central into ~/.m2 (first run only)…`);
  fs.mkdirSync(cacheDir, { recursive: true });
  const tmp = `${cacheFile}.${process.pid}.tmp`;
  const r = spawnSync(
    "mvn",
    ["-B", "-q", "-f", POM_PATH, "dependency:build-classpath", `-Dmdep.outputFile=${tmp}`],
    { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] },
  );
  if (r.status !== 0 || !fs.existsSync(tmp)) {
    const tail = `${r.stdout}\n${r.stderr}`.trim().split("\n").slice(-3).join(" | ");
    throw new EmbeddedNeo4jError(`Maven could not resolve org.neo4j:neo4j:${NEO4J_VERSION}: ${tail}`);
  }
  fs.renameSync(tmp, cacheFile);
  return fs.readFileSync(cacheFile, "utf8").trim();
}

/**
 * Launcher.java compiled once into ~/.m2/zonegraph (keyed by its content and the classpath), so a
 * start — and a supervisor's restart — does not spend seconds compiling it. Returns the java
 * arguments that run it; without javac (a bare JRE), the single-file source launcher.
 */
export function launcherArgs(classpath: string, log: (line: string) => void): string[] {
  const source = fs.readFileSync(LAUNCHER_PATH);
  const hash = createHash("sha256").update(source).update(classpath).digest("hex").slice(0, 12);
  const dir = path.join(os.homedir(), ".m2", "zonegraph", `launcher-${hash}`);
  if (!fs.existsSync(path.join(dir, "Launcher.class"))) {
    const tmp = `${dir}.${process.pid}.tmp`;
    fs.rmSync(tmp, { recursive: true, force: true });
    const r = spawnSync("javac", ["-nowarn", "-cp", classpath, "-d", tmp, LAUNCHER_PATH], {
      encoding: "utf8",
    });
    if (r.error || r.status !== 0) {
      log("javac not usable: running Launcher.java from source (slower starts).");
      fs.rmSync(tmp, { recursive: true, force: true });
      return ["-cp", classpath, LAUNCHER_PATH];
    }
    try {
      fs.renameSync(tmp, dir);
    } catch (error) {
      // Another process compiled it at the same time: use theirs.
      fs.rmSync(tmp, { recursive: true, force: true });
      if (!fs.existsSync(path.join(dir, "Launcher.class"))) throw error;
    }
  }
  return ["-cp", `${classpath}${path.delimiter}${dir}`, "Launcher"];
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** True when something accepts TCP connections on 127.0.0.1:port. */
export function portAnswers(port: number, timeoutMs = 1000): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: "127.0.0.1", port });
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once("connect", () => done(true));
    socket.once("error", () => done(false));
  });
}

/** A free TCP port on 127.0.0.1 (for tests that start their own Neo4j). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

function readState(home: string): State | null {
  try {
    return JSON.parse(fs.readFileSync(paths(home).state, "utf8")) as State;
  } catch {
    return null;
  }
}

const UNIT: Record<string, number> = { "": 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 };

/** "1g", "768m", "256k", "1048576" → bytes; throws on anything else. */
export function parseSize(size: string): number {
  const m = /^(\d+)([kmg]?)$/i.exec(size.trim());
  if (!m)
    throw new EmbeddedNeo4jError(`Not a memory size: ${JSON.stringify(size)} (expected e.g. 1g or 256m)`);
  return Number(m[1]) * (UNIT[(m[2] ?? "").toLowerCase()] ?? 1);
}

const MIB = 1024 ** 2;
const mib = (bytes: number) => `${Math.max(1, Math.floor(bytes / MIB))}m`;

export interface MemorySettings {
  heap: string;
  pageCache: string;
  /** dbms.memory.transaction.total.max: all transactions together. */
  txTotalMax: string;
  /** db.memory.transaction.max: one transaction. */
  txMax: string;
}

/**
 * Neo4j's own memory limits, sized from the heap so that no set of transactions can exhaust it:
 * - all transactions together: 60% of the heap (the rest is Neo4j's own working memory);
 * - one transaction: a quarter of that total (so four heavy queries fit at once), or the
 *   requested cap when it is smaller;
 * - page cache (off heap): a quarter of the heap, between 64m and 512m.
 * Whatever is not tracked by these limits and still fills the heap ends the JVM
 * (-XX:+ExitOnOutOfMemoryError) instead of wedging it; the supervisor then restarts it.
 */
export function memorySettings(heap: string, txMemoryMax?: string): MemorySettings {
  const heapBytes = parseSize(heap);
  const total = Math.floor(heapBytes * 0.6);
  const perTx = Math.min(
    Math.floor(total / 4),
    txMemoryMax ? parseSize(txMemoryMax) : Number.POSITIVE_INFINITY,
  );
  const pageCache = Math.min(512 * MIB, Math.max(64 * MIB, Math.floor(heapBytes / 4)));
  return { heap: mib(heapBytes), pageCache: mib(pageCache), txTotalMax: mib(total), txMax: mib(perTx) };
}

/** The JVM flags of the embedded Neo4j (heap fixed at start, a clean exit on OutOfMemoryError). */
export function jvmMemoryArgs(memory: MemorySettings): string[] {
  return [`-Xms${memory.heap}`, `-Xmx${memory.heap}`, "-XX:+UseG1GC", "-XX:+ExitOnOutOfMemoryError"];
}

function writeConf(opts: EmbeddedOptions): string {
  const p = paths(opts.home);
  fs.mkdirSync(p.neo4jHome, { recursive: true });
  const settings: Record<string, string> = {
    "server.bolt.enabled": "true",
    // Bound to localhost: the embedded default is a local tool, not a network service.
    "server.bolt.listen_address": `127.0.0.1:${opts.boltPort}`,
    "server.bolt.advertised_address": `127.0.0.1:${opts.boltPort}`,
    "server.http.enabled": "false",
    "server.https.enabled": "false",
    "dbms.security.auth_enabled": "true",
    // LOAD CSV may not read local files.
    "dbms.security.allow_csv_import_from_file_urls": "false",
    "db.transaction.timeout": opts.txTimeout,
    ...neo4jMemoryConf(memorySettings(opts.heap, opts.txMemoryMax)),
    ...(opts.pageCache ? { "server.memory.pagecache.size": opts.pageCache } : {}),
    "db.tx_log.rotation.retention_policy": "2 files",
    "dbms.usage_report.enabled": "false",
  };
  const text = `# Generated by zonegraph on every start; edit server/neo4j/embedded.ts instead.\n${Object.entries(
    settings,
  )
    .map(([k, v]) => `${k}=${v}`)
    .join("\n")}\n`;
  fs.writeFileSync(p.conf, text);
  return p.conf;
}

/**
 * The neo4j.conf memory lines (the heap itself is a JVM flag here; docker-compose.yml sets the
 * same values, and its test compares them).
 */
export function neo4jMemoryConf(memory: MemorySettings): Record<string, string> {
  return {
    "server.memory.pagecache.size": memory.pageCache,
    "dbms.memory.transaction.total.max": memory.txTotalMax,
    "db.memory.transaction.max": memory.txMax,
  };
}

async function waitFor(check: () => Promise<boolean> | boolean, timeoutMs: number, stepMs = 250) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (await check()) return true;
    await new Promise((r) => setTimeout(r, stepMs));
  }
  return false;
}

function tailOf(file: string, lines = 5): string {
  try {
    return fs.readFileSync(file, "utf8").trim().split("\n").slice(-lines).join(" | ");
  } catch {
    return "";
  }
}

/**
 * Start the embedded Neo4j, or reuse the one already running from the same home folder.
 * attached=true: the child dies with this process (stdin watch) and stop() stops it.
 * attached=false: a detached background process for `zonegraph neo4j start`.
 */
export async function startEmbedded(
  opts: EmbeddedOptions,
  { attached = true, startTimeoutMs = 240_000 } = {},
): Promise<RunningNeo4j> {
  const log = opts.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const p = paths(opts.home);
  fs.mkdirSync(p.neo4jHome, { recursive: true });
  const credentials = readOrCreateCredentials(opts.home);
  const uri = `bolt://127.0.0.1:${opts.boltPort}`;

  const state = readState(opts.home);
  if (state && isAlive(state.pid)) {
    if (state.port === opts.boltPort && (await waitFor(() => portAnswers(state.port), 60_000, 500))) {
      log(`Reusing the embedded Neo4j already running (pid ${state.pid}, ${uri}).`);
      return { uri, credentials, pid: state.pid, reused: true, stop: async () => {} };
    }
    throw new EmbeddedNeo4jError(
      `An embedded Neo4j from ${opts.home} is running on port ${state.port} (pid ${state.pid}); stop it with \`zonegraph neo4j stop\` or set NEO4J_BOLT_PORT=${state.port}.`,
    );
  }
  if (await portAnswers(opts.boltPort)) {
    throw new EmbeddedNeo4jError(
      `Port ${opts.boltPort} is already in use by another program: set NEO4J_BOLT_PORT to a free port, or NEO4J_URI to use a Neo4j that is already running.`,
    );
  }

  let recovered: Recovery | null;
  try {
    recovered = recoverInterruptedImport(opts.home);
  } catch (error) {
    throw new EmbeddedNeo4jError((error as Error).message);
  }
  if (recovered?.message) log(recovered.message);
  checkJava();
  const classpath = resolveClasspath(log);
  const conf = writeConf(opts);
  log(`Starting embedded Neo4j ${NEO4J_VERSION} on ${uri} (data in ${p.neo4jHome})…`);

  const args = [
    ...jvmMemoryArgs(memorySettings(opts.heap, opts.txMemoryMax)),
    "-Dfile.encoding=UTF-8",
    ...launcherArgs(classpath, log),
    p.neo4jHome,
    conf,
    ...(attached ? ["--stdin-watch"] : []),
  ];
  const env = { ...process.env, ZONEGRAPH_NEO4J_PASSWORD: credentials.password };
  const logFd = fs.openSync(p.launcherLog, "a");
  let child: ChildProcess;
  if (attached) {
    child = spawn("java", args, { env, stdio: ["pipe", "pipe", logFd] });
    child.stdout?.on("data", (chunk: Buffer) => fs.appendFileSync(p.launcherLog, chunk));
  } else {
    child = spawn("java", args, { env, stdio: ["ignore", logFd, logFd], detached: true });
    child.unref();
  }
  fs.closeSync(logFd);
  const pid = child.pid;
  if (pid === undefined) throw new EmbeddedNeo4jError("Could not start java for the embedded Neo4j.");
  fs.writeFileSync(
    p.state,
    JSON.stringify({ pid, port: opts.boltPort, startedAt: new Date().toISOString() } satisfies State),
  );

  let exited = false;
  const exitedPromise = new Promise<void>((resolve) =>
    child.once("exit", () => {
      exited = true;
      resolve();
    }),
  );
  const ready = await waitFor(
    async () =>
      exited ||
      (fs.readFileSync(p.launcherLog, "utf8").includes("ZONEGRAPH_NEO4J_READY") &&
        (await portAnswers(opts.boltPort))),
    startTimeoutMs,
    500,
  );
  if (exited || !ready) {
    if (!exited) child.kill("SIGKILL");
    fs.rmSync(p.state, { force: true });
    throw new EmbeddedNeo4jError(
      `The embedded Neo4j did not start${exited ? "" : ` within ${startTimeoutMs / 1000}s`}: ${tailOf(p.launcherLog)} (log: ${p.launcherLog})`,
    );
  }
  log(`Embedded Neo4j is up on ${uri}.`);
  if (recovered)
    await recordInterruptedImport(opts.home, uri, credentials, recovered.marker).catch((error) =>
      log(`Could not record the interrupted bulk import: ${(error as Error).message}`),
    );

  const stop = async () => {
    if (attached) await stopPid(pid);
    if (readState(opts.home)?.pid === pid) fs.rmSync(p.state, { force: true });
  };
  return { uri, credentials, pid, reused: false, ...(attached ? { exited: exitedPromise } : {}), stop };
}

async function stopPid(pid: number, timeoutMs = 60_000): Promise<boolean> {
  if (!isAlive(pid)) return false;
  process.kill(pid, "SIGTERM");
  if (!(await waitFor(() => !isAlive(pid), timeoutMs, 200))) {
    process.kill(pid, "SIGKILL");
    await waitFor(() => !isAlive(pid), 5000, 100);
  }
  return true;
}

/** Stop the embedded Neo4j running from `home` (started by `zonegraph neo4j start` or an app). */
export async function stopEmbedded(home: string): Promise<{ stopped: boolean; pid: number | null }> {
  const state = readState(home);
  if (!state) return { stopped: false, pid: null };
  const stopped = await stopPid(state.pid);
  fs.rmSync(paths(home).state, { force: true });
  return { stopped, pid: state.pid };
}

export async function statusEmbedded(
  home: string,
): Promise<{ running: boolean; pid: number | null; uri: string | null; answering: boolean }> {
  const state = readState(home);
  if (!state || !isAlive(state.pid)) return { running: false, pid: null, uri: null, answering: false };
  return {
    running: true,
    pid: state.pid,
    uri: `bolt://127.0.0.1:${state.port}`,
    answering: await portAnswers(state.port),
  };
}

export function credentialsFile(home: string): string {
  return paths(home).credentials;
}
