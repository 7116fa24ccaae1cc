import { Neo4jError } from "neo4j-driver";
import { describe, expect, it } from "vitest";
import { mapNeo4jError } from "../../../../server/neo4j/executor";

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
