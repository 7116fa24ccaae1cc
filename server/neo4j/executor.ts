/**
 * The one place that touches the Neo4j driver. Repositories hand it {cypher, params} built by pure
 * functions; it opens a session on the explicit database, runs a managed (retried) transaction,
 * closes the session in finally, and maps Neo4j error codes to typed errors.
 *
 * Analysts' Cypher goes through runAnalystRead: an explicit READ transaction with a timeout, no
 * automatic retry, and a row cap enforced by pulling at most N+1 records.
 */
import neo4j, {
  type Driver,
  Neo4jError,
  type Record as Neo4jRecord,
  type QueryResult,
  type ResultSummary,
  type Session,
  type Transaction,
} from "neo4j-driver";
import {
  AppError,
  CypherError,
  CypherMemoryError,
  CypherRefusedError,
  CypherRuntimeError,
  CypherSyntaxError,
  CypherTimeoutError,
  Neo4jUnavailableError,
  withInternal,
} from "../errors";

export interface Query {
  cypher: string;
  params?: Record<string, unknown>;
}

export interface Neo4jConnection {
  uri: string;
  user: string;
  password: string;
  database: string;
}

/** One driver per process: short acquisition timeout so an outage answers 503 within ~2 s. */
export function createDriver(conn: Neo4jConnection, { acquisitionTimeoutMs = 2000 } = {}): Driver {
  return neo4j.driver(conn.uri, neo4j.auth.basic(conn.user, conn.password), {
    connectionAcquisitionTimeout: acquisitionTimeoutMs,
    connectionTimeout: acquisitionTimeoutMs,
    // Short: a Neo4j outage must answer 503 within ~2 s, not after retrying for longer.
    maxTransactionRetryTime: 500,
    disableLosslessIntegers: true,
    userAgent: "zonegraph",
  });
}

/**
 * The app's Executor: the main driver, and a separate small pool for health and readiness probes
 * so they never wait behind analysts' queries for a connection.
 */
export function createExecutor(conn: Neo4jConnection, { acquisitionTimeoutMs = 2000 } = {}): Executor {
  const probe = neo4j.driver(conn.uri, neo4j.auth.basic(conn.user, conn.password), {
    maxConnectionPoolSize: 4,
    connectionAcquisitionTimeout: acquisitionTimeoutMs,
    connectionTimeout: acquisitionTimeoutMs,
    disableLosslessIntegers: true,
    userAgent: "zonegraph-probe",
  });
  return new Executor(createDriver(conn, { acquisitionTimeoutMs }), conn.database, probe);
}

const UNAVAILABLE_CODES = new Set([
  "ServiceUnavailable",
  "SessionExpired",
  "Neo.TransientError.General.DatabaseUnavailable",
]);

/** Neo4j statement errors that are the query's own fault at compile time. */
const COMPILE_CODES = new Set([
  "Neo.ClientError.Statement.SyntaxError",
  "Neo.ClientError.Statement.ParameterMissing",
  "Neo.ClientError.Statement.SemanticError",
]);

/**
 * Map a driver error to a typed AppError (the error handler turns those into HTTP). `phase` says
 * whether the query was being compiled (EXPLAIN) or run: a statement error while running is a
 * runtime error (CYPHER_RUNTIME), never a syntax error.
 */
