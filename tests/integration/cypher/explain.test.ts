/**
 * Every Cypher file of the project is valid for the real Neo4j: the schema statements and the named
 * queries are EXPLAINed (planned, never executed); the named queries plan as read-only (type "r").
 */
import fs from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../../server/config";
import { checkExpressions } from "../../../server/cypher/blowup";
import { checkPlan, type PlanNode } from "../../../server/cypher/guard";
import { checkPathBounds } from "../../../server/cypher/paths";
import { splitStatements } from "../../../server/load/queries";
import { bindParams, parseQueryFile } from "../../../server/queries/catalog";
import { testExecutor } from "../../support/neo4j";

const CYPHER_DIR = path.join(PROJECT_ROOT, "cypher");

function cypherFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) =>
      e.isDirectory()
        ? cypherFiles(path.join(dir, e.name))
        : e.name.endsWith(".cypher")
          ? [path.join(dir, e.name)]
          : [],
    )
    .sort();
}

const executor = testExecutor();
afterAll(() => executor.close());

const files = cypherFiles(CYPHER_DIR);
const queryFiles = files.filter((f) => f.startsWith(path.join(CYPHER_DIR, "queries") + path.sep));
const otherFiles = files.filter((f) => !queryFiles.includes(f));

describe("cypher/ files EXPLAIN on Neo4j", () => {
  it("finds the schema and at least 15 named queries", () => {
    expect(otherFiles.map((f) => path.relative(CYPHER_DIR, f))).toContain("schema.cypher");
    expect(queryFiles.length).toBeGreaterThanOrEqual(15);
  });

  describe.each(otherFiles.map((f) => [path.relative(PROJECT_ROOT, f), f]))("%s", (_, file) => {
    const statements = splitStatements(fs.readFileSync(file, "utf8"));
    it.each(statements.map((s, i) => [i + 1, s.split("\n")[0], s]))(
      "statement %i: %s",
      async (_i, _head, s) => {
        const result = await executor.explain({ cypher: s });
        // Schema statements (constraints, indexes) report "s"; anything else in these files reads.
        expect(result.summary.queryType).toBe(/^\s*(CREATE|DROP)\b/i.test(s) ? "s" : "r");
      },
    );
  });

  it.each(queryFiles.map((f) => [path.relative(PROJECT_ROOT, f), f]))(
    "%s plans as a read-only query and passes every lock of the guard",
    async (rel, file) => {
      const q = parseQueryFile(fs.readFileSync(file, "utf8"), rel);
      const params = bindParams(q, {});
      const result = await executor.explain({ cypher: q.cypher, params });
      expect(result.summary.queryType).toBe("r");
      const plan = result.summary.plan as unknown as PlanNode;
      expect(checkPlan(plan)).toMatchObject({ ok: true });
      expect(checkPathBounds(plan)).toBeNull();
      expect(checkExpressions(q.cypher, params)).toBeNull();
    },
  );
});
