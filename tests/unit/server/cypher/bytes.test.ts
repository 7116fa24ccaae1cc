import neo4j from "neo4j-driver";
import { describe, expect, it } from "vitest";
import { ResponseBudget } from "../../../../server/cypher/bytes";

const node = (id: number, text: string) => new neo4j.types.Node(id, ["Passage"], { text }, `4:x:${id}`);

describe("ResponseBudget", () => {
  it("counts UTF-8 bytes of strings (a Chinese character is 3 bytes)", () => {
    const budget = new ResponseBudget(1000);
    expect(budget.sizeOf("二连浩特")).toBe(14);
    // Brackets, then each value with its comma: "a" (3), 1 (8), null (4).
    expect(budget.sizeOf(["a", 1, null])).toBe(2 + (3 + 1) + (8 + 1) + (4 + 1));
  });

  it("counts a node twice the first time (row + graph), once when repeated", () => {
    const budget = new ResponseBudget(1_000_000);
    const n = node(1, "x".repeat(1000));
    const first = budget.sizeOf(n);
    const again = budget.sizeOf(n);
    expect(first).toBe(again * 2);
    expect(again).toBeGreaterThan(1000);
  });

  it("refuses the record that would pass the cap and keeps the total under it", () => {
    const budget = new ResponseBudget(10_000);
    let admitted = 0;
    for (let i = 0; i < 100; i++) {
      if (!budget.admit([node(i, "y".repeat(500))])) break;
      admitted++;
    }
    expect(admitted).toBeGreaterThan(0);
    expect(admitted).toBeLessThan(100);
    expect(budget.bytes).toBeLessThanOrEqual(10_000);
    expect(budget.admit(["small"])).toBe(true);
  });

  it("counts the end nodes a path repeats in its segments", () => {
    const a = node(1, "a".repeat(300));
    const b = node(2, "b".repeat(300));
    const r = new neo4j.types.Relationship(9, 1, 2, "PART_OF", {}, "5:x:9", "4:x:1", "4:x:2");
    const path = new neo4j.types.Path(a, b, [new neo4j.types.PathSegment(a, r, b)]);
    const budget = new ResponseBudget(1_000_000);
    expect(budget.sizeOf(path)).toBeGreaterThan(4 * 300);
  });
});