export function mapNeo4jError(error: unknown, phase: "compile" | "run" = "run"): Error {
  if (error instanceof AppError) return error;
  if (!(error instanceof Neo4jError)) {
    const message = error instanceof Error ? error.message : String(error);
    if (/acquisition|ECONNREFUSED|connect|timed out|Connection was closed/i.test(message)) {
      return withInternal(new Neo4jUnavailableError("Neo4j is not reachable; try again shortly."), message);
    }
    return error instanceof Error ? error : new Error(message);
  }
  const code = error.code ?? "";
  const message = firstLine(error.message);
  if (
    UNAVAILABLE_CODES.has(code) ||
    /acquisition timed out|Failed to connect|ECONNREFUSED/i.test(error.message)
  ) {
    return withInternal(
      new Neo4jUnavailableError("Neo4j is not reachable; try again shortly.", { neo4jCode: code }),
      error.message,
    );
  }
  if (
    code.startsWith("Neo.ClientError.Security.Unauthorized") ||
    code.startsWith("Neo.ClientError.Security.AuthenticationRateLimit")
  ) {
    return withInternal(
      new Neo4jUnavailableError("Neo4j refused the app's credentials.", { neo4jCode: code }),
      error.message,
    );
  }
  if (COMPILE_CODES.has(code) || (phase === "compile" && code === "Neo.ClientError.Statement.TypeError")) {
    return new CypherSyntaxError(message, { neo4jCode: code });
  }
  if (
    code.startsWith("Neo.ClientError.Transaction.TransactionTimedOut") ||
    code === "Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration" ||
    code === "Neo.TransientError.Transaction.Terminated"
  ) {
    return new CypherTimeoutError(`The query was stopped at the transaction timeout: ${message}`, {
      neo4jCode: code,
    });
  }
  if (/MemoryPoolOutOfMemoryError|TransactionOutOfMemoryError|OutOfMemory/.test(code)) {
    return new CypherMemoryError(`The query exceeded the per-transaction memory limit: ${message}`, {
      neo4jCode: code,
    });
  }
  if (code.startsWith("Neo.ClientError.Security.") || code === "Neo.ClientError.Statement.AccessMode") {
    return new CypherRefusedError(`Refused by Neo4j: ${message}`, { neo4jCode: code });
  }
  if (
    code.startsWith("Neo.ClientError.Statement.") ||
    code.startsWith("Neo.ClientError.Procedure.") ||
    code.startsWith("Neo.DatabaseError.Statement.")
  ) {
    return phase === "compile"
      ? new CypherSyntaxError(message, { neo4jCode: code })
      : new CypherRuntimeError(`The query failed while running: ${message}`, { neo4jCode: code });
  }
  return new CypherError(message, { neo4jCode: code });
}

function firstLine(s: string): string {
  return s.split("\n")[0]?.trim() ?? s;
}

export interface AnalystResult {
  keys: string[];
  records: Neo4jRecord[];
  /** Why records were left out: the row cap or the byte budget; false when none was. */
  truncated: false | { reason: "rows" | "bytes" };
  queryType: string;
}

export interface AnalystLimits {
  timeoutMs: number;
  maxRows: number;
  /** Stops pulling when a record would not fit (see server/cypher/bytes.ts). */
  budget?: { admit(values: unknown[]): boolean };
  /** Called for each kept record as it arrives, so its conversion happens before the deadline. */
  onRecord?: (record: Neo4jRecord) => void;
}

/** How long executeReadOnce retries a retryable error (the driver's maxTransactionRetryTime for executeRead). */
export const READ_RETRY_MS = 500;
const READ_RETRY_PAUSE_MS = 100;

/** Records per PULL while a PROFILE is consumed (none is kept). */
const PROFILE_FETCH_SIZE = 1000;

/** Beyond Neo4j's own transaction timeout, the app stops waiting this much later. */
export const DEADLINE_GRACE_MS = 300;

export class Executor {
  constructor(
    readonly driver: Driver,
    readonly database: string,
    /** A small separate pool for health and readiness probes (default: the main driver). */
    readonly probeDriver: Driver = driver,
  ) {}

