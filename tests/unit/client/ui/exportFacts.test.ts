/**
 * fetchExportFacts asks the API for edge details only: zone statuses come from the scene's nodes, and the
 * GEXF/GraphML exports carry the same statuses the node details give (what the exports used to fetch).
 */
import { describe, expect, it } from "vitest";
import { toGEXF, toGraphML } from "../../../../client/src/model/exporters";
import { createSceneGraph } from "../../../../client/src/model/scene";
import { zoneStatus } from "../../../../client/src/model/status";
import { fetchExportFacts, MAX_FACT_EDGES } from "../../../../client/src/ui/exportFacts";
import type { EdgeDetail, NodeDetail } from "../../../../contracts/api";
import { gexfValues, graphmlValues } from "../../../support/exportXml";

type Fixture = Pick<NodeDetail, "id" | "type" | "properties" | "degrees">;
const ZONE = "FreeTradeZone:中国（广西）自由贸易试验区";
const APPLIED = "FreeTradeZone:中国（甘肃）自由贸易试验区";
const PROPOSED = "FreeTradeZone:中国（西藏）自由贸易试验区";
const PROVINCE = "Province:甘肃省";
const CITY = "City:南宁市";
const details: Fixture[] = [
  { id: ZONE, type: "FreeTradeZone", properties: { established: "2019-08-26" }, degrees: [] },
  {
    id: APPLIED,
    type: "FreeTradeZone",
    properties: {},
    degrees: [{ type: "APPLIES_FOR", direction: "in", count: 1 }],
  },
  { id: PROPOSED, type: "FreeTradeZone", properties: {}, degrees: [] },
  {
    id: PROVINCE,
    type: "Province",
    properties: {},
    degrees: [{ type: "APPLIES_FOR", direction: "in", count: 1 }],
  },
  { id: CITY, type: "City", properties: {}, degrees: [{ type: "LOCATED_IN", direction: "out", count: 1 }] },
];

/** The scene as the API sends it: each node with the `status` the server computes by the same rule. */
function scene() {
  const g = createSceneGraph();
  for (const d of details) {
    const status = zoneStatus(d);
    g.addNode(d.id, { type: d.type, name: d.id, label: d.id, x: 0, y: 0, ...(status ? { status } : {}) });
  }
  g.addDirectedEdgeWithKey("APPLIES_FOR:p->z", PROVINCE, APPLIED, { type: "APPLIES_FOR" });
  g.addDirectedEdgeWithKey("LOCATED_IN:z->c", ZONE, CITY, { type: "LOCATED_IN" });
  g.addDirectedEdgeWithKey("CO_OCCURS:z-c", ZONE, CITY, { type: "CO_OCCURS" });
  return g;
}

function edgeDetail(id: string): EdgeDetail {
  const end = { id: "x", name: "x", nameEn: null, type: "City" };
  const ev = { doc: "d1", docTitle: "文一", method: "pattern", quote: "…" };
  return {
    id,
    type: "T",
    source: end,
    target: end,
    confidence: 1,
    properties: {},
    evidence: [ev],
  } as EdgeDetail;
}

function fakeApi() {
  const asked: string[] = [];
  return {
    asked,
    api: {
      edge: async (id: string) => {
        asked.push(id);
        return edgeDetail(id);
      },
    },
  };
}

const style = { color: () => "#336699", size: () => 4, label: (n: string) => n };

describe("fetchExportFacts", () => {
  it("asks for the scene's relationships only (no node requests, no co-occurrence)", async () => {
    const { api, asked } = fakeApi();
    const facts = await fetchExportFacts(api, scene());
    expect(asked.sort()).toEqual(["APPLIES_FOR:p->z", "LOCATED_IN:z->c"]);
    expect([...facts.edges.keys()].sort()).toEqual(["APPLIES_FOR:p->z", "LOCATED_IN:z->c"]);
    expect(facts.edges.get("LOCATED_IN:z->c")?.evidenceCount).toBe(1);
  });

  it("asks for at most MAX_FACT_EDGES relationships", async () => {
    const g = createSceneGraph();
    for (let i = 0; i <= MAX_FACT_EDGES; i++) g.addNode(`n${i}`, { type: "City", name: `n${i}`, x: 0, y: 0 });
    for (let i = 0; i < MAX_FACT_EDGES; i++)
      g.addDirectedEdgeWithKey(`e${i}`, `n${i}`, `n${i + 1}`, { type: "LOCATED_IN" });
    g.addDirectedEdgeWithKey("extra", "n0", `n${MAX_FACT_EDGES}`, { type: "LOCATED_IN" });
    const { api, asked } = fakeApi();
    await fetchExportFacts(api, g);
    expect(asked).toHaveLength(MAX_FACT_EDGES);
  });

  it("gives GEXF and GraphML exports whose statuses are the node details' statuses", async () => {
    const g = scene();
    const facts = await fetchExportFacts(fakeApi().api, g);
    const gexf = gexfValues(toGEXF(g, style, facts), "node");
    const graphml = graphmlValues(toGraphML(g, style, facts), "node");
    for (const d of details) {
      const expected = zoneStatus(d) ?? "";
      expect(gexf.get(d.id)?.status, d.id).toBe(expected);
      expect(graphml.get(d.id)?.status, d.id).toBe(expected);
    }
    expect(details.map((d) => zoneStatus(d))).toEqual([
      "established",
      "applied",
      "proposed",
      "applied",
      null,
    ]);
  });
});
