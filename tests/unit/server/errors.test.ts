import { describe, expect, it } from "vitest";
import { publicMessage } from "../../../server/errors";

describe("publicMessage: no class names, ports or stack traces in responses", () => {
  it("drops a Lucene parser class name and keeps what the user can act on", () => {
    const m = publicMessage(
      "Failed to invoke procedure `db.index.fulltext.queryNodes`: Caused by: org.apache.lucene.queryparser.classic.ParseException: Cannot parse '((': Encountered \"<EOF>\"",
    );
    expect(m).toBe(
      "Failed to invoke procedure `db.index.fulltext.queryNodes`: Cannot parse '((': Encountered \"<EOF>\"",
    );
  });
  it("drops hosts, ports and URLs", () => {
    const m = publicMessage(
      "connect ECONNREFUSED 127.0.0.1:7710 at bolt://127.0.0.1:7710 and localhost:7687",
    );
    expect(m).not.toMatch(/7710|7687|127\.0\.0\.1|bolt:/);
  });
  it("drops stack frames and bare exception class names", () => {
    const m = publicMessage(
      "java.lang.ArithmeticException: / by zero\n    at org.neo4j.Foo.bar(Foo.java:12)",
    );
    expect(m).toBe("/ by zero");
    expect(publicMessage("IllegalArgumentException: bad value")).toBe("bad value");
  });
  it("leaves ordinary messages alone", () => {
    for (const m of [
      "/ by zero",
      "Invalid input 'x': expected an expression",
      "Type mismatch: expected Integer",
    ])
      expect(publicMessage(m)).toBe(m);
  });
});
