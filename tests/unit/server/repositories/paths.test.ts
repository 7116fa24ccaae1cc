import { describe, expect, it } from "vitest";
import { hopsOf, pathDetailsQuery, pathStepQuery, provenanceOf } from "../../../../server/repositories/paths";

describe("path search builders", () => {
  it("reads at most perNode relationships of the allowed types per frontier node", () => {
    const q = pathStepQuery(["a", "x') DETACH DELETE n //"], ["PART_OF", "LOCATED_IN"], 99.7);
    expect(q.params).toEqual({ frontier: ["a", "x') DETACH DELETE n //"], perNode: 99 });
    expect(q.cypher).toMatchInlineSnapshot(`
      "UNWIND $frontier AS fid
      MATCH (f:Entity {id: fid})
      RETURN fid, COLLECT {
        MATCH (f)-[r:PART_OF|LOCATED_IN]-(m:Entity)
        RETURN [elementId(r), m.id, coalesce(m.degree, 0)]
        LIMIT toInteger($perNode)
      } AS hops"
    `);
    expect(() => pathStepQuery(["a"], [], 10)).toThrow();
  });

  it("reads the paths' entities by id and relationships by element id", () => {
    const q = pathDetailsQuery(["a", "b"], ["5:x:1"]);
    expect(q.params).toEqual({ nodeIds: ["a", "b"], relIds: ["5:x:1"] });
    expect(q.cypher).toMatchInlineSnapshot(`
      "CALL () {
        UNWIND $nodeIds AS nid
        MATCH (n:Entity {id: nid})
        RETURN collect(n {.id, .type, .name, .nameEn, .degree, .aliases}) AS nodes
      }
      CALL () {
        UNWIND $relIds AS eid
        MATCH (s:Entity)-[r]->(t:Entity) WHERE elementId(r) = eid
        RETURN collect({eid: eid, id: r.id, type: type(r), source: s.id, target: t.id,
          confidence: r.confidence, count: r.count, stage: r.stage, ev: {docs: r.evidenceDocs, passages: r.evidencePassages, starts: r.evidenceStarts, ends: r.evidenceEnds, quotes: r.evidenceQuotes, methods: r.evidenceMethods}}) AS rels
      }
      CALL (rels) {
        UNWIND rels AS rel
        UNWIND coalesce(rel.ev.docs, []) AS did
        WITH DISTINCT did
        MATCH (d:Document {id: did})
        CALL (d) {
          UNWIND CASE WHEN d.title CONTAINS ' / ' THEN split(d.title, ' / ') ELSE [] END AS part
          OPTIONAL MATCH (p:Passage {doc: d.id})
          WHERE trim(p.text) = trim(part) OR trim(p.clean) = trim(part)
          WITH part, min(p.start) AS start
          WHERE start IS NOT NULL
          RETURN collect({title: trim(part), start: start}) AS parts
        }
        RETURN collect({id: d.id, title: d.title, date: d.date, parts: parts}) AS docs
      }
      CALL (rels) {
        UNWIND rels AS rel
        UNWIND coalesce(rel.ev.passages, []) AS pid
        WITH DISTINCT pid
        MATCH (p:Passage {id: pid})
        RETURN collect({id: p.id, start: p.start, text: p.text,
          mentions: COLLECT { MATCH (p)<-[:MENTIONED_IN]-(n:Entity) WHERE n.id IN $nodeIds RETURN DISTINCT n.id }}) AS passages
      }
      RETURN nodes, rels, docs, passages"
    `);
  });

  it("turns the details' provenance rows into the evidence views' maps", () => {
    const prov = provenanceOf(
      [
        { id: "d1", title: "A / B", date: "2024-01-01", parts: [{ title: "B", start: 40 }] },
        { id: "d2", title: null, date: null, parts: [] },
      ],
      [
        { id: "d1#p1", start: 3, text: "句子", mentions: ["a"] },
        { id: "d1#p2", start: 9, text: "其他", mentions: [] },
      ],
    );
    expect(prov.docs).toEqual(
      new Map([
        ["d1", { title: "A / B", date: "2024-01-01", parts: [{ title: "B", start: 40 }] }],
        ["d2", { title: "", date: "" }],
      ]),
    );
    expect(prov.passages.get("d1#p2")).toEqual({ start: 9, text: "其他" });
    expect(prov.mentions).toEqual(new Map([["d1#p1", new Set(["a"])]]));
  });

  it("maps step rows to hops per frontier node", () => {
    const hops = hopsOf([
      { fid: "a", hops: [["5:x:1", "b", 3]] },
      { fid: "c", hops: [] },
    ]);
    expect(hops).toEqual(
      new Map([
        ["a", [{ rel: "5:x:1", id: "b", degree: 3 }]],
        ["c", []],
      ]),
    );
  });
});
