/**
 * edgeDetails reads the details of many relationships in a fixed number of reads, and gives for each
 * what GET /api/edges/:id gives, on the corpus in the real Neo4j.
 */
import request from "supertest";
import { afterAll, describe, expect, it } from "vitest";
import { EdgeDetail } from "../../../../contracts/api";
import { createApp } from "../../../../server/app";
import { edgeDetails } from "../../../../server/services/edgeDetail";
import { countingExecutor } from "../../../support/countingExecutor";
import { TEST_APP_SETTINGS, testExecutor } from "../../../support/neo4j";

const executor = testExecutor();
const app = createApp({ executor, settings: TEST_APP_SETTINGS });
afterAll(() => executor.close());

/** Ids of relationships with evidence, several of every type but CO_OCCURS. */
async function relationshipIds(): Promise<string[]> {
  const r = await executor.executeRead({
    cypher: `MATCH (:Entity)-[r]->(:Entity) WHERE type(r) <> 'CO_OCCURS' AND size(r.evidenceQuotes) > 0
WITH type(r) AS type, r.id AS id ORDER BY type, id
WITH type, collect(id)[..8] AS ids UNWIND ids AS id RETURN id`,
  });
  return r.records.map((x) => String(x.get("id")));
}

describe("edgeDetails", () => {
  it("reads as often for one relationship as for dozens, each as GET /api/edges/:id gives it", async () => {
    const ids = await relationshipIds();
    expect(ids.length).toBeGreaterThan(40);
    const one = countingExecutor(executor);
    await edgeDetails(one.executor, ids.slice(0, 1));
    const many = countingExecutor(executor);
    const details = await edgeDetails(many.executor, [...ids, "PART_OF:no-such-relationship"]);
    expect(many.reads.length).toBe(one.reads.length);
    expect([...details.keys()].sort()).toEqual([...ids].sort());
    for (const id of ids) {
      const api = EdgeDetail.parse((await request(app).get(`/api/edges/${encodeURIComponent(id)}`)).body);
      expect(details.get(id), id).toEqual(api);
    }
  });
});
