import { describe, expect, it } from "vitest";
import { planAsText } from "../../../../client/src/model/planText";

const HEAD = { operator: "Operator", rows: "Rows", details: "Details" };

describe("the EXPLAIN plan as text", () => {
  it("indents each operator under its parent, right-aligns the estimates and ends with the details", () => {
    const text = planAsText(
      [
        { depth: 0, operator: "ProduceResults", details: "`a.name`", estimatedRows: 12.54, identifiers: [] },
        {
          depth: 1,
          operator: "Expand(All)",
          details: "(a)-[r:PART_OF]->(z)",
          estimatedRows: 250.4,
          identifiers: [],
        },
        { depth: 2, operator: "NodeByLabelScan", details: "a:Area", estimatedRows: 40, identifiers: [] },
        { depth: 1, operator: "Argument", details: "", estimatedRows: null, identifiers: [] },
      ],
      HEAD,
    );
    expect(text.split("\n")).toEqual([
      "Operator                Rows  Details",
      "ProduceResults          12.5  `a.name`",
      "  └─ Expand(All)         250  (a)-[r:PART_OF]->(z)",
      "    └─ NodeByLabelScan    40  a:Area",
      "  └─ Argument",
    ]);
  });

  it("aligns Chinese headings by display width", () => {
    const text = planAsText(
      [{ depth: 0, operator: "ProduceResults", details: "", estimatedRows: 1, identifiers: [] }],
      {
        operator: "运算符",
        rows: "估计行数",
        details: "详情",
      },
    );
    expect(text.split("\n")).toEqual(["运算符          估计行数  详情", "ProduceResults         1"]);
  });
});
