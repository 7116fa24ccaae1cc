import { describe, expect, it } from "vitest";
import { checkExpressions, EXPRESSION_LIMITS } from "../../../../server/cypher/blowup";
import { bindParams, loadQueryCatalog } from "../../../../server/queries/catalog";

describe("checkExpressions: refuses expressions that grow without bound", () => {
  it.each([
    // The four attacks of issue 10 that took the embedded Neo4j down.
    ["RETURN reduce(s='x', i IN range(1,40) | s + s)", /accumulator s more than once.*40 steps/],
    ["RETURN size([i IN range(1,10000) | [j IN range(1,10000) | i * j]])", /nested iteration.*100,010,000/],
    ["RETURN size([i IN range(1,50000000) | toString(i)])", /list comprehension over range\(1,50000000\)/],
    ["RETURN collect(range(1,100000000))", /range\(1,100000000\)/],
    // Disguises of the same shapes.
    ["WITH 100000000 AS n RETURN size([i IN range(1, n) | i])", /100,000,000/],
    ["WITH 100000000 AS n RETURN size([i IN range(1, n) | toString(i)]) AS n", /100,000,000/],
    ["UNWIND [100000000] AS n RETURN size([i IN range(1, n) | toString(i)])", /100,000,000/],
    ["UNWIND $ns AS n RETURN size([i IN range(1, n) | toString(i)])", /100,000,000/],
    ["WITH [100000000] AS l RETURN size([i IN range(1, l[0]) | i])", /cannot size/],
    ["WITH {n: 100000000} AS m RETURN size([i IN range(1, m.n) | i])", /cannot size/],
    ["RETURN size([i IN range(1, $m.n) | i])", /cannot size/],
    ["MATCH (x) RETURN size([i IN range(1, size(labels(x)) + 100000000) | i])", /cannot size/],
    ["MATCH (x) RETURN size([i IN range(1, toInteger('1' + '00000000')) | i])", /cannot size/],
    ["RETURN size([i IN range(1, 1e8) | i])", /100,000,000/],
    ["RETURN size([i IN range(1, 10000 * 10000) | i])", /100,000,000/],
    ["RETURN size([i IN range(1, toInteger('90000000')) | i])", /90,000,000/],
    ["RETURN reduce(s = [1], i IN range(1, 64) | s + s)", /accumulator s/],
    ["RETURN reduce(s = 'ab', i IN range(1, 50) | s + toString(s))", /accumulator s/],
    ["RETURN reduce(acc = [], i IN range(1, 30) | [acc, acc])", /accumulator acc/],
    ["MATCH (n) WITH collect(n) AS ns RETURN size([a IN ns | [b IN ns | 1]])", /nested iteration/],
    [
      "MATCH (n:Entity) RETURN collect([i IN range(1, 1000) | i])",
      /collect\(\[i IN range\(1, 1000\) \| i\]\)/,
    ],
    ["RETURN range(1, reduce(s = 1, i IN range(1, 10) | s * 2))", /bound computed/],
    ["RETURN replace('abc', '', 'xxxxxxxxxx')", /empty one inserts/],
    [`WITH 'xxxxxxxxxx' AS s ${"WITH s + s AS s ".repeat(40)}RETURN size(s)`, /double 40 times/],
    [`WITH [1] AS a ${"WITH [a, a] AS a ".repeat(40)}RETURN a`, /double 40 times/],
    [
      `WITH range(1, 1000000) AS r RETURN size(${Array.from({ length: 100 }, () => "r").join(" + ")})`,
      /double 13 times/,
    ],
    ["RETURN any(x IN range(1, 1000000000) WHERE x = 0)", /any\(\) over range/],
    ["RETURN [i IN range(1, 3000) | [j IN range(1, 3000) | i]]", /nested iteration/],
    ["UNWIND [i IN range(1, 900000000) | i] AS x RETURN x", /900,000,000/],
    [
      "RETURN size(reduce(s = 'x', i IN range(1, 1000000) | s + 'xxxxxxxxxx'))",
      /copies its growing accumulator/,
    ],
    ["RETURN size(reduce(l = [], i IN range(1, 100000) | l + [i]))", /copies its growing accumulator/],
  ])("refuses %s", (query, reason) => {
    expect(checkExpressions(query, { ns: [1, 100_000_000], m: { n: 100_000_000 } })).toMatch(reason);
  });

  it("refuses brackets nested deeper than the limit without recursing into them", () => {
    expect(checkExpressions(`RETURN ${"[".repeat(5000)}1${"]".repeat(5000)}`)).toMatch(/5000 levels deep/);
    expect(checkExpressions(`RETURN ${"(".repeat(9000)}1${")".repeat(9000)}`)).toMatch(/9000 levels deep/);
    expect(checkExpressions(`RETURN ${"[".repeat(20)}1${"]".repeat(20)}`)).toBeNull();
  });

  it("sizes ranges from parameters", () => {
    expect(checkExpressions("RETURN [i IN range(1, $n) | i]", { n: 1e9 })).toMatch(/1,000,000,000/);
    expect(checkExpressions("RETURN [i IN range(1, $n) | i]", { n: 100 })).toBeNull();
    expect(checkExpressions("RETURN replace($s, $e, 'x')", { s: "abc", e: "" })).toMatch(/empty/);
  });

  it("lets a streamed UNWIND range through (rows are cut by the caps and the deadline)", () => {
    expect(checkExpressions("UNWIND range(1, 1000000000) AS x RETURN x")).toBeNull();
    expect(
      checkExpressions("UNWIND range(1, 3000000000) AS x WITH x WHERE x % 1000000007 = 0 RETURN count(x)"),
    ).toBeNull();
  });

  it.each([
    "MATCH p = (a:Entity)-[*..3]-(b) RETURN [n IN nodes(p) | n.name], reduce(s = 0, r IN relationships(p) | s + r.confidence)",
    "MATCH (z:FreeTradeZone) RETURN z.name, [(z)<-[:PART_OF]-(a) | a.name] AS areas",
    "MATCH (n:Entity) RETURN reduce(m = 0, x IN collect(n.degree) | CASE WHEN x > m THEN x ELSE m END)",
    "RETURN [x IN range(0, size($list) - 1) | x]",
    "MATCH (n:Entity) WITH collect(n) AS ns RETURN [i IN range(0, size(ns) - 1) | ns[i].name][0..5]",
    "RETURN [i IN range(1, 2000) | [j IN range(1, 2000) | i + j]]",
    "MATCH (d:Document) RETURN d.title, replace(d.title, ' ', '')",
    "MATCH (a:Area)-[:PART_OF]->(z:FreeTradeZone) RETURN z.name, collect(a.name) AS areas, size(collect(a)) AS n",
    "MATCH (n:Entity) WHERE any(l IN labels(n) WHERE l = 'Port') RETURN n LIMIT 5",
    "RETURN reduce(s = '', x IN ['a', 'b', 'c'] | s + x)",
    "MATCH (n:Entity) WITH collect(n.degree) AS ds RETURN reduce(total = 0, d IN ds | total + d)",
    "MATCH p = (a:Entity)-[*..4]-(b) RETURN reduce(names = '', n IN nodes(p) | names + n.name + ' ')",
    "RETURN reduce(s = 1, i IN range(1, 10) | s + s)",
    "MATCH (a:Entity)-[r]->(b:Entity)<-[s]-(a) WHERE a <> b RETURN a.name, b.name, type(r), type(s) LIMIT 10",
    "MATCH (n:Entity) WITH n, n.degree AS d RETURN n.name, d, d * 2 AS twice, n",
    "MATCH (n:Entity) RETURN n.name, 'range(1, 100000000)' AS text",
  ])("allows the analyst read %s", (query) => {
    expect(checkExpressions(query, { list: [1, 2, 3] })).toBeNull();
  });

  it.each(loadQueryCatalog().map((q) => [q.name, q] as const))("allows the named query %s", (_name, q) => {
    expect(checkExpressions(q.cypher, bindParams(q, {}))).toBeNull();
  });

  it("keeps its limits sensible", () => {
    expect(EXPRESSION_LIMITS.maxElements).toBeGreaterThanOrEqual(1_000_000);
    expect(EXPRESSION_LIMITS.maxDoublings).toBeLessThanOrEqual(20);
  });
});
