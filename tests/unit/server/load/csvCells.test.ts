import neo4j from "neo4j-driver";
import { describe, expect, it } from "vitest";
import { ARRAY_DELIMITER, BulkRefusal, csvCell, csvType, typedRow } from "../../../../server/load/csvCells";

describe("typed CSV cells", () => {
  it("types values as the driver sends them", () => {
    expect(csvType("x", "w")).toBe("string");
    expect(csvType(1, "w")).toBe("double");
    expect(csvType(neo4j.int(1), "w")).toBe("long");
    expect(csvType(true, "w")).toBe("boolean");
    expect(csvType(new neo4j.types.Date(2024, 1, 2), "w")).toBe("date");
    expect(csvType(["a"], "w")).toBe("string[]");
    expect(csvType([1.5, 2], "w")).toBe("double[]");
    expect(csvType(null, "w")).toBeNull();
  });

  it("refuses what a cell cannot hold exactly, naming where", () => {
    expect(() => csvType([], "nodes.3.tags")).toThrow(new BulkRefusal("nodes.3.tags is an empty list"));
    expect(() => csvType([`a${ARRAY_DELIMITER}b`], "w")).toThrow(BulkRefusal);
    expect(() => csvType([""], "w")).toThrow(BulkRefusal);
    expect(() => csvType(["a", 1], "w")).toThrow(BulkRefusal);
    expect(() => csvType({ a: 1 }, "w")).toThrow(BulkRefusal);
  });

  it("quotes strings, leaves absent values empty and joins arrays", () => {
    expect(csvCell("")).toBe('""');
    expect(csvCell('a"b')).toBe('"a""b"');
    expect(csvCell(null)).toBe("");
    expect(csvCell(["a", "b"])).toBe(`"a${ARRAY_DELIMITER}b"`);
    expect(csvCell([1, 2.5])).toBe(`1${ARRAY_DELIMITER}2.5`);
    expect(csvCell(new neo4j.types.Date(2024, 1, 2))).toBe("2024-01-02");
  });

  it("builds a row's header in key order, skipping absent values", () => {
    expect(typedRow({ b: "x", a: neo4j.int(2), c: null }, "w")).toEqual({
      header: ["a:long", "b:string"],
      cells: ["2", '"x"'],
    });
  });
});