  /** Runs `work` in a session of `mode` on the main driver, closes it, and maps Neo4j's errors. */
  private async withSession<T>(mode: "READ" | "WRITE", work: (session: Session) => Promise<T>): Promise<T> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: mode });
    try {
      return await work(session);
    } catch (error) {
      throw mapNeo4jError(error);
    } finally {
      await session.close();
    }
  }

  async executeRead(query: Query, { timeoutMs }: { timeoutMs?: number } = {}): Promise<QueryResult> {
    return this.withSession(neo4j.session.READ, (session) =>
      session.executeRead((tx) => tx.run(query.cypher, query.params ?? {}), txConfig(timeoutMs)),
    );
  }

  /**
   * A read in one round trip: an auto-commit transaction (RUN and PULL pipelined) in a READ session, so
   * routed to a reader and carrying the session's bookmarks like executeRead, without its BEGIN and
   * COMMIT exchange (a managed transaction waits for a second round trip, COMMIT, after the records).
   * Retried as executeRead would be: on a retryable error, again within READ_RETRY_MS. For the
   * explorer's bounded, repeated reads (search, neighbourhoods, corridors), where the round trip is
   * most of their time: on the 100k bench graph Neo4j itself took ~1 ms of a ~7 ms read.
   */
  async executeReadOnce(query: Query, { timeoutMs }: { timeoutMs?: number } = {}): Promise<QueryResult> {
    const until = Date.now() + READ_RETRY_MS;
    for (;;) {
      const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.READ });
      try {
        return await session.run(query.cypher, query.params ?? {}, txConfig(timeoutMs));
      } catch (error) {
        if (!(Neo4jError.isRetryable(error) && Date.now() < until)) throw mapNeo4jError(error);
      } finally {
        await session.close();
      }
      await new Promise((resolve) => setTimeout(resolve, READ_RETRY_PAUSE_MS));
    }
  }

  async executeWrite(query: Query, { timeoutMs }: { timeoutMs?: number } = {}): Promise<QueryResult> {
    return this.withSession(neo4j.session.WRITE, (session) =>
      session.executeWrite((tx) => tx.run(query.cypher, query.params ?? {}), txConfig(timeoutMs)),
    );
  }

  /**
   * A read that must end by `timeoutMs` + DEADLINE_GRACE_MS whatever Neo4j does (path searches: Neo4j's
   * own transaction timeout is not always checked in time). Explicit READ transaction, no retry; at the
   * deadline it answers CypherTimeoutError and closes the transaction and session in the background.
   */
  async executeReadWithin(query: Query, timeoutMs: number): Promise<QueryResult> {
    return this.readWithDeadline(timeoutMs, async (tx) => await tx.run(query.cypher, query.params ?? {}));
  }

  /** Several statements in one write transaction (the loader's batches). */
  async executeWriteAll(queries: Query[], { timeoutMs }: { timeoutMs?: number } = {}): Promise<void> {
    await this.withSession(neo4j.session.WRITE, (session) =>
      session.executeWrite(async (tx) => {
        for (const q of queries) await tx.run(q.cypher, q.params ?? {});
      }, txConfig(timeoutMs)),
    );
  }

  /** Schema commands (constraints, indexes) run in auto-commit transactions. */
  async executeSchema(cypher: string): Promise<void> {
    await this.withSession(neo4j.session.WRITE, (session) => session.run(cypher));
  }

  /**
   * One statement in an auto-commit transaction, with parameters: what `CALL {…} IN TRANSACTIONS`
   * needs (the loader's derived properties and reset sweep). Not retried.
   */
  async executeAutoCommit(query: Query): Promise<QueryResult> {
    return this.withSession(neo4j.session.WRITE, (session) => session.run(query.cypher, query.params ?? {}));
  }

  /** EXPLAIN a query (never executes it); returns the query type and the plan. */
  async explain(query: Query, { timeoutMs = 10_000 }: { timeoutMs?: number } = {}): Promise<QueryResult> {
    return this.readWithDeadline(timeoutMs, (tx) => tx.run(`EXPLAIN ${query.cypher}`, query.params ?? {}), {
      phase: "compile",
    });
  }

  /**
   * Analysts' Cypher: explicit READ transaction (no retry) with Neo4j's timeout, and the app's own
   * deadline (timeout + DEADLINE_GRACE_MS) after which it answers CYPHER_TIMEOUT and closes the
   * transaction and session without waiting for them. At most maxRows records are kept and the
   * byte budget may stop earlier; pulling stops there. The caller must already have vetted the query.
   */
  async runAnalystRead(query: Query, limits: AnalystLimits): Promise<AnalystResult> {
    return this.readWithDeadline(limits.timeoutMs, (tx) => pullRecords(tx, query, limits), {
      fetchSize: Math.min(limits.maxRows + 1, 100),
    });
  }

  /**
   * A PROFILE statement (built by the caller, already vetted) in the same READ transaction with the same
   * deadline as runAnalystRead. Neo4j gives profile statistics only for a result consumed to its end (a
   * discard part-way fails with "has not been materialised"), so every record is pulled, counted and dropped:
   * none is kept, and the deadline bounds the run.
   */
  async runAnalystProfile(
    query: Query,
    { timeoutMs }: { timeoutMs: number },
  ): Promise<{ rows: number; summary: ResultSummary }> {
    return this.readWithDeadline(
      timeoutMs,
      async (tx) => {
        const result = tx.run(query.cypher, query.params ?? {});
        let rows = 0;
        for await (const _ of result) rows++;
        return { rows, summary: await result.summary() };
      },
      { fetchSize: PROFILE_FETCH_SIZE },
    );
  }

  /**
   * `run` in an explicit READ transaction with Neo4j's timeout and the app's deadline (withDeadline):
   * path searches, EXPLAIN, analysts' reads and PROFILE.
   */
  private readWithDeadline<T>(
    timeoutMs: number,
    run: (tx: Transaction) => Promise<T>,
    { fetchSize, phase = "run" }: { fetchSize?: number; phase?: "compile" | "run" } = {},
  ): Promise<T> {
    const session = this.driver.session({
      database: this.database,
      defaultAccessMode: neo4j.session.READ,
      ...(fetchSize === undefined ? {} : { fetchSize }),
    });
    const tx = session.beginTransaction({ timeout: Math.max(1, timeoutMs) });
    return this.withDeadline(run(tx), timeoutMs, session, tx, phase);
  }

  /**
   * Settles with `work`, or with CypherTimeoutError at timeoutMs + DEADLINE_GRACE_MS. The
   * transaction is rolled back and the session closed in both cases; after a deadline that
   * happens in the background, so the answer does not wait for Neo4j.
   */
  private async withDeadline<T>(
    work: Promise<T>,
    timeoutMs: number,
    session: Session,
    tx: Transaction,
    phase: "compile" | "run" = "run",
  ): Promise<T> {
    let timer: NodeJS.Timeout | undefined;
    let expired = false;
    const deadline = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        expired = true;
        reject(new CypherTimeoutError(`The query was stopped at its deadline (${timeoutMs} ms).`));
      }, timeoutMs + DEADLINE_GRACE_MS);
    });
    work.catch(() => {});
    const cleanup = async () => {
      await tx.rollback().catch(() => {});
      await session.close().catch(() => {});
    };
    try {
      return await Promise.race([work, deadline]);
    } catch (error) {
      throw mapNeo4jError(error, phase);
    } finally {
      clearTimeout(timer);
      if (expired) void cleanup();
      else await cleanup();
    }
  }

  /** A read for health and readiness probes, on the probe pool (never queued behind analysts). */
  async executeProbe(query: Query, { timeoutMs = 2000 }: { timeoutMs?: number } = {}): Promise<QueryResult> {
    const session = this.probeDriver.session({
      database: this.database,
      defaultAccessMode: neo4j.session.READ,
    });
    try {
      return await session.run(query.cypher, query.params ?? {}, { timeout: timeoutMs });
    } catch (error) {
      throw mapNeo4jError(error);
    } finally {
      await session.close();
    }
  }

  async close(): Promise<void> {
    await this.driver.close();
    if (this.probeDriver !== this.driver) await this.probeDriver.close();
  }
}

/** Pull at most maxRows records that fit the byte budget; stop pulling at the first that does not. */
async function pullRecords(tx: Transaction, query: Query, limits: AnalystLimits): Promise<AnalystResult> {
  const records: Neo4jRecord[] = [];
  let truncated: AnalystResult["truncated"] = false;
  const result = tx.run(query.cypher, query.params ?? {});
  const keys = [...(await result.keys())] as string[];
  for await (const record of result) {
    if (records.length >= limits.maxRows) {
      truncated = { reason: "rows" };
      break;
    }
    if (limits.budget && !limits.budget.admit(record.keys.map((k) => record.get(k)))) {
      truncated = { reason: "bytes" };
      break;
    }
    records.push(record);
    limits.onRecord?.(record);
  }
  const queryType = truncated ? "r" : ((await result.summary()).queryType ?? "r");
  return { keys, records, truncated, queryType };
}

function txConfig(timeoutMs?: number) {
  return timeoutMs ? { timeout: timeoutMs } : undefined;
}
