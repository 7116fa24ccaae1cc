/**
 * Evidence ranking against the real Neo4j (GraphService.edge, server/services/evidenceRanking.ts):
 * a written relation whose stored quotes include a heading, a sentence naming one end, a sentence
 * naming both ends and the same sentence in a second document; then the rule checked on the corpus.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Executor } from "../../../../server/neo4j/executor";
import { GraphRepository } from "../../../../server/repositories/graph";
import { sentenceKind } from "../../../../server/services/evidenceRanking";
import { GraphService } from "../../../../server/services/graph";
import { testExecutor, uniqueLabel } from "../../../support/neo4j";

let executor: Executor;
let service: GraphService;
const label = uniqueLabel("Evidence");
const A = `Area:${label}甲片区`;
const B = `Corridor:${label}乙走廊`;
const EDGE = `CONNECTS:${A}->${B}`;
const DOC = `doc:${label}-compound`;
const DOC2 = `doc:${label}-other`;
const both = `${label}甲片区则深耕${label}乙走廊，树立与周边国家友好合作的示范样板。`;

beforeAll(async () => {
  executor = testExecutor();
  service = new GraphService(new GraphRepository(executor));
  const passages = [
    { id: `${DOC}#0`, doc: DOC, start: 0, text: "第一篇评论的标题" },
    { id: `${DOC}#1`, doc: DOC, start: 20, text: `${label}甲片区是向北开放的重要窗口之一。` },
    { id: `${DOC}#2`, doc: DOC, start: 100, text: "第二篇评论的标题" },
    { id: `${DOC}#3`, doc: DOC, start: 120, text: both },
    { id: `${DOC}#4`, doc: DOC, start: 200, text: "制度创新赋能经济走廊建设" },
    { id: `${DOC2}#0`, doc: DOC2, start: 5, text: both },
  ];
  const evidence = [`${DOC}#4`, `${DOC}#1`, `${DOC2}#0`, `${DOC}#3`].map((id) => {
    const p = passages.find((x) => x.id === id);
    if (!p) throw new Error(id);
    return { doc: p.doc, passage: p.id, start: p.start, end: p.start + 4, quote: p.text.slice(0, 4) };
  });
  await executor.executeWrite({
    cypher: `CREATE (:Document:${label} {id: $doc, title: '第一篇评论的标题 / 第二篇评论的标题', date: '2026-04-09'})
CREATE (:Document:${label} {id: $doc2, title: '另一份文件', date: '2023-07'})
WITH 1 AS one
UNWIND $passages AS p
CREATE (:Passage:${label} {id: p.id, doc: p.doc, start: p.start, end: p.start + size(p.text), text: p.text, clean: p.text})
WITH count(*) AS made
CREATE (a:Entity:Area:${label} {id: $a, type: 'Area', name: $aName})
CREATE (b:Entity:Corridor:${label} {id: $b, type: 'Corridor', name: $bName})
CREATE (a)-[:CONNECTS {id: $edge, confidence: 0.9,
  evidenceDocs: [e IN $evidence | e.doc], evidencePassages: [e IN $evidence | e.passage],
  evidenceStarts: [e IN $evidence | e.start], evidenceEnds: [e IN $evidence | e.end],
  evidenceQuotes: [e IN $evidence | e.quote], evidenceMethods: [e IN $evidence | 'pattern']}]->(b)`,
    params: {
      doc: DOC,
      doc2: DOC2,
      passages,
      a: A,
      b: B,
      aName: `${label}甲片区`,
      bName: `${label}乙走廊`,
      edge: EDGE,
      evidence,
    },
  });
});

afterAll(async () => {
  await executor.executeWrite({ cypher: `MATCH (n:${label}) DETACH DELETE n` });
  await executor.driver.close();
});

describe("GraphService.edge evidence", () => {
  it("puts the sentence naming both ends first, hides the heading, collapses the duplicate", async () => {
    const d = await service.edge(EDGE);
    expect(d.evidence.map((e) => e.passage)).toEqual([`${DOC}#3`, `${DOC}#1`]);
    expect(d.evidence.map((e) => e.endsNamed)).toEqual([2, 1]);
    expect(d.hiddenEvidence).toBe(1);
    expect(d.evidence[0]?.alsoIn).toEqual([{ doc: DOC2, docTitle: "另一份文件", docDate: "2023-07" }]);
  });

  it("gives each quote the title of the part of a compound document it lies in, and its date", async () => {
    const d = await service.edge(EDGE);
    expect(d.evidence.map((e) => [e.docTitle, e.docDate])).toEqual([
      ["第二篇评论的标题", "2026-04-09"],
      ["第一篇评论的标题", "2026-04-09"],
    ]);
  });
});

describe("evidence on the corpus graph", () => {
  it("never shows a heading or fragment, nor a joined title, and ranks by ends named", async () => {
    const r = await executor.executeRead({
      cypher: `MATCH ()-[r]->() WHERE r.id IS NOT NULL AND type(r) <> 'CO_OCCURS' AND size(r.evidenceQuotes) >= 3
RETURN r.id AS id ORDER BY size(r.evidenceQuotes) DESC, r.id LIMIT 25`,
    });
    const ids = r.records.map((x) => String(x.get("id")));
    expect(ids.length).toBeGreaterThan(10);
    let hidden = 0;
    let compound = 0;
    for (const id of ids) {
      const d = await service.edge(id);
      hidden += d.hiddenEvidence ?? 0;
      const named = d.evidence.map((e) => e.endsNamed ?? 0);
      expect(named, id).toEqual([...named].sort((a, b) => b - a));
      for (const e of d.evidence) {
        if (e.method !== "table" && e.method !== "human")
          expect(sentenceKind(e.sentence ?? e.quote), `${id}: ${e.sentence}`).toBe("statement");
        expect(e.docTitle, id).not.toContain(" / ");
        expect(e.docTitle.length, id).toBeGreaterThan(0);
        expect(e.docDate.length, id).toBeGreaterThan(0);
        if (e.doc.startsWith("doc:001")) compound++;
      }
    }
    // The corpus holds headings among the stored quotes, and a compound document (001, three articles).
    expect(hidden).toBeGreaterThan(0);
    expect(compound).toBeGreaterThan(0);
  });
});
