import { describe, expect, it } from "vitest";
import { decodeFile } from "../../../../server/ingest/decode/index";
import { extractUpload, uploadDocId } from "../../../../server/ingest/extract";
import { makeDocx, makePdf } from "../../../support/documents";

const LINES = [
  "中国（新疆）自由贸易试验区总体方案",
  "乌鲁木齐片区位于新疆维吾尔自治区首府乌鲁木齐市。",
  "喀什片区对接中巴经济走廊。",
];
const LIMIT = { maxBytes: 5 * 1024 * 1024 };

async function extracted(buf: Buffer, file: string) {
  const decoded = await decodeFile(file, buf, LIMIT);
  return { decoded, ...extractUpload(decoded, { kind: "plan" }) };
}

function expectValidEvidence(text: string, graph: Awaited<ReturnType<typeof extracted>>["graph"]) {
  for (const e of graph.edges)
    for (const ev of e.evidence) expect(text.slice(ev.start, ev.end), e.id).toBe(ev.quote);
  for (const m of graph.mentions) expect(text.slice(m.start, m.end)).toBe(m.surface);
}

describe.each([
  ["PDF", () => makePdf(LINES, { title: "新疆自贸试验区方案", author: "国务院" }), "plan.pdf"],
  ["DOCX", () => makeDocx(LINES, { title: "新疆自贸试验区方案", creator: "国务院" }), "plan.docx"],
])("extractUpload of a real %s in Chinese", (_name, make, file) => {
  it("finds the zone, its area, city and corridor, with evidence offsets into the stored text", async () => {
    const { decoded, graph, meta, missing } = await extracted(await make(), file);
    const doc = graph.documents[0]!;
    expect(doc).toMatchObject({ id: uploadDocId(decoded.sha256), file, title: "新疆自贸试验区方案" });
    expect(doc.text).toBe(decoded.text);
    expect(meta).toMatchObject({ author: "国务院", kind: "plan" });
    expect(missing).toEqual([]);
    const ids = graph.nodes.map((n) => n.id);
    for (const id of [
      "FreeTradeZone:中国（新疆）自由贸易试验区",
      "Area:乌鲁木齐片区",
      "City:乌鲁木齐",
      "Corridor:中巴经济走廊",
    ])
      expect(ids).toContain(id);
    const located = graph.edges.find((e) => e.id === "LOCATED_IN:Area:乌鲁木齐片区->City:乌鲁木齐");
    expect(located?.evidence[0]).toMatchObject({
      start: decoded.text.indexOf("乌鲁木齐片区位于"),
      quote: expect.stringMatching(/^乌鲁木齐片区/),
    });
    const onCorridor = graph.edges.find((e) => e.id === "ON_CORRIDOR:Area:喀什片区->Corridor:中巴经济走廊");
    expect(onCorridor?.evidence[0]).toMatchObject({
      start: decoded.text.indexOf("喀什片区"),
      quote: "喀什片区对接中巴经济走廊",
    });
    expectValidEvidence(decoded.text, graph);
  }, 60_000);
});

describe("extractUpload metadata", () => {
  it("reports the fields neither the file nor the user gave, and the user's values win", async () => {
    const decoded = await decodeFile(
      "a.txt",
      new TextEncoder().encode("乌鲁木齐片区位于乌鲁木齐市。"),
      LIMIT,
    );
    const { meta, missing, graph } = extractUpload(decoded, { date: "2026-05-01" });
    expect(missing).toEqual(["title", "author", "kind"]);
    expect(meta.date).toBe("2026-05-01");
    expect(graph.documents[0]?.year).toBe(2026);
  });
});
