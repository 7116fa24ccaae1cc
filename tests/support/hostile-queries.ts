/**
 * Hostile analysts' Cypher for tests/integration/server/http/hostile.test.ts: writes, admin
 * commands, their disguises, and resource attacks. Every write/admin query must be refused (4xx);
 * every resource attack must be refused or cut (row cap, byte cap, deadline, memory cap).
 */

/** Base writes: each is also tried in several disguises below. */
const WRITES = [
  "CREATE (n:Hacked) RETURN n",
  "MERGE (n:Entity {id: 'evil'}) RETURN n",
  "MATCH (n:Entity) SET n.name = 'x'",
  "MATCH (n:Entity) SET n += {pwned: true} RETURN n",
  "MATCH (n:Entity) SET n:Hacked",
  "MATCH (n) DETACH DELETE n",
  "MATCH ()-[r]->() DELETE r",
  "MATCH (n:Entity) REMOVE n.name",
  "MATCH (n:Entity) REMOVE n:Entity",
  "MATCH (a:Entity), (b:Entity) WITH a, b LIMIT 1 CREATE (a)-[:HACKED]->(b)",
  "MATCH (a:Entity) WITH a LIMIT 1 MERGE (a)-[:HACKED]->(a)",
  "FOREACH (i IN range(1, 10) | CREATE (:Hacked {i: i}))",
  "MATCH (n:Entity) FOREACH (x IN [1] | SET n.hit = x)",
  "MATCH (n:Entity) WITH n LIMIT 1 SET n = {}",
  "MATCH ()-[r:PART_OF]->() SET r.confidence = 0",
];

/** Ways to hide a write: case, comments, subqueries, unions, line breaks. */
const DISGUISES: ((w: string) => string)[] = [
  (w) => w,
  (w) => w.toLowerCase().replace(/'[^']*'/g, (s) => s.toUpperCase()),
  (w) => `/* read only */ ${w}`,
  (w) => `MATCH (x) WITH x LIMIT 1 CALL (x) { ${w.replace(/ RETURN .*$/, "")} } RETURN 1`,
  (w) => `CALL { ${w.replace(/ RETURN .*$/, "")} } RETURN 1`,
  (w) => w.replaceAll(" ", "\n  "),
];

const ADMIN = [
  "MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10 ROWS",
  "CALL { MATCH (n) SET n.x = 1 } IN TRANSACTIONS",
  "LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line",
  "LOAD CSV WITH HEADERS FROM 'http://127.0.0.1:9/x.csv' AS row RETURN row",
  "load /* sneaky */ csv from 'https://example.com/a.csv' as l return l",
  "CALL apoc.cypher.runWrite('CREATE (:Hacked)', {})",
  "RETURN apoc.version()",
  "CALL apoc.periodic.iterate('MATCH (n) RETURN n', 'DETACH DELETE n', {})",
  "CALL dbms.killQueries(['query-1'])",
  "CALL dbms.listConfig()",
  "CALL dbms.security.createUser('mallory', 'secretpassword1', false)",
  "CALL dbms.setConfigValue('db.transaction.timeout', '0')",
  "CALL db.createLabel('Hacked')",
  "CALL db.createProperty('hacked')",
  "CALL db.createRelationshipType('HACKED')",
  "CALL db.index.fulltext.drop('entity_search')",
  "CALL db.clearQueryCaches()",
  "CALL db.awaitIndexes(300)",
  "CALL tx.setMetaData({x: 1})",
  "CREATE INDEX hacked FOR (n:Entity) ON (n.hacked)",
  "DROP INDEX entity_name",
  "CREATE FULLTEXT INDEX hacked_ft FOR (n:Entity) ON EACH [n.name]",
  "CREATE CONSTRAINT hacked FOR (n:Hacked) REQUIRE n.id IS UNIQUE",
  "DROP CONSTRAINT entity_id",
  "CREATE USER mallory SET PASSWORD 'secretpassword1'",
  "ALTER USER neo4j SET PASSWORD 'changedpassword1'",
  "ALTER CURRENT USER SET PASSWORD FROM 'a' TO 'changedpassword1'",
  "SHOW USERS",
  "SHOW CURRENT USER",
  "SHOW DATABASES",
  "SHOW TRANSACTIONS",
  "SHOW PROCEDURES",
  "SHOW SETTINGS",
  "CREATE DATABASE evil",
  "STOP DATABASE neo4j",
  "DROP DATABASE neo4j",
  "USE system SHOW DATABASES",
  "USE neo4j MATCH (n) RETURN n",
  "MATCH (n) RETURN n; MATCH (m) DETACH DELETE m",
  "MATCH (n) RETURN n；MATCH (m) DETACH DELETE m",
  "ＣＲＥＡＴＥ (n:Hacked)",
  "MATCH (n)\u200BSET n.x = 1",
  "MATCH (n) RETURN n\u00A0UNION MATCH (m) DETACH DELETE m RETURN m",
  "// comment\nCREATE (n:Hacked)",
  "MATCH (n) RETURN count(n) AS c UNION CREATE (n:Hacked) RETURN 1 AS c",
  "SHOW INDEXES",
  "SHOW CONSTRAINTS",
  "PROFILE MATCH (n) RETURN n",
  "EXPLAIN CREATE (n)",
  "TERMINATE TRANSACTIONS 'neo4j-transaction-1'",
  "CYPHER runtime=interpreted CREATE (n:Hacked)",
  "CALL db.index.fulltext.queryNodes('entity_search', 'x') YIELD node SET node.hit = true",
  "MATCH (n:Entity) WITH n LIMIT 1 CALL (n) { SET n.x = 1 RETURN n AS m } RETURN m",
  "WITH 1 AS x CALL { CREATE (:Hacked) } RETURN x",
  "MATCH (n:Entity) WHERE EXISTS { MATCH (n)-->() } SET n.y = 1",
];

