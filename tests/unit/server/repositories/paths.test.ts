import { describe, expect, it } from "vitest";
import { hopsOf, pathDetailsQuery, pathStepQuery } from "../../../../server/repositories/paths";

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
      RETURN nodes, rels"
    `);
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
