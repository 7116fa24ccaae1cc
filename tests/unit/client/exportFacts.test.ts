import { describe, expect, it } from "vitest";
import { edgeFacts, emptyFacts, sourceDocuments } from "../../../client/src/model/exportFacts";
import { EdgeDetail } from "../../../contracts/api";

const ev = (doc: string, title: string, method: string) => ({
  doc,
  docTitle: title,
  docDate: "2024-01",
  passage: `${doc}#p1`,
  start: 0,
  end: 1,
  quote: "x",
  method,
});

describe("export facts", () => {
  it("reads an edge's evidence count, distinct methods, stage and document titles", () => {
    const d = EdgeDetail.parse({
      id: "ALIGNS_WITH:a->b",
      type: "ALIGNS_WITH",
      source: { id: "a", name: "a", nameEn: null, type: "FreeTradeZone" },
      target: { id: "b", name: "b", nameEn: null, type: "Agreement" },
      confidence: 0.9,
      properties: { stage: "pilots" },
      evidence: [
        ev("doc:1", "文一", "pattern"),
        ev("doc:2", "文二", "table"),
        ev("doc:1", "文一", "pattern"),
      ],
    });
    expect(edgeFacts(d)).toEqual({
      evidenceCount: 3,
      methods: ["pattern", "table"],
      stage: "pilots",
      docs: ["文一", "文二"],
    });
    expect(edgeFacts({ ...d, properties: {} }).stage).toBeNull();
  });
  it("names the documents behind the scene, most cited first, then how many more", () => {
    const f = emptyFacts();
    const e = (docs: string[]) => ({ evidenceCount: 1, methods: [], stage: null, docs });
    f.edges.set("1", e(["B", "A"]));
    f.edges.set("2", e(["B", "C"]));
    f.edges.set("3", e(["D", "E"]));
    expect(sourceDocuments(f, 3)).toEqual({ titles: ["B", "A", "C"], more: 2 });
    expect(sourceDocuments(emptyFacts())).toEqual({ titles: [], more: 0 });
  });
});