export const WRITE_AND_ADMIN: string[] = [...WRITES.flatMap((w) => DISGUISES.map((d) => d(w))), ...ADMIN];

export type Outcome = "refused" | "refused-or-cut" | "bounded";

/**
 * Resource attacks. "refused": the guard must say no (4xx) before running anything. "refused-or-cut":
 * a 4xx, or a 200 with truncated set, or 408/422. "bounded": work that grows only linearly with the
 * query's own length (a 3000-term sum): any answer but a 5xx, Neo4j up afterwards. In every case
 * within the timeout + 1 s.
 */
export const RESOURCE_ATTACKS: [string, Outcome, Record<string, unknown>?][] = [
  // The four of issue 10 that took the embedded Neo4j down, and the 83 MB answer.
  ["RETURN reduce(s = 'x', i IN range(1, 40) | s + s) AS s", "refused"],
  ["RETURN size([i IN range(1, 10000) | [j IN range(1, 10000) | i * j]]) AS n", "refused"],
  ["RETURN size([i IN range(1, 50000000) | toString(i)]) AS n", "refused"],
  ["RETURN collect(range(1, 100000000)) AS c", "refused"],
  ["MATCH p = ()-[*]->() RETURN p", "refused"],
  // Disguises of those shapes.
  ["WITH 100000000 AS n RETURN size([i IN range(1, n) | toString(i)]) AS n", "refused"],
  ["RETURN size([i IN range(1, $n) | i]) AS n", "refused", { n: 1_000_000_000 }],
  ["RETURN size([i IN range(1, 10000 * 10000) | i]) AS n", "refused"],
  ["RETURN size([i IN range(1, toInteger('90000000')) | i]) AS n", "refused"],
  ["RETURN reduce(s = [1], i IN range(1, 64) | s + s) AS s", "refused"],
  ["RETURN reduce(acc = [], i IN range(1, 30) | [acc, acc]) AS a", "refused"],
  ["RETURN size(reduce(s = 'x', i IN range(1, 1000000) | s + 'xxxxxxxxxx')) AS n", "refused"],
  ["MATCH (n) WITH collect(n) AS ns RETURN size([a IN ns | [b IN ns | 1]]) AS n", "refused"],
  ["MATCH (n:Entity) RETURN collect([i IN range(1, 1000) | i]) AS c", "refused"],
  ["RETURN range(1, reduce(s = 1, i IN range(1, 60) | s * 2)) AS r", "refused"],
  ["RETURN replace(replace('ab', '', 'xxxxxxxxxx'), '', 'xxxxxxxxxx') AS s", "refused"],
  ["RETURN any(x IN range(1, 1000000000) WHERE x = 0) AS a", "refused"],
  ["UNWIND [i IN range(1, 900000000) | i] AS x RETURN x", "refused"],
  ["RETURN [x IN range(1, 2000) | [y IN range(1, 2000) | [z IN range(1, 2000) | 1]]] AS cube", "refused"],
  [`RETURN ${"[".repeat(5000)}1${"]".repeat(5000)} AS deep`, "refused"],
  [`RETURN ${"(".repeat(9000)}1${")".repeat(9000)} AS deep`, "refused"],
  // Unbounded or too long variable-length patterns, wherever they hide.
  ["MATCH p = shortestPath((a:Entity)-[*]-(b:Entity)) RETURN p LIMIT 1", "refused"],
  ["MATCH (a:Entity)-[*..50]-(b) RETURN count(*) AS n", "refused"],
  ["MATCH p = ((a)-->(b))+ RETURN p", "refused"],
  ["MATCH p = SHORTEST 1 (a:Entity)-->+(b) RETURN p", "refused"],
  ["MATCH (a:Entity) WHERE EXISTS { (a)-[*]->(:Port) } RETURN a", "refused"],
  ["MATCH (a:Entity) RETURN [(a)-[*]->(b) | b.name] AS far", "refused"],
  ["MATCH (a:Entity)-[:PART_OF*2..]->(b) RETURN a, b", "refused"],
  // Run, and are cut by the row cap, the byte cap, the deadline or Neo4j's memory cap.
  ["MATCH p = ()-[*..10]-() RETURN p", "refused-or-cut"],
  ["UNWIND range(1, 1000000000) AS x RETURN x", "refused-or-cut"],
  ["UNWIND range(1, 3000000000) AS x WITH x WHERE x % 1000000007 = 0 RETURN count(x)", "refused-or-cut"],
  ["UNWIND range(1, 200000000) AS x RETURN size(collect(toString(x))) AS n", "refused-or-cut"],
  [
    "MATCH (a:Passage), (b:Passage), (c:Passage) WHERE a.clean + b.clean + c.clean CONTAINS 'zzz-not-there' RETURN count(*)",
    "refused-or-cut",
  ],
  ["MATCH (a), (b), (c) WHERE elementId(a) < elementId(b) RETURN count(*) AS n", "refused-or-cut"],
  ["MATCH (a:Passage), (b:Passage) RETURN a, b", "refused-or-cut"],
  ["MATCH (a:Passage), (b:Passage) RETURN a.text + b.text AS t ORDER BY t", "refused-or-cut"],
  ["UNWIND range(1, 100000) AS i RETURN i, [j IN range(1, 1000) | toString(j)] AS big", "refused-or-cut"],
  [`RETURN ${Array.from({ length: 3000 }, () => "1").join(" + ")} AS sum`, "bounded"],
];
