import { describe, expect, it } from "vitest";
import { jsonWriter } from "../../../../server/export/json";
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
      nodes: nodes.map((n) => ({
        key: n.id,
        attributes: {
          ...n.properties,
          type: n.type,
          label: n.name,
          name: n.name,
          nameEn: n.nameEn,
          aliases: n.aliases,
          degree: n.degree,
          source: n.source,
          status: n.status,
        },
      })),
      edges: edges.map((e) => ({
        key: e.id,
        source: e.source,
        target: e.target,
        attributes: {
          type: e.type,
          confidence: e.confidence,
          evidenceCount: e.evidenceCount,
          methods: e.methods,
          stage: e.stage,
          quote: e.quote,
          doc: e.doc,
        },
      })),
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
