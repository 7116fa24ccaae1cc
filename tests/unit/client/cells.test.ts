import { describe, expect, it } from "vitest";
import { classify, toCSV } from "../../../client/src/model/cells";

const node = (id: string, name: string) => ({
  id,
  elementId: `e-${id}`,
  labels: ["Entity"],
  properties: { name },
});
const rel = (id: string, type: string) => ({
  id,
  elementId: `r-${id}`,
  type,
  start: "e-a",
  end: "e-b",
  properties: {},
});

describe("Cypher result cells", () => {
  it("tells nodes, relationships, paths, lists and plain values apart", () => {
    expect(classify(node("Province:甘肃省", "甘肃省"))).toEqual({
      kind: "node",
      id: "Province:甘肃省",
      label: "甘肃省",
    });
    expect(classify(rel("PART_OF:a->b", "PART_OF"))).toEqual({
      kind: "rel",
      id: "PART_OF:a->b",
      type: "PART_OF",
    });
    const path = {
      start: node("a", "A"),
      end: node("b", "B"),
      segments: [{ start: node("a", "A"), relationship: rel("r1", "PART_OF"), end: node("b", "B") }],
      length: 1,
    };
    expect(classify(path)).toEqual({ kind: "path", nodes: ["a", "b"], edges: ["r1"], label: "A → B" });
    expect(classify([1, node("a", "A")]).kind).toBe("list");
    expect(classify(42)).toEqual({ kind: "value", text: "42" });
    expect(classify(null)).toEqual({ kind: "value", text: "" });
    expect(classify({ x: 1 })).toEqual({ kind: "value", text: '{"x":1}' });
  });

  it("exports a CSV with quoting, names for graph elements and no spreadsheet formulas", () => {
    const csv = toCSV(
      ["z", "n", "note"],
      [
        { z: node("a", "中国（甘肃）自由贸易试验区"), n: 3, note: 'say "hi", then' },
        { z: rel("r", "ON_CORRIDOR"), n: null, note: "=1+1" },
      ],
    );
    expect(csv).toBe(
      'z,n,note\r\n中国（甘肃）自由贸易试验区,3,"say ""hi"", then"\r\n[:ON_CORRIDOR],,\'=1+1\r\n',
    );
  });
});
