import { describe, expect, it } from "vitest";
import { bracketTree, type Group, snippet, splitAt, tokenize } from "../../../../server/cypher/tokens";

describe("tokenize", () => {
  it("reads identifiers, numbers, strings, parameters and operators, skipping comments", () => {
    const t = tokenize(
      "MATCH (n:`My Label`) // c\nWHERE n.x >= 1_000 AND n.s = 'a''b' /* x */ RETURN $p, $`q r`, 1e9",
    );
    expect(t.map((x) => `${x.kind}:${x.text}`)).toEqual([
      "ident:MATCH",
      "op:(",
      "ident:n",
      "op::",
      "ident:My Label",
      "op:)",
      "ident:WHERE",
      "ident:n",
      "op:.",
      "ident:x",
      "op:>=",
      "number:1_000",
      "ident:AND",
      "ident:n",
      "op:.",
      "ident:s",
      "op:=",
      "string:a",
      "string:b",
      "ident:RETURN",
      "param:p",
      "op:,",
      "param:q r",
      "op:,",
      "number:1e9",
    ]);
  });
  it("keeps keywords inside strings as strings", () => {
    expect(tokenize("RETURN 'range(1, 9)'").map((x) => x.kind)).toEqual(["ident", "string"]);
  });
});

describe("bracketTree", () => {
  it("nests groups and records where they end", () => {
    const q = "RETURN [i IN range(1, 2) | {a: i}]";
    const tree = bracketTree(tokenize(q), q.length);
    const list = tree[1] as Group;
    expect(list.open).toBe("[");
    expect(q.slice(list.at, list.end)).toBe("[i IN range(1, 2) | {a: i}]");
    expect(snippet(q, [list])).toBe("[i IN range(1, 2) | {a: i}]");
    expect(splitAt((list.items[3] as Group).items, ",")).toHaveLength(2);
  });
  it("tolerates unbalanced brackets (Neo4j reports the syntax error)", () => {
    expect(() => bracketTree(tokenize("RETURN [(1, 2"))).not.toThrow();
    expect(() => bracketTree(tokenize("RETURN 1))]"))).not.toThrow();
  });
});
