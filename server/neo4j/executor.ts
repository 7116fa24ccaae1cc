/**
 * The one place that touches the Neo4j driver. Repositories hand it {cypher, params} built by pure
 * functions; it opens a session on the explicit database, runs a managed (retried) transaction,
 * closes the session in finally, and maps Neo4j error codes to typed errors.
 *
 * Analysts' Cypher goes through runAnalystRead: an explicit READ transaction with a timeout, no
 * automatic retry, and a row cap enforced by pulling at most N+1 records.
 */
import neo4j, { type Driver, Neo4jError, type Record as Neo4jRecord, type QueryResult } from "neo4j-driver";
import {
  AppError,
  CypherError,
  CypherMemoryError,
  CypherRefusedError,
  CypherSyntaxError,
  CypherTimeoutError,
  Neo4jUnavailableError,
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

const UNAVAILABLE_CODES = new Set([
  "ServiceUnavailable",
  "SessionExpired",
  "Neo.TransientError.General.DatabaseUnavailable",
]);

/** Map a driver error to a typed AppError (the error handler turns those into HTTP). */
export function mapNeo4jError(error: unknown): Error {
  if (error instanceof AppError) return error;
  if (!(error instanceof Neo4jError)) {
    const message = error instanceof Error ? error.message : String(error);
    if (/acquisition|ECONNREFUSED|connect|timed out|Connection was closed/i.test(message)) {
      return new Neo4jUnavailableError(`Neo4j is not reachable: ${firstLine(message)}`);
    }
    return error instanceof Error ? error : new Error(message);
  }
  const code = error.code ?? "";
  const message = firstLine(error.message);
  if (
    UNAVAILABLE_CODES.has(code) ||
    /acquisition timed out|Failed to connect|ECONNREFUSED/i.test(error.message)
  ) {
    return new Neo4jUnavailableError(`Neo4j is not reachable: ${message}`, { neo4jCode: code });
  }
  if (
    code.startsWith("Neo.ClientError.Security.Unauthorized") ||
    code.startsWith("Neo.ClientError.Security.AuthenticationRateLimit")
  ) {
    return new Neo4jUnavailableError(`Neo4j refused the credentials: ${message}`, { neo4jCode: code });
  }
  if (
    code === "Neo.ClientError.Statement.SyntaxError" ||
    code === "Neo.ClientError.Statement.ParameterMissing" ||
    code === "Neo.ClientError.Statement.TypeError"
  ) {
    return new CypherSyntaxError(message, { neo4jCode: code });
  }
  if (
    code.startsWith("Neo.ClientError.Transaction.TransactionTimedOut") ||
    code === "Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration"
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
  return new CypherError(message, { neo4jCode: code });
}

function firstLine(s: string): string {
  return s.split("\n")[0]?.trim() ?? s;
}

export interface AnalystResult {
  keys: string[];
  records: Neo4jRecord[];
  truncated: boolean;
  queryType: string;
}

export class Executor {
  constructor(
    readonly driver: Driver,
    readonly database: string,
  ) {}

  async executeRead(query: Query, { timeoutMs }: { timeoutMs?: number } = {}): Promise<QueryResult> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.READ });
    try {
      return await session.executeRead((tx) => tx.run(query.cypher, query.params ?? {}), txConfig(timeoutMs));
    } catch (error) {
      throw mapNeo4jError(error);
    } finally {
      await session.close();
    }
  }

  async executeWrite(query: Query, { timeoutMs }: { timeoutMs?: number } = {}): Promise<QueryResult> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.WRITE });
    try {
      return await session.executeWrite(
        (tx) => tx.run(query.cypher, query.params ?? {}),
        txConfig(timeoutMs),
      );
    } catch (error) {
      throw mapNeo4jError(error);
    } finally {
      await session.close();
    }
  }

  /** Several statements in one write transaction (the loader's batches). */
  async executeWriteAll(queries: Query[], { timeoutMs }: { timeoutMs?: number } = {}): Promise<void> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.WRITE });
    try {
      await session.executeWrite(async (tx) => {
        for (const q of queries) await tx.run(q.cypher, q.params ?? {});
      }, txConfig(timeoutMs));
    } catch (error) {
      throw mapNeo4jError(error);
    } finally {
      await session.close();
    }
  }

  /** Schema commands (constraints, indexes) run in auto-commit transactions. */
  async executeSchema(cypher: string): Promise<void> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.WRITE });
    try {
      await session.run(cypher);
    } catch (error) {
      throw mapNeo4jError(error);
    } finally {
      await session.close();
    }
  }

  /**
   * One statement in an auto-commit transaction, with parameters: what `CALL {…} IN TRANSACTIONS`
   * needs (the loader's derived properties and reset sweep). Not retried.
   */
  async executeAutoCommit(query: Query): Promise<QueryResult> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.WRITE });
    try {
      return await session.run(query.cypher, query.params ?? {});
    } catch (error) {
      throw mapNeo4jError(error);
    } finally {
      await session.close();
    }
  }

  /** EXPLAIN a query (never executes it); returns the query type and the plan. */
  async explain(query: Query): Promise<QueryResult> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.READ });
    try {
      const tx = session.beginTransaction({ timeout: 10_000 });
      try {
        return await tx.run(`EXPLAIN ${query.cypher}`, query.params ?? {});
      } finally {
        await tx.rollback().catch(() => {});
      }
    } catch (error) {
      throw mapNeo4jError(error);
    } finally {
      await session.close();
    }
  }

  /**
   * Analysts' Cypher: explicit READ transaction (no retry), timeout, at most maxRows + 1 records
   * pulled. The caller must already have vetted the query (EXPLAIN type "r", operator allow-list).
   */
  async runAnalystRead(
    query: Query,
    { timeoutMs, maxRows }: { timeoutMs: number; maxRows: number },
  ): Promise<AnalystResult> {
    const session = this.driver.session({
      database: this.database,
      defaultAccessMode: neo4j.session.READ,
      fetchSize: Math.min(maxRows + 1, 1000),
    });
    const tx = session.beginTransaction({ timeout: timeoutMs });
    try {
      const records: Neo4jRecord[] = [];
      let keys: string[] = [];
      let truncated = false;
      const result = tx.run(query.cypher, query.params ?? {});
      keys = [...(await result.keys())];
      for await (const record of result) {
        if (records.length >= maxRows) {
          truncated = true;
          break;
        }
        records.push(record);
      }
      let queryType = "r";
      if (!truncated) queryType = (await result.summary()).queryType ?? "r";
      return { keys, records, truncated, queryType };
    } catch (error) {
      throw mapNeo4jError(error);
    } finally {
      await tx.rollback().catch(() => {});
      await session.close();
    }
  }

  async close(): Promise<void> {
    await this.driver.close();
  }
}

function txConfig(timeoutMs?: number) {
  return timeoutMs ? { timeout: timeoutMs } : undefined;
}
