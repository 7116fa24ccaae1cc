import { describe, expect, it } from "vitest";
import { profileStatement } from "../../../../server/repositories/cypherProfile";
import {
  flattenProfile,
  heaviestOperator,
  type ProfiledNode,
} from "../../../../server/services/cypherProfile";

const plan: ProfiledNode = {
  operatorType: "ProduceResults@neo4j",
  arguments: { Details: "`a.name`", EstimatedRows: 67 },
  identifiers: ["a"],
  rows: 67,
  dbHits: 0,
  children: [
    {
      operatorType: "Expand(All)@neo4j",
      arguments: { Details: "(z)<-[r:PART_OF]-(a)", EstimatedRows: 60.5 },
      identifiers: ["z", "r", "a"],
      rows: 67,
      dbHits: 519,
      pageCacheHits: 12,
      time: 2_500_000,
      children: [
        {
          operatorType: "NodeByLabelScan@neo4j",
          arguments: { Details: "z:FreeTradeZone", EstimatedRows: 28 },
          identifiers: ["z"],
          rows: 28,
          dbHits: 29,
        },
      ],
    },
  ],
};

describe("the profiled plan", () => {
  it("is flat in pre-order with each operator's measured rows, db hits, page cache and time", () => {
    const ops = flattenProfile(plan);
    expect(ops.map((o) => [o.depth, o.operator, o.rows, o.dbHits])).toEqual([
      [0, "ProduceResults", 67, 0],
      [1, "Expand(All)", 67, 519],
      [2, "NodeByLabelScan", 28, 29],
    ]);
    expect(ops[1]).toMatchObject({
      estimatedRows: 60.5,
      pageCacheHits: 12,
      pageCacheMisses: null,
      timeMs: 2.5,
    });
    expect(ops[2]).toMatchObject({ details: "z:FreeTradeZone", timeMs: null, pageCacheHits: null });
  });

  it("marks the operator with the most db hits, the first on ties, none when no operator hit the store", () => {
    const ops = flattenProfile(plan);
    expect(heaviestOperator(ops)).toBe(1);
    const tie = ops.map((o) => ({ ...o, dbHits: 5 }));
    expect(heaviestOperator(tie)).toBe(0);
    expect(heaviestOperator(ops.map((o) => ({ ...o, dbHits: 0 })))).toBeNull();
  });

  it("reads negative or missing measures as zero rows and hits", () => {
    const [op] = flattenProfile({ operatorType: "EmptyResult", rows: -1 } as ProfiledNode);
    expect(op).toMatchObject({ rows: 0, dbHits: 0, estimatedRows: null, details: "" });
  });

  it("runs the analyst's query under PROFILE with its parameters unchanged", () => {
    expect(profileStatement("MATCH (n) RETURN n", { a: 1 })).toEqual({
      cypher: "PROFILE MATCH (n) RETURN n",
      params: { a: 1 },
    });
  });
});
