import { describe, expect, it } from "vitest";
import {
  checkPlan,
  checkQueryType,
  checkText,
  type PlanNode,
  procedureName,
  stripCypher,
} from "../../../../server/cypher/guard";
import plans from "./plans.json";

const recorded = plans as unknown as Record<string, { queryType: string; plan: PlanNode }>;
const verdict = (q: string) => {
  const r = recorded[q];
  if (!r) throw new Error(`no recorded plan for ${q}`);
  return { type: checkQueryType(r.queryType), plan: checkPlan(r.plan), text: checkText(q) };
};

describe("Cypher guard on recorded Neo4j 5.26 plans", () => {
  it.each([
    "MATCH (n:Entity) RETURN n LIMIT 5",
    "CALL db.labels() YIELD label RETURN label",
    "MATCH p = SHORTEST 2 (a:Entity)-[:PART_OF|LOCATED_IN]-{1,3}(b:Entity) RETURN p LIMIT 1",
    "CALL db.index.fulltext.queryNodes('entity_search', 'x') YIELD node RETURN node",
    "MATCH (n:Entity) RETURN n UNION MATCH (n:Document) RETURN n",
    "MATCH (n:Entity {id: 'x'}) RETURN EXISTS { (n)-->() }",
  ])("allows the read query %s", (q) => {
    const v = verdict(q);
    expect(v.type).toBeNull();
    expect(v.plan.ok).toBe(true);
    expect(v.text).toBeNull();
  });

  it.each([
    "CREATE (n:X) RETURN n",
    "MATCH (n) SET n.x = 1",
    "MATCH (n) DETACH DELETE n",
    "MERGE (n:X {a:1})",
    "CALL db.createLabel('X')",
    "CREATE INDEX foo FOR (n:X) ON (n.a)",
    "SHOW USERS",
    "CREATE USER bob SET PASSWORD 'x'",
    "MATCH (n) CALL (n) { SET n.y = 1 } IN TRANSACTIONS RETURN 1",
    "FOREACH (x IN [1] | CREATE (:X))",
    "MATCH (n) REMOVE n:Entity",
  ])("refuses by query type AND by plan: %s", (q) => {
    const v = verdict(q);
    expect(v.type).not.toBeNull();
    expect(v.plan.ok).toBe(false);
  });

  it("refuses LOAD CSV although Neo4j reports it as type r (plan and text locks)", () => {
    const v = verdict("LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line");
    expect(v.type).toBeNull();
    expect(v.plan.ok).toBe(false);
    expect(v.plan.reason).toMatch(/LoadCSV/);
    expect(v.text).toMatch(/LOAD CSV/);
  });

  it("lets type s through only for allow-listed read-only procedures", () => {
    expect(checkQueryType("s", ["dbms.components"])).toBeNull();
    expect(checkQueryType("s", ["db.labels", "db.schema.visualization"])).toBeNull();
    expect(checkQueryType("s", [])).toMatch(/schema/);
    expect(checkQueryType("s", ["dbms.components", "db.createLabel"])).toMatch(/schema/);
    expect(checkQueryType("w", ["db.labels"])).toMatch(/writes/);
  });

  it("refuses SHOW INDEXES (type r, operator not on the allow-list)", () => {
    expect(verdict("SHOW INDEXES").plan.ok).toBe(false);
  });

  it("checks procedures named in ProcedureCall details", () => {
    expect(procedureName({ Details: "db.labels() :: (label :: STRING)" })).toBe("db.labels");
    const plan: PlanNode = {
      operatorType: "ProduceResults@neo4j",
      children: [{ operatorType: "ProcedureCall@neo4j", arguments: { Details: "dbms.killQueries($x)" } }],
    };
    expect(checkPlan(plan).ok).toBe(false);
  });

  it("refuses forbidden namespaces in any argument, deep in the tree", () => {
    const plan: PlanNode = {
      operatorType: "ProduceResults@neo4j",
      children: [
        {
          operatorType: "Projection@neo4j",
          arguments: { Details: "apoc.cypher.runWrite('CREATE ()', {}) AS x" },
          children: [{ operatorType: "Argument@neo4j" }],
        },
      ],
    };
    expect(checkPlan(plan)).toMatchObject({ ok: false });
  });

  it("accepts only query type r", () => {
    expect(checkQueryType("r")).toBeNull();
    for (const t of ["rw", "w", "s", "", undefined]) expect(checkQueryType(t)).not.toBeNull();
  });
});

describe("lexical lock", () => {
  it("blanks strings and comments", () => {
    expect(stripCypher("RETURN 'a;b' // x;y\n")).toBe(`RETURN '   '${" ".repeat(7)}\n`);
    expect(stripCypher("RETURN 1 /* ; */")).toBe("RETURN 1        ");
  });
  it.each([
    ["MATCH (n) RETURN n; MATCH (m) DETACH DELETE m", /one statement/],
    ["USE system SHOW USERS", /USE/],
    // A comment between LOAD and CSV is blanked to spaces, so the text lock still sees LOAD CSV.
    ["LOAD/*x*/ CSV FROM 'http://x' AS l RETURN l", /LOAD CSV/],
    ["CALL { MATCH (n) RETURN n } IN TRANSACTIONS RETURN 1", /IN TRANSACTIONS/],
    ["MATCH (n) RETURN n；MATCH (m) DELETE m", /full-width/],
    ["ＣＲＥＡＴＥ (n)", /full-width/],
    ["MATCH (n)\u200bRETURN n", /invisible/],
    ["PROFILE MATCH (n) RETURN n", /EXPLAIN and PROFILE/],
  ])("%s", (q, expected) => {
    expect(checkText(q)).toMatch(expected);
  });
  it("allows keywords inside strings and Chinese identifiers", () => {
    expect(checkText("MATCH (n) WHERE n.name = 'USE x; LOAD CSV' RETURN n.`名称`")).toBeNull();
    expect(checkText("MATCH (n) WHERE n.name CONTAINS '二连' RETURN n")).toBeNull();
  });
});
