/** How GraphRepository sends its reads (the Cypher itself is tested in builders.test.ts). */
import { describe, expect, it } from "vitest";
import { GraphRepository } from "../../../../server/repositories/graph";
import { recordingExecutor } from "../../../support/recordingExecutor";

describe("GraphRepository", () => {
  it("reads in one round trip with compiled expressions (search, neighbourhood, node)", async () => {
    const { executor, calls } = recordingExecutor();
    const repo = new GraphRepository(executor);
    await repo.search("上海", null, 20);
    await repo.expand(["FreeTradeZone:上海"], ["PART_OF", "LOCATED_IN"], null, 50, true);
    await repo.entity("FreeTradeZone:上海");
    expect(calls.map((c) => c.method)).toEqual(["executeReadOnce", "executeReadOnce", "executeReadOnce"]);
    for (const c of calls) expect(c.cypher.startsWith("CYPHER expressionEngine=compiled\n")).toBe(true);
  });

  it("runs each path step within its deadline, expressions compiled", async () => {
    const { executor, calls } = recordingExecutor();
    await new GraphRepository(executor).pathStep(["FreeTradeZone:上海"], ["PART_OF"], 100, 3000);
    expect(calls).toHaveLength(1);
    expect(calls[0]?.method).toBe("executeReadWithin");
    expect(calls[0]?.cypher.startsWith("CYPHER expressionEngine=compiled\n")).toBe(true);
  });
});
