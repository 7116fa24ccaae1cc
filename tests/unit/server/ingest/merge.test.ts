import { describe, expect, it } from "vitest";
import type { ExtractedGraph, GraphEdge } from "../../../../contracts/graph";
import { mergeEdge, mergeIntoStored } from "../../../../server/ingest/merge";
import { evidenceProperties } from "../../../../server/load/queries";

const ev = (doc: string, start: number) => ({
  doc,
  passage: `${doc}#${start}`,
  start,
  end: start + 2,
  quote: "片区",
  method: "pattern" as const,
});
const edge: GraphEdge = {
  id: "PART_OF:Area:a->FreeTradeZone:z",
  source: "Area:a",
  target: "FreeTradeZone:z",
  type: "PART_OF",
  evidence: [ev("doc:new", 5)],
  confidence: 0.8,
  properties: {},
};

describe("mergeEdge", () => {
  it("keeps the stored evidence first and adds the upload's, once", () => {
    const stored = { ...evidenceProperties([ev("doc:old", 1), ev("doc:new", 5)]), confidence: 0.9 };
    const merged = mergeEdge(edge, stored);
    expect(merged.evidence.map((e) => e.doc)).toEqual(["doc:old", "doc:new"]);
    expect(merged.confidence).toBe(0.9);
  });
  it("leaves a relation that is not stored as it is", () => {
    expect(mergeEdge(edge, undefined)).toBe(edge);
  });
});

describe("mergeIntoStored", () => {
  it("keeps a stored entity's reviewed name and English name, and unions the aliases", () => {
    const graph = {
      version: 1,
      documents: [],
      passages: [],
      nodes: [
        {
          id: "Area:a",
          type: "Area",
          name: "a",
          nameEn: null,
          aliases: ["x"],
          source: "pattern",
          properties: {},
        },
      ],
      edges: [],
      mentions: [],
      claims: [],
      problems: [],
    } as ExtractedGraph;
    const out = mergeIntoStored(
      graph,
      new Map(),
      new Map([["Area:a", { name: "A (reviewed)", nameEn: "A", aliases: ["a", "y"] }]]),
    );
    expect(out.nodes[0]).toMatchObject({ name: "A (reviewed)", nameEn: "A", aliases: ["a", "x", "y"] });
  });
});
