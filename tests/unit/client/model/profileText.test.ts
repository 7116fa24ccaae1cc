import { describe, expect, it } from "vitest";
import { profileAsLines } from "../../../../client/src/model/profileText";
import type { ProfiledOperator } from "../../../../contracts/cypherPlan";

const HEAD = {
  operator: "Operator",
  estimated: "Est. rows",
  rows: "Rows",
  dbHits: "DB hits",
  details: "Details",
  heaviest: "most db hits",
};

const op = (
  depth: number,
  operator: string,
  rows: number,
  dbHits: number,
  details = "",
): ProfiledOperator => ({
  depth,
  operator,
  details,
  estimatedRows: rows + 0.4,
  identifiers: [],
  rows,
  dbHits,
  pageCacheHits: null,
  pageCacheMisses: null,
  timeMs: null,
});

describe("the PROFILE plan as text", () => {
  it("draws the tree with estimated rows, measured rows and db hits aligned, and marks the heaviest", () => {
    const ops = [
      op(0, "ProduceResults", 67, 0, "`a.name`"),
      op(1, "Expand(All)", 67, 519, "(z)<-[r:PART_OF]-(a)"),
      op(2, "NodeByLabelScan", 28, 29, "z:FreeTradeZone"),
    ];
    expect(profileAsLines(ops, 1, HEAD)).toEqual([
      "Operator                Est. rows  Rows  DB hits  Details",
      "ProduceResults               67.4    67        0  `a.name`",
      "  └─ Expand(All)             67.4    67      519  (z)<-[r:PART_OF]-(a)  ◀ most db hits",
      "    └─ NodeByLabelScan       28.4    28       29  z:FreeTradeZone",
    ]);
  });

  it("marks nothing when no operator hit the store, and aligns Chinese headings by display width", () => {
    const lines = profileAsLines([op(0, "ProduceResults", 1, 0)], null, {
      ...HEAD,
      operator: "运算符",
      rows: "实际行数",
    });
    expect(lines).toEqual([
      "运算符          Est. rows  实际行数  DB hits  Details",
      "ProduceResults        1.4         1        0",
    ]);
    expect(lines.join("\n")).not.toContain("◀");
  });
});
