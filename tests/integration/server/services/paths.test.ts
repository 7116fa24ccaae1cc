/**
 * The path search (server/services/paths.ts, pathSearch.ts) against the real Neo4j: a small random graph
 * of its own label, every answer checked against a brute-force search over the same relationships
 * (shortest length, every shortest path while there are at most k, simple paths that exist), the "no
 * path" answers with and without co-occurrence, the type filter, and the deadline.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mulberry32 } from "../../../../bench/scale/generate";
import { NotFoundError } from "../../../../server/errors";
import type { Executor } from "../../../../server/neo4j/executor";
import { GraphRepository } from "../../../../server/repositories/graph";
import { findPaths } from "../../../../server/services/paths";
import { testExecutor, uniqueLabel } from "../../../support/neo4j";

const label = uniqueLabel("Paths");
const node = (i: number) => `City:${label}-${i}`;
const N = 30;
type Edge = { id: string; type: string; a: string; b: string };

/** Random typed relationships among N nodes, a pair joined only by co-occurrence, an isolated node. */
function graph(): Edge[] {
  const rand = mulberry32(7);
  const types = ["PART_OF", "LOCATED_IN", "CONNECTS"];
  const edges: Edge[] = [];
  for (let i = 0; i < 45; i++) {
    const [a, b] = [node(Math.floor(rand() * 26)), node(Math.floor(rand() * 26))];
    const type = types[Math.floor(rand() * types.length)] as string;
    if (a !== b) edges.push({ id: `${type}:${a}->${b}#${i}`, type, a, b });
  }
  edges.push({ id: `CO_OCCURS:${node(26)}->${node(27)}`, type: "CO_OCCURS", a: node(26), b: node(27) });
  edges.push({ id: `CO_OCCURS:${node(27)}->${node(28)}`, type: "CO_OCCURS", a: node(27), b: node(28) });
  return edges; // node(29) has no relationship.
}
const edges = graph();

/** Lengths of every simple path from a to b of at most max hops over the given types. */
function bruteLengths(a: string, b: string, max: number, types: string[]): number[] {
  const out: number[] = [];
  const walk = (at: string, seen: string[]) => {
    if (at === b) return void out.push(seen.length - 1);
    if (seen.length > max) return;
    for (const e of edges) {
      if (!types.includes(e.type)) continue;
      const next = e.a === at ? e.b : e.b === at ? e.a : null;
      if (next && !seen.includes(next)) walk(next, [...seen, next]);
    }
  };
  walk(a, [a]);
  return out;
}

let executor: Executor;
let repo: GraphRepository;

beforeAll(async () => {
  executor = testExecutor();
  repo = new GraphRepository(executor);
  const ids = Array.from({ length: N }, (_, i) => node(i));
  await executor.executeWriteAll([
    {
      cypher: `UNWIND $ids AS id CREATE (:Entity:${label} {id: id, type: 'City', name: id, degree: 0})`,
      params: { ids },
    },
    ...["PART_OF", "LOCATED_IN", "CONNECTS", "CO_OCCURS"].map((type) => ({
      cypher: `UNWIND $edges AS e
MATCH (a:${label} {id: e.a}), (b:${label} {id: e.b})
CREATE (a)-[:${type} {id: e.id, confidence: 0.9, evidenceDocs: [], evidencePassages: [], evidenceStarts: [],
  evidenceEnds: [], evidenceQuotes: [], evidenceMethods: []}]->(b)`,
      params: { edges: edges.filter((e) => e.type === type) },
    })),
  ]);
});

afterAll(async () => {
  await executor.executeWrite({ cypher: `MATCH (n:${label}) DETACH DELETE n` });
  await executor.close();
});

const typed = ["PART_OF", "LOCATED_IN", "CONNECTS"];
const base = { maxLength: 4, k: 3, includeCoOccurrence: false };

describe("path search on Neo4j vs brute force", () => {
  const pairs = Array.from({ length: 26 }, (_, i) => [node(i), node((i * 7 + 3) % 26)] as const).filter(
    ([a, b]) => a !== b,
  );
  it.each(pairs)("%s → %s", async (from, to) => {
    const r = await findPaths(repo, { ...base, from, to });
    const brute = bruteLengths(from, to, 4, typed);
    if (brute.length === 0) {
      expect(r.paths).toEqual([]);
      expect(r.reason).toMatch(/^no typed path within 4 hops/);
      expect(r.reasonCode).toBe("noPath");
      return;
    }
    const shortest = Math.min(...brute);
    const nShortest = brute.filter((l) => l === shortest).length;
    expect(r.paths[0]?.length).toBe(shortest);
    expect(r.paths.filter((p) => p.length === shortest)).toHaveLength(Math.min(3, nShortest));
    const byId = new Map(edges.map((e) => [e.id, e]));
    for (const p of r.paths) {
      expect(new Set(p.nodes).size).toBe(p.nodes.length);
      expect([p.nodes[0], p.nodes[p.nodes.length - 1]]).toEqual([from, to]);
      p.edges.forEach((id, i) => {
        const e = byId.get(id);
        expect([e?.a, e?.b].sort()).toEqual([p.nodes[i], p.nodes[i + 1]].sort());
        expect(typed).toContain(e?.type);
      });
    }
    const shown = new Set(r.graph.edges.map((e) => e.key));
    for (const id of r.paths.flatMap((p) => p.edges)) expect(shown).toContain(id);
  });

  it("keeps to the types asked for", async () => {
    const from = node(0);
    for (let i = 1; i < 26; i++) {
      const r = await findPaths(repo, { ...base, from, to: node(i), types: ["PART_OF"] });
      const brute = bruteLengths(from, node(i), 4, ["PART_OF"]);
      expect(r.paths[0]?.length).toBe(brute.length ? Math.min(...brute) : undefined);
      for (const p of r.paths) for (const id of p.edges) expect(id.startsWith("PART_OF:")).toBe(true);
    }
  });

  it("says when only co-occurrence joins two entities, and finds the path when allowed", async () => {
    const r = await findPaths(repo, { ...base, from: node(26), to: node(28) });
    expect(r.paths).toEqual([]);
    expect(r.coOccurrencePaths).toBe(1);
    expect(r.reason).toBe(
      "no typed path within 4 hops; 1 found when co-occurrence is allowed (includeCoOccurrence=true)",
    );
    const co = await findPaths(repo, { ...base, from: node(26), to: node(28), includeCoOccurrence: true });
    expect(co.paths.map((p) => p.nodes)).toEqual([[node(26), node(27), node(28)]]);
  });

  it("answers no path for an entity without relationships, and 404 for an unknown one", async () => {
    const r = await findPaths(repo, { ...base, from: node(0), to: node(29) });
    expect(r).toMatchObject({
      paths: [],
      reason: "no typed path within 4 hops",
      reasonCode: "noPath",
      coOccurrencePaths: 0,
    });
    await expect(findPaths(repo, { ...base, from: node(0), to: `${label}-nope` })).rejects.toThrow(
      NotFoundError,
    );
  });

  it("answers at its deadline with the reason", async () => {
    const r = await findPaths(repo, { ...base, from: node(0), to: node(1) }, 0);
    expect(r.paths).toEqual([]);
    expect(r.reason).toMatch(/stopped at its 3 s deadline/);
    expect(r).toMatchObject({ reasonCode: "deadline", reasonFacts: { seconds: 3 } });
  });
});
