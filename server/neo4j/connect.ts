/**
 * One code path to a Neo4j 5: NEO4J_URI when set (Docker, Aura, a cluster; nothing is started),
 * otherwise the embedded default started (or reused) by this process. With `supervise` (the app),
 * the embedded Neo4j is restarted whenever it exits (server/neo4j/supervisor.ts); either way the
 * one driver reconnects by itself once Neo4j answers again.
 */
import type { Config } from "../config";
import { withSharedBookmarks } from "./causal";
import { type RunningNeo4j, startEmbedded } from "./embedded";
import { createExecutor, Executor, mapNeo4jError, type Neo4jConnection } from "./executor";
import { Neo4jSupervisor } from "./supervisor";

export interface Neo4jHandle {
  connection: Neo4jConnection;
  executor: Executor;
  /** The embedded Neo4j as first started (null with NEO4J_URI). */
  embedded: RunningNeo4j | null;
  /** Restarts the embedded Neo4j when it exits (only with `supervise`). */
  supervisor: Neo4jSupervisor | null;
  /** Close the driver, then stop the embedded Neo4j if this process started it. */
  close(): Promise<void>;
  /** Runs `fn` first when close() is called (e.g. stop a monitor that uses the driver). */
  onClose(fn: () => void): void;
}

export class Neo4jConnectError extends Error {
  override name = "Neo4jConnectError";
}

export async function connectNeo4j(
  config: Config,
  {
    log = (line: string) => process.stderr.write(`${line}\n`),
    verifyTimeoutMs = 4000,
    supervise = false,
  } = {},
): Promise<Neo4jHandle> {
  let embedded: RunningNeo4j | null = null;
  let supervisor: Neo4jSupervisor | null = null;
  let connection: Neo4jConnection;
  if (config.NEO4J_URI) {
    if (!config.NEO4J_PASSWORD) {
      throw new Neo4jConnectError("NEO4J_PASSWORD must be set when NEO4J_URI is set.");
    }
    connection = {
      uri: config.NEO4J_URI,
      user: config.NEO4J_USER,
      password: config.NEO4J_PASSWORD,
      database: config.NEO4J_DATABASE,
    };
  } else {
    const start = () =>
      startEmbedded({
        home: config.ZONEGRAPH_HOME,
        boltPort: config.NEO4J_BOLT_PORT,
        heap: config.NEO4J_HEAP,
        txTimeout: config.NEO4J_TX_TIMEOUT,
        txMemoryMax: config.NEO4J_TX_MEMORY_MAX,
        log,
      });
    supervisor = supervise ? new Neo4jSupervisor({ start, log }) : null;
    embedded = supervisor ? await supervisor.start() : await start();
    connection = {
      uri: embedded.uri,
      user: embedded.credentials.user,
      password: embedded.credentials.password,
      database: config.NEO4J_DATABASE,
    };
  }
  // Every session shares one bookmark manager: reads after a load see its writes on a cluster too.
  // Health and readiness probes use the executor's own small pool (createExecutor).
  const base = createExecutor(connection);
  const executor = new Executor(withSharedBookmarks(base.driver), connection.database, base.probeDriver);
  const beforeClose: (() => void)[] = [];
  const close = async () => {
    for (const fn of beforeClose.splice(0)) fn();
    await executor.close().catch(() => {});
    if (supervisor) await supervisor.stop();
    else await embedded?.stop();
  };
  try {
    await verify(executor, verifyTimeoutMs);
  } catch (error) {
    await close();
    const where = config.NEO4J_URI ? `${connection.uri} (NEO4J_URI)` : connection.uri;
    throw new Neo4jConnectError(`Cannot reach Neo4j at ${where}: ${(error as Error).message}`);
  }
  return { connection, executor, embedded, supervisor, close, onClose: (fn) => beforeClose.push(fn) };
}

async function verify(executor: Executor, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  let last: unknown;
  while (Date.now() < until) {
    try {
      await executor.driver.verifyConnectivity({ database: executor.database });
      return;
    } catch (error) {
      last = error;
      const mapped = mapNeo4jError(error);
      // Wrong credentials or an unknown database will not fix themselves: fail at once.
      if (
        /credentials|Unauthorized|DatabaseNotFound|database does not exist/i.test(
          `${mapped.message} ${(error as { code?: string }).code ?? ""}`,
        )
      )
        break;
      await new Promise((r) => setTimeout(r, 1000));
    }
  }
  const message = (last instanceof Error ? last.message : String(last)).split("\n")[0] ?? "unknown error";
  throw new Error(message);
}
