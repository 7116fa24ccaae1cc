/**
 * The real Neo4j instances of a test run, started once each and kept on globalThis with a count of their
 * users (vitest runs every project's global setup in the same main process):
 * - "corpus": data/corpus loaded; shared by the integration and e2e tiers (tests/setup/neo4j.global.ts);
 * - "scratch": empty; lent to one integration file at a time whose subject is destructive (a reset, a
 *   killed load, uploads), wiped before each (tests/setup/scratchNeo4j.global.ts, tests/support/embedded.ts).
 *
 * It starts in the BACKGROUND: the connection (a free port and a generated password) is known at once, so
 * the global setup provides it and returns, and the JVM start and the corpus load overlap the unit tier.
 * The outcome is written to a status file; tests/setup/neo4j.ready.ts makes each test file of a service
 * tier wait for it (and fail with the start's own error message).
 * - NEO4J_URI set (with NEO4J_USER/NEO4J_PASSWORD/NEO4J_DATABASE): that Neo4j is used; its database is reset.
 * - Otherwise an embedded Neo4j 5 in a temporary folder, on a free port, stopped and deleted at the end.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { PROJECT_ROOT } from "../../server/config";
import { loadCorpus } from "../../server/load/corpus";
import { freePort, readOrCreateCredentials, startEmbedded } from "../../server/neo4j/embedded";
import { createDriver, Executor, type Neo4jConnection } from "../../server/neo4j/executor";

/** What the status file says once the start is over. */
export type Neo4jStatus = { ok: true } | { ok: false; error: string };

export interface SharedNeo4j {
  connection: Neo4jConnection;
  /** Absent while the start runs; then a JSON Neo4jStatus. */
  statusFile: string;
}

interface Instance extends SharedNeo4j {
  users: number;
  /** Settles when the start (and the corpus load) is over, whatever its outcome. */
  settled: Promise<void>;
  stop(): Promise<void>;
}

export type SharedKind = "corpus" | "scratch";
const KEYS = {
  corpus: Symbol.for("zonegraph.tests.neo4j.corpus"),
  scratch: Symbol.for("zonegraph.tests.neo4j.scratch"),
};
type Holder = Record<symbol, Promise<Instance> | undefined>;
/** Heap and transaction timeout of each kind (also the settings of a file's own Neo4j: tests/support/embedded.ts). */
export const SHARED_SETTINGS = {
  corpus: { heap: "1g", txTimeout: "60s", loadCorpus: true },
  scratch: { heap: "512m", txTimeout: "300s", loadCorpus: false },
};

/** The run's Neo4j of that kind (started on the first call); each caller calls the returned release() once. */
export async function acquireSharedNeo4j(
  kind: SharedKind = "corpus",
): Promise<SharedNeo4j & { release(): Promise<void> }> {
  const holder = globalThis as unknown as Holder;
  const key = KEYS[kind];
  holder[key] ??= boot(kind);
  const instance = await holder[key];
  instance.users += 1;
  let released = false;
  const release = async () => {
    if (released) return;
    released = true;
    instance.users -= 1;
    if (instance.users > 0) return;
    delete holder[key];
    await instance.settled;
    await instance.stop();
  };
  return { connection: instance.connection, statusFile: instance.statusFile, release };
}

async function boot(kind: SharedKind): Promise<Instance> {
  const started = performance.now();
  const settings = SHARED_SETTINGS[kind];
  const log = (line: string) => process.stderr.write(`[neo4j-test ${kind}] ${line}\n`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `zonegraph-test-${kind}-`));
  const statusFile = path.join(dir, "status.json");
  // The scratch instance is always a private embedded one: it is wiped over and over.
  const external = kind === "corpus" ? process.env.NEO4J_URI : undefined;
  const home = path.join(dir, "home");
  const connection: Neo4jConnection = external
    ? {
        uri: external,
        user: process.env.NEO4J_USER ?? "neo4j",
        password: process.env.NEO4J_PASSWORD ?? "",
        database: process.env.NEO4J_DATABASE ?? "neo4j",
      }
    : await embeddedConnection(home);
  let stopJvm: () => Promise<void> = async () => {};
  const settled = (async () => {
    if (!external) {
      const running = await startEmbedded(
        {
          home,
          boltPort: portOf(connection.uri),
          heap: settings.heap,
          txTimeout: settings.txTimeout,
          txMemoryMax: "256m",
          log,
        },
        { startTimeoutMs: 600_000 },
      );
      stopJvm = running.stop;
    }
    if (settings.loadCorpus) await loadTestCorpus(connection, log);
  })().then(
    () => {
      log(`ready in ${((performance.now() - started) / 1000).toFixed(1)} s`);
      writeStatus(statusFile, { ok: true });
    },
    (error: unknown) => {
      const message = error instanceof Error ? error.message : String(error);
      log(`could not start: ${message}`);
      writeStatus(statusFile, { ok: false, error: message });
    },
  );
  const stop = async () => {
    await stopJvm();
    fs.rmSync(dir, { recursive: true, force: true });
  };
  return { connection, statusFile, users: 0, settled, stop };
}

/** The connection of an embedded Neo4j not started yet: its port and generated password are chosen now. */
async function embeddedConnection(home: string): Promise<Neo4jConnection> {
  const port = await freePort();
  const credentials = readOrCreateCredentials(home);
  return { uri: `bolt://127.0.0.1:${port}`, ...credentials, database: "neo4j" };
}

function portOf(uri: string): number {
  return Number(new URL(uri.replace(/^bolt:/, "http:")).port);
}

/** data/corpus, loaded once with --reset: the API, query and e2e tests assert on what the documents say. */
async function loadTestCorpus(connection: Neo4jConnection, log: (line: string) => void): Promise<void> {
  const executor = new Executor(
    createDriver(connection, { acquisitionTimeoutMs: 10_000 }),
    connection.database,
  );
  try {
    const result = await loadCorpus(executor, path.join(PROJECT_ROOT, "data", "corpus"), { reset: true });
    log(`corpus loaded: ${result.documents} documents in ${result.seconds.toFixed(1)} s`);
  } finally {
    await executor.close();
  }
}

function writeStatus(file: string, status: Neo4jStatus): void {
  const tmp = `${file}.tmp`;
  fs.writeFileSync(tmp, JSON.stringify(status));
  fs.renameSync(tmp, file);
}
