import { describe, expect, it } from "vitest";
import { edgeJson, jsonWriter, nodeJson } from "../../../../server/export/json";
import type { ExportEdge, ExportNode } from "../../../../server/export/types";

const node = (id: string): ExportNode => ({
  id,
  type: "Area",
  name: `名 ${id}`,
  nameEn: null,
  aliases: ["a", 'b"c'],
  degree: 1,
  source: null,
  status: null,
  properties: { level: 2, tags: ["x"] },
});
const edge = (id: string): ExportEdge => ({
  id,
  type: "PART_OF",
  source: "a",
  target: "b",
  confidence: 0.9,
  count: null,
  evidenceCount: 1,
  methods: ["pattern"],
  stage: null,
  quote: "q\nline",
  doc: "d",
});

/** The document as one JSON.stringify(…, null, 1) of the whole graph writes it. */
function whole(nodes: ExportNode[], edges: ExportEdge[]): string {
  return JSON.stringify(
    {
      options: { type: "directed", multi: true, allowSelfLoops: true },
      attributes: { name: "zonegraph", exportedAt: "T" },
      nodes: nodes.map(nodeJson),
      edges: edges.map(edgeJson),
    },
    null,
    1,
  );
}

function pieces(nodes: ExportNode[], edges: ExportEdge[]): string {
  const w = jsonWriter("T");
  return [w.head(), ...nodes.map(w.node), w.middle(), ...edges.map(w.edge), w.foot()].join("");
}

describe("jsonWriter", () => {
  it("gives nodes their attributes and edges a count only when they have one", () => {
    expect(nodeJson(node("n")).attributes).toMatchObject({
      level: 2,
      tags: ["x"],
      label: "名 n",
      status: null,
    });
    expect(edgeJson(edge("e")).attributes).not.toHaveProperty("count");
    expect(edgeJson({ ...edge("e"), count: 3 }).attributes).toMatchObject({ count: 3 });
  });
  it.each([
    [0, 0],
    [1, 0],
    [0, 1],
    [3, 2],
  ])("writes %i nodes and %i edges piece by piece as one JSON.stringify would", (n, e) => {
    const nodes = Array.from({ length: n }, (_, i) => node(`n${i}`));
    const edges = Array.from({ length: e }, (_, i) => edge(`e${i}`));
    expect(pieces(nodes, edges)).toBe(whole(nodes, edges));
  });
});
