/**
 * `zonegraph query relationship_evidence` shows the evidence GET /api/edges/:id shows, in its order
 * (one ranking, server-side), on the corpus in the real Neo4j, with a number of reads that does not grow
 * with the number of relationships.
 */
import request from "supertest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EdgeDetail } from "../../../../contracts/api";
import { createApp } from "../../../../server/app";
import { queryCommand } from "../../../../server/cli/commands/query";
import type { Executor } from "../../../../server/neo4j/executor";
import { capturedStreams } from "../../../support/capture";
import { countingExecutor } from "../../../support/countingExecutor";
import { TEST_APP_SETTINGS, testExecutor } from "../../../support/neo4j";

const executor = testExecutor();
let app: ReturnType<typeof createApp>;
beforeAll(() => {
  app = createApp({ executor, settings: TEST_APP_SETTINGS });
});
afterAll(() => executor.close());

async function cliRows(params: string[], through: Executor = executor) {
  const { out, err, seen } = capturedStreams();
  const argv = ["relationship_evidence", ...params.flatMap((p) => ["--param", p]), "--format", "json"];
  const code = await queryCommand(argv, { executor: through, out, err });
  expect(code, seen.stderr).toBe(0);
  return { rows: (JSON.parse(seen.stdout) as { rows: Record<string, unknown>[] }).rows, stderr: seen.stderr };
}

const edge = async (id: string) =>
  EdgeDetail.parse(
    (
      await request(app)
        .get(`/api/edges/${encodeURIComponent(id)}`)
        .expect(200)
    ).body,
  );

/** The CLI rows of a relationship, as the fields the API's evidence items give. */
const asEvidence = (rows: Record<string, unknown>[], id: string) =>
  rows.filter((r) => r.relationshipId === id).map((r) => [r.quote, r.start, r.end, r.method, r.document]);
const apiEvidence = (d: EdgeDetail) => d.evidence.map((e) => [e.quote, e.start, e.end, e.method, e.docTitle]);

/** Relationships whose stored quotes include some the API leaves out (headings, fragments, duplicates). */
async function pruned(): Promise<{
  id: string;
  source: string;
  target: string;
  type: string;
  stored: number;
}> {
  const r = await executor.executeRead({
    cypher: `MATCH (s:Entity)-[r]->(t:Entity) WHERE type(r) <> 'CO_OCCURS' AND size(r.evidenceQuotes) > 1
RETURN r.id AS id, s.id AS source, t.id AS target, type(r) AS type, size(r.evidenceQuotes) AS stored
ORDER BY stored DESC, id LIMIT 40`,
  });
  for (const rec of r.records) {
    const row = rec.toObject() as {
      id: string;
      source: string;
      target: string;
      type: string;
      stored: unknown;
    };
    const d = await edge(row.id);
    if (d.evidence.length < Number(row.stored)) return { ...row, stored: Number(row.stored) };
  }
  throw new Error("no relationship of the corpus has a heading, fragment or duplicate quote");
}

describe("zonegraph query relationship_evidence (real Neo4j)", () => {
  it("lists the README example's evidence as the edge details do", async () => {
    const { rows } = await cliRows(["source=二连浩特片区", "target=中国（内蒙古）自由贸易试验区"]);
    const ids = [...new Set(rows.map((r) => String(r.relationshipId)))];
    expect(ids.length).toBeGreaterThan(0);
    for (const id of ids) expect(asEvidence(rows, id), id).toEqual(apiEvidence(await edge(id)));
  });

  it("leaves out what the API leaves out, in the API's order, and says so", async () => {
    const p = await pruned();
    const { rows, stderr } = await cliRows([`source=${p.source}`, `target=${p.target}`, `type=${p.type}`]);
    const d = await edge(p.id);
    expect(asEvidence(rows, p.id)).toEqual(apiEvidence(d));
    expect(asEvidence(rows, p.id).length).toBeLessThan(p.stored);
    expect(stderr).toMatch(/ranked as GET \/api\/edges\/:id: \d+ heading\/fragment quote\(s\) hidden/);
  });

  /** Entity pairs joined by exactly one (non-CO_OCCURS) relationship, and by the most. */
  async function pairs(): Promise<{ one: string[]; many: string[]; manyCount: number }> {
    const r = await executor.executeRead({
      cypher: `MATCH (s:Entity)-[r]-(t:Entity) WHERE type(r) <> 'CO_OCCURS' AND s.id < t.id
WITH s.id AS s, t.id AS t, count(r) AS n ORDER BY n DESC, s, t
WITH collect({s: s, t: t, n: n}) AS all
RETURN all[0] AS many, [p IN all WHERE p.n = 1][0] AS one`,
    });
    const many = r.records[0]?.get("many") as { s: string; t: string; n: number };
    const one = r.records[0]?.get("one") as { s: string; t: string };
    return { one: [one.s, one.t], many: [many.s, many.t], manyCount: Number(many.n) };
  }

  it("reads as often for many relationships as for one, and lists each as the edge details do", async () => {
    const { one, many, manyCount } = await pairs();
    expect(manyCount).toBeGreaterThan(1);
    const reads: number[] = [];
    for (const [s, t] of [one, many]) {
      const counting = countingExecutor(executor);
      const { rows } = await cliRows([`source=${s}`, `target=${t}`], counting.executor);
      reads.push(counting.reads.length);
      const ids = [...new Set(rows.map((r) => String(r.relationshipId)))];
      expect(ids.length).toBe(s === one[0] ? 1 : manyCount);
      for (const id of ids) expect(asEvidence(rows, id), id).toEqual(apiEvidence(await edge(id)));
    }
    expect(reads[1]).toBe(reads[0]);
  });
});
