import { describe, expect, it } from "vitest";
import { ExportGraphJson } from "../../../../contracts/api";
import { csvCell, toCsv, toGexf, toGraphml, toJson, writeGraph } from "../../../../server/export/formats";
import type { ExportData } from "../../../../server/export/types";
import { escapeXml } from "../../../../server/export/xml";
import { csvRecords } from "../../../support/csv";

const data: ExportData = {
  nodes: [
    {
      id: "Area:二连浩特片区",
      type: "Area",
      name: "二连浩特片区",
      nameEn: 'Erenhot <Area> & "Co"',
      aliases: ["二连"],
      degree: 2,
      source: "catalog",
      status: null,
      properties: {},
    },
    {
      id: "City:二连浩特市",
      type: "City",
      name: "二连浩特市",
      nameEn: null,
      aliases: [],
      degree: 1,
      source: "catalog",
      status: null,
      properties: {},
    },
  ],
  edges: [
    {
      id: "LOCATED_IN:Area:二连浩特片区->City:二连浩特市",
      type: "LOCATED_IN",
      source: "Area:二连浩特片区",
      target: "City:二连浩特市",
      confidence: 0.9,
      count: null,
      evidenceCount: 1,
      methods: ["pattern"],
      stage: null,
      quote: '位于\u0001二连浩特市，"口岸"',
      doc: "doc:a",
    },
  ],
};

/** Well-formedness check without a dependency: tags balance, no raw & or < in text. */
function wellFormed(xml: string): boolean {
  const stack: string[] = [];
  const body = xml.replace(/^<\?xml[^>]*\?>/, "");
  for (const m of body.matchAll(/<(\/?)([\w:]+)([^>]*?)(\/?)>/g)) {
    const [, close, name, , self] = m;
    if (self) continue;
    if (close) {
      if (stack.pop() !== name) return false;
    } else stack.push(name as string);
  }
  const text = body.replace(/<[^>]*>/g, "");
  return stack.length === 0 && !/&(?!amp;|lt;|gt;|quot;|apos;)/.test(text) && !text.includes("<");
}

describe("export writers", () => {
  it("escapes XML and drops forbidden control characters", () => {
    expect(escapeXml(`a<b>&"c'\u0001`)).toBe("a&lt;b&gt;&amp;&quot;c&apos;");
  });
  it("writes well-formed GraphML with every node and edge", () => {
    const xml = toGraphml(data);
    expect(wellFormed(xml)).toBe(true);
    expect(xml).toContain('<node id="Area:二连浩特片区">');
    expect(xml).toContain("Erenhot &lt;Area&gt; &amp; &quot;Co&quot;");
    expect(xml).not.toContain("\u0001");
    expect((xml.match(/<edge /g) ?? []).length).toBe(1);
  });
  it("writes well-formed GEXF 1.3", () => {
    const xml = toGexf(data);
    expect(wellFormed(xml)).toBe(true);
    expect(xml).toContain('xmlns="http://gexf.net/1.3"');
    expect((xml.match(/<node /g) ?? []).length).toBe(2);
  });
  it("writes CSV with quoting and formula protection", () => {
    expect(csvCell('a,"b"')).toBe('"a,""b"""');
    expect(csvCell("=HYPERLINK()")).toBe("'=HYPERLINK()");
    const csv = toCsv(data);
    const lines = csv
      .replace(/^\uFEFF/, "")
      .trim()
      .split("\r\n");
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatch(/^kind,id,type,name/);
  });
  it("writes JSON in graphology's serialized shape", () => {
    const g = JSON.parse(toJson(data));
    expect(g.nodes).toHaveLength(2);
    expect(g.edges[0]).toMatchObject({ source: "Area:二连浩特片区", target: "City:二连浩特市" });
    expect(writeGraph("json", data)).toContain("二连浩特片区");
  });

  it("carries zone status, edge evidence count, methods and stage in every format", () => {
    const zone = "FreeTradeZone:中国（广西）自由贸易试验区";
    const rcep = "Agreement:RCEP";
    const withFacts: ExportData = {
      nodes: [
        {
          ...(data.nodes[0] as ExportData["nodes"][number]),
          id: zone,
          type: "FreeTradeZone",
          status: "established",
        },
        { ...(data.nodes[1] as ExportData["nodes"][number]), id: rcep, type: "Agreement", status: null },
      ],
      edges: [
        {
          ...(data.edges[0] as ExportData["edges"][number]),
          id: "ALIGNS_WITH:z->r",
          type: "ALIGNS_WITH",
          source: zone,
          target: rcep,
          evidenceCount: 3,
          methods: ["pattern", "table"],
          stage: "pilots",
        },
      ],
    };
    const json = ExportGraphJson.parse(JSON.parse(toJson(withFacts)));
    expect(json.nodes.map((n) => n.attributes.status)).toEqual(["established", null]);
    expect(json.edges[0]?.attributes).toMatchObject({
      evidenceCount: 3,
      methods: ["pattern", "table"],
      stage: "pilots",
    });
    const graphml = toGraphml(withFacts);
    expect(graphml).toContain('<key id="n_status" for="node" attr.name="status" attr.type="string"/>');
    expect(graphml).toContain('<data key="n_status">established</data>');
    expect(graphml).toContain('<data key="e_methods">pattern | table</data>');
    expect(graphml).toContain('<data key="e_stage">pilots</data>');
    expect(graphml).toContain('<data key="e_evidenceCount">3</data>');
    const gexf = toGexf(withFacts);
    const id = (title: string) => new RegExp(`<attribute id="(\\d+)" title="${title}"`).exec(gexf)?.[1];
    expect(gexf).toContain(`<attvalue for="${id("status")}" value="established"/>`);
    expect(gexf).toContain(`<attvalue for="${id("methods")}" value="pattern | table"/>`);
    expect(gexf).toContain(`<attvalue for="${id("stage")}" value="pilots"/>`);
    const csv = csvRecords(toCsv(withFacts));
    expect(csv.map((r) => [r.kind, r.status])).toEqual([
      ["node", "established"],
      ["node", ""],
      ["edge", ""],
    ]);
    expect(csv[2]).toMatchObject({ evidenceCount: "3", methods: "pattern | table", stage: "pilots" });
    expect(csv[0]).toMatchObject({ methods: "", stage: "" });
  });
});
