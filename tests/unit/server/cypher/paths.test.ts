import { describe, expect, it } from "vitest";
import type { PlanNode } from "../../../../server/cypher/guard";
import { checkPathBounds, MAX_PATH_HOPS, pathUpperBounds } from "../../../../server/cypher/paths";

const plan = (operatorType: string, details: string): PlanNode => ({
  operatorType: "ProduceResults@neo4j",
  children: [{ operatorType: `${operatorType}@neo4j`, arguments: { Details: details } }],
});

describe("pathUpperBounds (Details strings recorded from Neo4j 5.26 plans)", () => {
  it.each([
    ["(anon_0)-[anon_1*]->(anon_2)", [Infinity]],
    ["(a)-[anon_0:X*2..]->(anon_1)", [Infinity]],
    ["(a)-[anon_0*..5]-(b)", [5]],
    ["(a)-[anon_0*3]->(b)", [3]],
    [
      "p = (a)-[r*2..4]->(b) WHERE all(anon_11 IN relationships(p) WHERE anon_11.confidence > $autodouble_0)",
      [4],
    ],
    ["(a)-[*..2147483647]->(anon_1) ", [2147483647]],
    ["SHORTEST 1 (a) ((`anon_3`)-[`anon_4`]->(`anon_5`)){1, } (b)\n        expanding from: a", [Infinity]],
    ["SHORTEST 2 (a) ((x)-[r]-(y)){1, 3} (b)", [3]],
  ])("%s", (details, bounds) => {
    expect(pathUpperBounds(details)).toEqual(bounds);
  });
});

describe("checkPathBounds", () => {
  it("refuses an unbounded pattern, naming it", () => {
    expect(checkPathBounds(plan("VarLengthExpand(All)", "(anon_0)-[anon_1*]->(anon_2)"))).toMatch(
      /\(anon_0\)-\[anon_1\*\]->\(anon_2\) has no upper bound/,
    );
    expect(checkPathBounds(plan("ShortestPath", "p = (a)-[anon_0*]-(b)"))).toMatch(/no upper bound/);
    expect(
      checkPathBounds(plan("StatefulShortestPath(All)", "SHORTEST 1 (a) ((x)-[r]->(y)){1, } (b)")),
    ).toMatch(/no upper bound/);
  });
  it("refuses a bound above the hop limit", () => {
    expect(checkPathBounds(plan("VarLengthExpand(All)", "(a)-[r*..50]->(b)"))).toMatch(/may walk 50 hops/);
  });
  it("allows bounded patterns and ignores operators that do not expand", () => {
    expect(checkPathBounds(plan("VarLengthExpand(All)", `(a)-[r*1..${MAX_PATH_HOPS}]->(b)`))).toBeNull();
    expect(checkPathBounds(plan("ShortestPath", "p = (a)-[anon_0*..6]-(b)"))).toBeNull();
    expect(checkPathBounds(plan("Projection", "(anon_0)-[anon_1*]->(anon_2) AS p"))).toBeNull();
  });
});
