/** GEXF and GraphML of the scene carry node status, edge evidence count, methods and stage (parsed back). */
import { DOMParser } from "@xmldom/xmldom";
import { describe, expect, it } from "vitest";
import { toGEXF, toGraphML } from "../../../client/src/model/exporters";
import { type ExportFacts, emptyFacts } from "../../../client/src/model/exportFacts";
import { createSceneGraph } from "../../../client/src/model/scene";

const ZONE = "FreeTradeZone:中国（广西）自由贸易试验区";
const PROVINCE = "Province:甘肃省";
const RCEP = "Agreement:RCEP";
const ALIGNS = `ALIGNS_WITH:${ZONE}->${RCEP}`;
const APPLIES = `APPLIES_FOR:${PROVINCE}->FreeTradeZone:中国（甘肃）自由贸易试验区`;

function scene() {
  const g = createSceneGraph();
  for (const [id, type] of [
    [ZONE, "FreeTradeZone"],
    [PROVINCE, "Province"],
    [RCEP, "Agreement"],
    ["FreeTradeZone:中国（甘肃）自由贸易试验区", "FreeTradeZone"],
  ] as const)
    g.addNode(id, { type, name: id.split(":")[1], label: id, nameEn: null, x: 1, y: 2 });
  g.addDirectedEdgeWithKey(ALIGNS, ZONE, RCEP, { type: "ALIGNS_WITH", evidenceCount: 1 });
  g.addDirectedEdgeWithKey(APPLIES, PROVINCE, "FreeTradeZone:中国（甘肃）自由贸易试验区", {
    type: "APPLIES_FOR",
    evidenceCount: 2,
  });
  return g;
}
const style = { color: () => "#336699", size: () => 4, label: (n: string) => n };
const facts: ExportFacts = {
  status: new Map([
    [ZONE, "established"],
    [PROVINCE, "applied"],
    ["FreeTradeZone:中国（甘肃）自由贸易试验区", "applied"],
  ]),
  edges: new Map([
    [ALIGNS, { evidenceCount: 3, methods: ["pattern", "table"], stage: "pilots", docs: ["文一"] }],
    [APPLIES, { evidenceCount: 2, methods: ["pattern"], stage: null, docs: ["文二"] }],
  ]),
};

const parse = (xml: string) => new DOMParser().parseFromString(xml, "application/xml");
const elements = (doc: Document, tag: string) => Array.from(doc.getElementsByTagName(tag));

/** GEXF: every element's attvalues by attribute title. */
function gexfValues(xml: string, cls: "node" | "edge"): Map<string, Record<string, string>> {
  const doc = parse(xml);
  const block = elements(doc, "attributes").find((a) => a.getAttribute("class") === cls);
  const titles = new Map(
    Array.from(block?.getElementsByTagName("attribute") ?? []).map((a) => [
      a.getAttribute("id"),
      a.getAttribute("title"),
    ]),
  );
  const out = new Map<string, Record<string, string>>();
  for (const el of elements(doc, cls)) {
    const vals: Record<string, string> = {};
    for (const v of Array.from(el.getElementsByTagName("attvalue")))
      vals[String(titles.get(v.getAttribute("for")))] = String(v.getAttribute("value"));
    out.set(String(el.getAttribute("id")), vals);
  }
  return out;
}

/** GraphML: every element's data by key attr.name. */
function graphmlValues(xml: string, tag: "node" | "edge"): Map<string, Record<string, string>> {
  const doc = parse(xml);
  const names = new Map(
    elements(doc, "key")
      .filter((k) => k.getAttribute("for") === tag)
      .map((k) => [k.getAttribute("id"), k.getAttribute("attr.name")]),
  );
  const out = new Map<string, Record<string, string>>();
  for (const el of elements(doc, tag)) {
    const vals: Record<string, string> = {};
    for (const d of Array.from(el.getElementsByTagName("data")))
      vals[String(names.get(d.getAttribute("key")))] = d.textContent ?? "";
    out.set(String(el.getAttribute("id")), vals);
  }
  return out;
}

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
  it("falls back to the scene's attributes when no facts were fetched", () => {
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
