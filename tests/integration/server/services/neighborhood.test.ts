/**
 * Neighbourhoods bounded by their answer, on the real Neo4j: a hub of 2,000 relationships (two types) whose
 * expansion reads at most 2 × fanout of them (PROFILE), and whose depth-2 neighbourhood stays within the
 * limit with the "N more" figures of everything left out.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { NotFoundError } from "../../../../server/errors";
import type { Executor } from "../../../../server/neo4j/executor";
import { TYPED_RELS } from "../../../../server/repositories/fragments";
import { expandQuery, GraphRepository, keptEdges } from "../../../../server/repositories/graph";
import { GraphService } from "../../../../server/services/graph";
import { testExecutor, uniqueLabel } from "../../../support/neo4j";

const label = uniqueLabel("Hood");
const hub = `Corridor:${label}-hub`;
let executor: Executor;
let service: GraphService;

beforeAll(async () => {
  executor = testExecutor();
  service = new GraphService(new GraphRepository(executor));
  await executor.executeWrite({
    cypher: `CREATE (h:Entity:${label} {id: $hub, type: 'Corridor', name: $hub, degree: 2000})
WITH h
UNWIND range(0, 1999) AS i
CREATE (l:Entity:${label} {id: $hub + '-leaf' + i, type: 'City', name: 'leaf' + i, degree: 2})
FOREACH (_ IN CASE WHEN i < 1500 THEN [1] ELSE [] END |
  CREATE (l)-[:PART_OF {id: 'PART_OF:' + l.id, confidence: (i % 100) / 100.0}]->(h))
FOREACH (_ IN CASE WHEN i >= 1500 THEN [1] ELSE [] END |
  CREATE (l)-[:LOCATED_IN {id: 'LOCATED_IN:' + l.id, confidence: 0.5}]->(h))
CREATE (l)-[:CONNECTS {id: 'CONNECTS:' + l.id}]->(:Entity:${label} {id: l.id + '-far', type: 'Port', name: 'far' + i, degree: 1})`,
    params: { hub },
  });
  // The same shape with precomputed typeCounts: a hub whose per-type shares fill the fanout, and one
  // whose second type is short (60 PART_OF, 5 LOCATED_IN).
  await executor.executeWrite({
    cypher: `UNWIND [[$counted, 1500, 500], [$few, 60, 5]] AS spec
CREATE (h:Entity:${label} {id: spec[0], type: 'Corridor', name: spec[0], degree: spec[1] + spec[2],
  typeCounts: ['PART_OF|City|' + spec[1], 'LOCATED_IN|City|' + spec[2]]})
WITH h, spec
UNWIND range(0, spec[1] + spec[2] - 1) AS i
CREATE (l:Entity:${label} {id: spec[0] + '-leaf' + i, type: 'City', name: spec[0] + 'leaf' + i, degree: 1})
FOREACH (_ IN CASE WHEN i < spec[1] THEN [1] ELSE [] END |
  CREATE (l)-[:PART_OF {id: 'PART_OF:' + l.id + '->' + h.id, confidence: (i % 100) / 100.0}]->(h))
FOREACH (_ IN CASE WHEN i >= spec[1] THEN [1] ELSE [] END |
  CREATE (l)-[:LOCATED_IN {id: 'x' + l.id, confidence: 0.5}]->(h))`,
    params: { counted: `${hub}-counted`, few: `${hub}-few` },
  });
});

afterAll(async () => {
  await executor.executeWrite({ cypher: `MATCH (n:${label}) DETACH DELETE n` });
  await executor.close();
});

type Plan = { operatorType: string; rows: number; dbHits: number; children: Plan[] };
const expandedRows = (p: Plan): number =>
  (p.operatorType.startsWith("Expand") ? p.rows : 0) + p.children.reduce((s, c) => s + expandedRows(c), 0);
const expandsThatRead = (p: Plan): number =>
  (p.operatorType.startsWith("Expand") && p.dbHits > 0 ? 1 : 0) +
  p.children.reduce((s, c) => s + expandsThatRead(c), 0);

describe("bounded neighbourhoods on Neo4j", () => {
  it("reads at most 2 × fanout relationships of a 2,000-relationship hub, and keeps the best fanout", async () => {
    const q = expandQuery([hub], TYPED_RELS, null, 50);
    const r = await executor.executeRead({ cypher: `PROFILE ${q.cypher}`, params: q.params });
    const read = expandedRows(r.summary.profile as unknown as Plan);
    expect(read).toBeGreaterThanOrEqual(50);
    expect(read).toBeLessThanOrEqual(100);
    const kept = keptEdges(hub, r.records[0]?.get("kept") as unknown[]);
    expect(kept).toHaveLength(50);
    // Both types are read (a share per type), not only the first one stored.
    expect(new Set(kept.map((k) => k.type))).toEqual(new Set(["PART_OF", "LOCATED_IN"]));
  });

  it("reads a hub once when its per-type shares (from typeCounts) fill the fanout: no fill over all types", async () => {
    // Two allowed types: a share of 25 each, and the hub has at least 25 of each.
    const q = expandQuery([`${hub}-counted`], ["PART_OF", "LOCATED_IN"], null, 50);
    const r = await executor.executeRead({ cypher: `PROFILE ${q.cypher}`, params: q.params });
    expect(expandedRows(r.summary.profile as unknown as Plan)).toBe(50);
    const kept = keptEdges(`${hub}-counted`, r.records[0]?.get("kept") as unknown[]);
    expect(kept).toHaveLength(50);
    expect(new Set(kept.map((k) => k.type))).toEqual(new Set(["PART_OF", "LOCATED_IN"]));
    // Conventional ids are rebuilt, others sent as stored.
    expect(kept.find((k) => k.type === "PART_OF")?.id).toMatch(/^PART_OF:.+-leaf\d+->.+-counted$/);
    expect(kept.find((k) => k.type === "LOCATED_IN")?.id).toMatch(/^x.+-leaf\d+$/);
  });

  it("fills the fanout over all types when the shares fall short, each neighbour once", async () => {
    // Five of LOCATED_IN against a share of 25.
    const q = expandQuery([`${hub}-few`], ["PART_OF", "LOCATED_IN"], null, 50);
    const r = await executor.executeRead({ cypher: `PROFILE ${q.cypher}`, params: q.params });
    const read = expandedRows(r.summary.profile as unknown as Plan);
    expect(read).toBeGreaterThan(50);
    expect(read).toBeLessThanOrEqual(100);
    const kept = keptEdges(`${hub}-few`, r.records[0]?.get("kept") as unknown[]);
    expect(kept).toHaveLength(50);
    expect(new Set(kept.map((k) => k.m.id)).size).toBe(50);
    expect(kept.filter((k) => k.type === "LOCATED_IN")).toHaveLength(5);
  });

  it("reads a sparse node's relationships once, not once per type", async () => {
    const q = expandQuery([`${hub}-leaf7`], TYPED_RELS, null, 50);
    const r = await executor.executeRead({ cypher: `PROFILE ${q.cypher}`, params: q.params });
    expect(expandsThatRead(r.summary.profile as unknown as Plan)).toBe(1);
    expect(r.records[0]?.get("kept")).toHaveLength(2);
    const dense = await executor.executeRead({
      cypher: `PROFILE ${expandQuery([hub], TYPED_RELS, null, 50).cypher}`,
      params: expandQuery([hub], TYPED_RELS, null, 50).params,
    });
    expect(expandsThatRead(dense.summary.profile as unknown as Plan)).toBeGreaterThan(1);
  });

  it("keeps a depth-2 neighbourhood of the hub within its limit and counts what it left out", async () => {
    const res = await service.neighborhood(hub, { depth: 2, limit: 100 });
    expect(res.graph.nodes).toHaveLength(100);
    expect(res.truncated).toBe(true);
    expect(res.graph.attributes).toMatchObject({ root: hub, depth: 2 });
    const left = (res.omitted.relationships.PART_OF ?? 0) + (res.omitted.relationships.LOCATED_IN ?? 0);
    expect(left).toBe(2000 - 99);
  });

  it("expands the second ring of an ordinary node", async () => {
    const res = await service.neighborhood(`${hub}-leaf7`, { depth: 2, limit: 20 });
    const keys = res.graph.nodes.map((n) => n.key);
    expect(keys.slice(0, 3).sort()).toEqual([`${hub}-leaf7`, `${hub}-leaf7-far`, hub].sort());
    // The second ring: the hub's best leaves, within the budget the frontier shares (fanoutFor).
    expect(keys.length).toBeGreaterThan(10);
    expect(keys.length).toBeLessThanOrEqual(20);
    for (const k of keys.slice(3)) expect(k).toMatch(new RegExp(`^${hub}-leaf\\d+$`));
  });

  it("answers 404 for an unknown entity", async () => {
    await expect(service.neighborhood(`${label}-nope`, { depth: 1, limit: 10 })).rejects.toThrow(
      NotFoundError,
    );
  });
});
