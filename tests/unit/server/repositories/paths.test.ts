import { describe, expect, it } from "vitest";
import {
  hopsOf,
  pathDetailsQuery,
  pathFirstStepQuery,
  pathStepQuery,
} from "../../../../server/repositories/paths";

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

  it("reads the ends and, when cheap, their neighbours' hops in one query", () => {
    const q = pathFirstStepQuery(["a", "b"], ["PART_OF"], 100, { together: 1000, ahead: true });
    expect(q.params).toEqual({ frontier: ["a", "b"], perNode: 100, together: 1000, ahead: true });
    expect(q.cypher).toMatchInlineSnapshot(`
      "UNWIND $frontier AS fid
      MATCH (f:Entity {id: fid})
      WITH collect([fid, COLLECT {
          MATCH (f)-[r:PART_OF]-(m:Entity)
          RETURN [elementId(r), m.id, coalesce(m.degree, 0)]
          LIMIT toInteger($perNode)
        }]) AS first
      WITH first, [row IN first | row[0]] AS seen,
           reduce(c = 0, row IN first | c + reduce(d = 0, h IN row[1] |
             d + CASE WHEN h[2] < 1 THEN 1 WHEN h[2] > $perNode THEN $perNode ELSE h[2] END)) AS cost
      CALL (first, seen, cost) {
        WITH first, seen, cost WHERE $ahead AND cost <= $together
        UNWIND first AS row
        UNWIND row[1] AS h
        WITH DISTINCT h[1] AS nid, seen WHERE NOT nid IN seen
        MATCH (n:Entity {id: nid})
        RETURN collect([nid, COLLECT {
          MATCH (n)-[r:PART_OF]-(m:Entity)
          RETURN [elementId(r), m.id, coalesce(m.degree, 0)]
          LIMIT toInteger($perNode)
        }]) AS next
      }
      UNWIND [row IN first | row + [0]] + [row IN next | row + [1]] AS row
      RETURN row[0] AS fid, row[1] AS hops, row[2] AS level"
    `);
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
