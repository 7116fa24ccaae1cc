/**
 * The views' cache against the real Neo4j: a repeated request is answered from the cache while the graph
 * version (counts and last document id) stays the same, and a write to the graph makes it recompute.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Executor } from "../../../../server/neo4j/executor";
import { CorridorRepository } from "../../../../server/repositories/corridors";
import { GraphRepository } from "../../../../server/repositories/graph";
import { ViewsRepository } from "../../../../server/repositories/views";
import { ViewsService } from "../../../../server/services/views";
import { testExecutor, uniqueLabel } from "../../../support/neo4j";

let executor: Executor;
const label = uniqueLabel("ViewsCache");

beforeAll(() => {
  executor = testExecutor();
});

afterAll(async () => {
  await executor.executeWrite({ cypher: `MATCH (n:${label}) DETACH DELETE n` });
  await executor.driver.close();
});

describe("ViewsService cache", () => {
  it("serves repeated requests from the cache until the graph changes", async () => {
    const service = new ViewsService(
      new ViewsRepository(executor),
      new GraphRepository(executor),
      new CorridorRepository(executor),
    );
    const first = await service.at({ from: null, to: "2023-12-31" }, 500);
    const again = await service.at({ from: null, to: "2023-12-31" }, 500);
    expect(again).toBe(first);
    await service.agreementMatrix(["Country", "FreeTradeZone"]);
    await service.agreementMatrix(["FreeTradeZone", "Country"]);
    expect(service.cache.stats).toEqual({ hits: 2, misses: 2 });

    await executor.executeWrite({ cypher: `CREATE (:${label} {id: 'views-cache-probe'})` });
    const after = await service.at({ from: null, to: "2023-12-31" }, 500);
    expect(after).not.toBe(first);
    expect(after.zones.length).toBe(first.zones.length);
    expect(service.cache.stats.misses).toBe(3);
  });
});
