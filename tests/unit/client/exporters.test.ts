/** GEXF and GraphML of the scene carry node status, edge evidence count, methods and stage (parsed back). */
import { describe, expect, it } from "vitest";
import { toGEXF, toGraphML } from "../../../client/src/model/exporters";
import { type ExportFacts, emptyFacts } from "../../../client/src/model/exportFacts";
import { createSceneGraph } from "../../../client/src/model/scene";
import { gexfValues, graphmlValues } from "../../support/exportXml";

const ZONE = "FreeTradeZone:中国（广西）自由贸易试验区";
const PROVINCE = "Province:甘肃省";
const RCEP = "Agreement:RCEP";
const ALIGNS = `ALIGNS_WITH:${ZONE}->${RCEP}`;
const APPLIES = `APPLIES_FOR:${PROVINCE}->FreeTradeZone:中国（甘肃）自由贸易试验区`;

/** A scene as the API gives it: zones and applying provinces carry their `status`. */
function scene() {
  const g = createSceneGraph();
  for (const [id, type, status] of [
    [ZONE, "FreeTradeZone", "established"],
    [PROVINCE, "Province", "applied"],
    [RCEP, "Agreement", undefined],
    ["FreeTradeZone:中国（甘肃）自由贸易试验区", "FreeTradeZone", "applied"],
  ] as const)
    g.addNode(id, {
      type,
      name: id.split(":")[1],
      label: id,
      nameEn: null,
      x: 1,
      y: 2,
      ...(status ? { status } : {}),
    });
  g.addDirectedEdgeWithKey(ALIGNS, ZONE, RCEP, { type: "ALIGNS_WITH", evidenceCount: 1 });
  g.addDirectedEdgeWithKey(APPLIES, PROVINCE, "FreeTradeZone:中国（甘肃）自由贸易试验区", {
    type: "APPLIES_FOR",
    evidenceCount: 2,
  });
  return g;
}
const style = { color: () => "#336699", size: () => 4, label: (n: string) => n };
const facts: ExportFacts = {
  edges: new Map([
    [ALIGNS, { evidenceCount: 3, methods: ["pattern", "table"], stage: "pilots", docs: ["文一"] }],
    [APPLIES, { evidenceCount: 2, methods: ["pattern"], stage: null, docs: ["文二"] }],
  ]),
};

describe("GEXF export", () => {
  it("declares and fills node status and edge evidence count, methods and stage", () => {
    const nodes = gexfValues(toGEXF(scene(), style, facts), "node");
    expect(nodes.get(ZONE)?.status).toBe("established");
    expect(nodes.get(PROVINCE)?.status).toBe("applied");
    expect(nodes.get(RCEP)?.status).toBe("");
    const edges = gexfValues(toGEXF(scene(), style, facts), "edge");
    expect(edges.get(ALIGNS)).toMatchObject({
      type: "ALIGNS_WITH",
      evidenceCount: "3",
      methods: "pattern | table",
      stage: "pilots",
    });
    expect(edges.get(APPLIES)).toMatchObject({ evidenceCount: "2", methods: "pattern", stage: "" });
  });
  it("takes the status from the node, and edge facts from the scene's attributes when none were fetched", () => {
    const g = scene();
    g.setNodeAttribute(ZONE, "status", "applied");
    g.setEdgeAttribute(ALIGNS, "stage", "signed");
    const nodes = gexfValues(toGEXF(g, style, emptyFacts()), "node");
    const edges = gexfValues(toGEXF(g, style), "edge");
    expect(nodes.get(ZONE)?.status).toBe("applied");
    expect(edges.get(ALIGNS)).toMatchObject({ evidenceCount: "1", stage: "signed", methods: "" });
  });
});

describe("GraphML export", () => {
  it("declares and fills node status and edge evidence count, methods and stage", () => {
    const xml = toGraphML(scene(), style, facts);
    const nodes = graphmlValues(xml, "node");
    expect(nodes.get(ZONE)?.status).toBe("established");
    expect(nodes.get("FreeTradeZone:中国（甘肃）自由贸易试验区")?.status).toBe("applied");
    const edges = graphmlValues(xml, "edge");
    expect(edges.get(ALIGNS)).toMatchObject({
      type: "ALIGNS_WITH",
      evidenceCount: "3",
      methods: "pattern | table",
      stage: "pilots",
    });
    expect(edges.get(APPLIES)?.evidenceCount).toBe("2");
  });
});
