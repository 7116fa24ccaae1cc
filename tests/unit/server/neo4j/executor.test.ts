import { type Driver, Neo4jError } from "neo4j-driver";
import { describe, expect, it } from "vitest";
import { CypherTimeoutError } from "../../../../server/errors";
import { DEADLINE_GRACE_MS, Executor, mapNeo4jError, READ_RETRY_MS } from "../../../../server/neo4j/executor";

const err = (code: string, message = "boom") => new Neo4jError(message, code, "", "");

describe("mapNeo4jError", () => {
  it("labels runtime errors as runtime errors, not syntax errors", () => {
    const e = mapNeo4jError(err("Neo.ClientError.Statement.ArithmeticError", "/ by zero"), "run");
    expect(e).toMatchObject({ code: "CYPHER_RUNTIME", status: 400 });
    expect(mapNeo4jError(err("Neo.ClientError.Statement.TypeError"), "run")).toMatchObject({
      code: "CYPHER_RUNTIME",
    });
    expect(mapNeo4jError(err("Neo.ClientError.Procedure.ProcedureCallFailed"), "run")).toMatchObject({
      code: "CYPHER_RUNTIME",
    });
  });
  it("keeps compile-time errors as syntax errors", () => {
    expect(mapNeo4jError(err("Neo.ClientError.Statement.SyntaxError"), "run")).toMatchObject({
      code: "CYPHER_SYNTAX",
    });
    expect(mapNeo4jError(err("Neo.ClientError.Statement.TypeError"), "compile")).toMatchObject({
      code: "CYPHER_SYNTAX",
    });
  });
  it("never puts the Bolt address of an outage in the message", () => {
    const e = mapNeo4jError(new Error("connect ECONNREFUSED 127.0.0.1:7710"));
    expect(e).toMatchObject({ code: "NEO4J_UNAVAILABLE", status: 503 });
    expect(e.message).not.toMatch(/7710|127\.0\.0\.1/);
    expect((e as { internal?: string }).internal).toMatch(/7710/);
  });
  it("maps timeouts and memory limits", () => {
    expect(
      mapNeo4jError(err("Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration")),
    ).toMatchObject({
      code: "CYPHER_TIMEOUT",
    });
    expect(mapNeo4jError(err("Neo.TransientError.General.MemoryPoolOutOfMemoryError"))).toMatchObject({
      code: "CYPHER_MEMORY",
    });
  });
});

describe("Executor.executeReadWithin", () => {
  /** A driver whose query never answers, recording what the executor closes. */
  function stuckDriver() {
    const calls: string[] = [];
    const tx = {
      run: () => new Promise(() => {}),
      rollback: async () => {
        calls.push("rollback");
      },
    };
    const session = {
      beginTransaction: (config: { timeout: number }) => {
        calls.push(`begin ${config.timeout}`);
        return tx;
      },
      close: async () => {
        calls.push("close");
      },
    };
    return { driver: { session: () => session } as unknown as Driver, calls };
  }

  it("answers CYPHER_TIMEOUT at its deadline even when Neo4j never answers, then closes the transaction", async () => {
    const { driver, calls } = stuckDriver();
    const started = Date.now();
    const error = await new Executor(driver, "neo4j")
      .executeReadWithin({ cypher: "RETURN 1" }, 50)
      .catch((e) => e);
    const took = Date.now() - started;
    expect(error).toBeInstanceOf(CypherTimeoutError);
    expect(took).toBeGreaterThanOrEqual(50);
    expect(took).toBeLessThan(50 + DEADLINE_GRACE_MS + 1000);
    await new Promise((r) => setTimeout(r, 20));
    expect(calls).toEqual(["begin 50", "rollback", "close"]);
  });

  it("returns the result when it comes before the deadline", async () => {
    const result = { records: [], summary: {} };
    const tx = { run: async () => result, rollback: async () => {} };
    const session = { beginTransaction: () => tx, close: async () => {} };
    const driver = { session: () => session } as unknown as Driver;
    expect(await new Executor(driver, "neo4j").executeReadWithin({ cypher: "RETURN 1" }, 1000)).toBe(result);
  });
});

describe("Executor.executeReadOnce", () => {
  /** A driver whose sessions answer `run` from `answers` in turn, recording the calls. */
  function scriptedDriver(answers: (() => Promise<unknown>)[]) {
    const calls: string[] = [];
    const driver = {
      session: (config: { defaultAccessMode: string }) => ({
        run: (cypher: string, _params: unknown, tx?: { timeout: number }) => {
          calls.push(`run ${config.defaultAccessMode} ${cypher}${tx ? ` timeout ${tx.timeout}` : ""}`);
          const next = answers.shift();
          if (!next) throw new Error("no answer scripted");
          return next();
        },
        executeRead: () => {
          calls.push("managed transaction");
          return Promise.resolve({ records: [] });
        },
        close: async () => {
          calls.push("close");
        },
      }),
    } as unknown as Driver;
    return { driver, calls };
  }
  const ok = () => Promise.resolve({ records: ["row"] });

  it("reads in an auto-commit transaction of a READ session (no BEGIN/COMMIT), with the timeout", async () => {
    const { driver, calls } = scriptedDriver([ok]);
    const r = await new Executor(driver, "neo4j").executeReadOnce({ cypher: "RETURN 1" }, { timeoutMs: 900 });
    expect(r.records).toEqual(["row"]);
    expect(calls).toEqual(["run READ RETURN 1 timeout 900", "close"]);
  });

  it("retries a retryable error, as a managed transaction would, and maps the others", async () => {
    const transient = () => Promise.reject(err("Neo.TransientError.General.DatabaseUnavailable"));
    const retried = scriptedDriver([transient, ok]);
    const r = await new Executor(retried.driver, "neo4j").executeReadOnce({ cypher: "RETURN 1" });
    expect(r.records).toEqual(["row"]);
    expect(retried.calls.filter((c) => c.startsWith("run"))).toHaveLength(2);
    const syntax = scriptedDriver([() => Promise.reject(err("Neo.ClientError.Statement.SyntaxError"))]);
    await expect(
      new Executor(syntax.driver, "neo4j").executeReadOnce({ cypher: "RETRN 1" }),
    ).rejects.toMatchObject({
      code: "CYPHER_SYNTAX",
    });
    expect(syntax.calls).toEqual(["run READ RETRN 1", "close"]);
  });

  it("stops retrying after READ_RETRY_MS", async () => {
    const always = Array.from(
      { length: 50 },
      () => () => Promise.reject(err("Neo.TransientError.General.DatabaseUnavailable")),
    );
    const { driver, calls } = scriptedDriver(always);
    await expect(new Executor(driver, "neo4j").executeReadOnce({ cypher: "RETURN 1" })).rejects.toMatchObject(
      {
        code: "NEO4J_UNAVAILABLE",
      },
    );
    const runs = calls.filter((c) => c.startsWith("run")).length;
    expect(runs).toBeGreaterThan(1);
    expect(runs).toBeLessThanOrEqual(Math.ceil(READ_RETRY_MS / 100) + 1);
  });
});
