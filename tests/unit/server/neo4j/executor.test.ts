import { type Driver, Neo4jError } from "neo4j-driver";
import { describe, expect, it } from "vitest";
import { CypherTimeoutError } from "../../../../server/errors";
import { DEADLINE_GRACE_MS, Executor, mapNeo4jError } from "../../../../server/neo4j/executor";

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
