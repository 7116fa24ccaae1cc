import { describe, expect, it } from "vitest";
import type { GraphEdge } from "../../../../contracts/graph";
import { edgeRow } from "../../../../server/load/csv";
import { PLAIN_EDGE_HEADER, plainEdgeRow, quoted } from "../../../../server/load/csvEdges";

const edge = (over: Partial<GraphEdge> = {}): GraphEdge => ({
  id: "e:1",
  source: "City:上海",
  target: "Port:洋山",
  type: "LINKED_PORT",
  confidence: 0.75,
  properties: {},
  evidence: [
    { doc: "doc:1", passage: "doc:1#p0", start: 3, end: 10, quote: '上海"洋山"港', method: "pattern" },
    { doc: "doc:2", passage: "doc:2#p4", start: 0, end: 2.5, quote: "洋山", method: "catalog" },
  ],
  ...over,
});

describe("the fast path of relationship rows", () => {
  it("writes exactly the generic path's header and line", () => {
    const cases = [
      edge(),
      edge({ confidence: 1, source: 'a"b', evidence: [edge().evidence[0] as GraphEdge["evidence"][number]] }),
      edge({ type: "CO_OCCURS", confidence: 0.1234567 }),
    ];
    for (const e of cases) {
      const generic = edgeRow(e, "L-1", "edges.0");
      expect(generic.shape).toBe(PLAIN_EDGE_HEADER);
      expect(plainEdgeRow(e, quoted("L-1"))).toBe(generic.line);
    }
  });

  it("leaves to the generic path what it cannot vouch for", () => {
    const first = edge().evidence[0] as GraphEdge["evidence"][number];
    expect(plainEdgeRow(edge({ properties: { weight: 2 } }), '"L"')).toBeNull();
    expect(plainEdgeRow(edge({ evidence: [] }), '"L"')).toBeNull();
    expect(plainEdgeRow(edge({ evidence: [{ ...first, quote: "" }] }), '"L"')).toBeNull();
    expect(plainEdgeRow(edge({ evidence: [{ ...first, quote: "a\u001fb" }] }), '"L"')).toBeNull();
    expect(plainEdgeRow(edge({ confidence: Number.NaN }), '"L"')).toBeNull();
  });

  it("quotes a cell, doubling quotes only when there are some", () => {
    expect(quoted("abc")).toBe('"abc"');
    expect(quoted('a"b""c')).toBe('"a""b""""c"');
  });
});
