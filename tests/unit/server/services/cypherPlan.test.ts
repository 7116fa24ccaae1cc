import { describe, expect, it } from "vitest";
import { flattenPlan } from "../../../../server/services/cypherPlan";

describe("the EXPLAIN plan sent to the console", () => {
  it("flattens the tree in pre-order with depths, operator names without the runtime suffix, details and estimates", () => {
    const plan = {
      operatorType: "ProduceResults@neo4j",
      identifiers: ["z"],
      arguments: { EstimatedRows: 12.5, Details: "z" },
      children: [
        {
          operatorType: "Expand(All)@neo4j",
          identifiers: ["a", "r", "z"],
          arguments: { EstimatedRows: 12.5, Details: "(a)-[r:PART_OF]->(z)" },
          children: [
            {
              operatorType: "NodeByLabelScan@neo4j",
              identifiers: ["a"],
              arguments: { EstimatedRows: 40, Details: "a:Area" },
            },
          ],
        },
        { operatorType: "Argument@neo4j", arguments: {} },
      ],
    };
    expect(flattenPlan(plan)).toEqual([
      { depth: 0, operator: "ProduceResults", details: "z", estimatedRows: 12.5, identifiers: ["z"] },
      {
        depth: 1,
        operator: "Expand(All)",
        details: "(a)-[r:PART_OF]->(z)",
        estimatedRows: 12.5,
        identifiers: ["a", "r", "z"],
      },
      { depth: 2, operator: "NodeByLabelScan", details: "a:Area", estimatedRows: 40, identifiers: ["a"] },
      { depth: 1, operator: "Argument", details: "", estimatedRows: null, identifiers: [] },
    ]);
  });
});
