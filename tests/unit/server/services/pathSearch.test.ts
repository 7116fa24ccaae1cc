import { describe, expect, it } from "vitest";
import { mulberry32 } from "../../../../bench/scale/generate";
import {
  assemble,
  type FoundPath,
  type Hop,
  isSimple,
  type SearchLimits,
  Side,
  searchPaths,
} from "../../../../server/services/pathSearch";

type Adjacency = Map<string, Hop[]>;
type Edge = { rel: string; a: string; b: string };

function adjacency(edges: Edge[]): Adjacency {
  const adj: Adjacency = new Map();
  const add = (x: string, hop: Omit<Hop, "degree">) =>
    adj.set(x, [...(adj.get(x) ?? []), { ...hop, degree: 0 }]);
  for (const e of edges) {
    add(e.a, { rel: e.rel, id: e.b });
    if (e.a !== e.b) add(e.b, { rel: e.rel, id: e.a });
  }
  for (const hops of adj.values()) for (const h of hops) h.degree = adj.get(h.id)?.length ?? 0;
  return adj;
}

/** The in-memory twin of the step query: at most perNode hops per frontier node, counting reads. */
function stepOf(adj: Adjacency, reads = { n: 0 }) {
  return async (frontier: string[], perNode: number) => {
    const out = new Map<string, Hop[]>();
    for (const id of frontier) {
      const hops = (adj.get(id) ?? []).slice(0, perNode);
      reads.n += hops.length;
      out.set(id, hops);
    }
    return out;
  };
}

/** Every simple path from a to b of at most max hops, by depth-first search. */
function allSimplePaths(adj: Adjacency, a: string, b: string, max: number): FoundPath[] {
  const out: FoundPath[] = [];
  const walk = (p: FoundPath) => {
    const last = p.nodes[p.nodes.length - 1] as string;
    if (last === b) return void out.push(p);
    if (p.rels.length >= max) return;
    for (const h of adj.get(last) ?? [])
      if (!p.nodes.includes(h.id)) walk({ nodes: [...p.nodes, h.id], rels: [...p.rels, h.rel] });
  };
  walk({ nodes: [a], rels: [] });
  return out;
}

function randomGraph(seed: number, n: number, m: number): Edge[] {
  const rand = mulberry32(seed);
  const edges: Edge[] = [];
  for (let i = 0; i < m; i++) {
    const a = `n${Math.floor(rand() * n)}`;
    const b = `n${Math.floor(rand() * n)}`;
    edges.push({ rel: `r${i}`, a, b });
    if (rand() < 0.1) edges.push({ rel: `r${i}bis`, a, b });
  }
  return edges;
}

const roomy: Omit<SearchLimits, "maxLength" | "k"> = {
  perNode: 1000,
  budget: 1e6,
  maxParents: 1000,
  together: 1000,
};

/** As the service runs it: the first step expands both ends, then the search goes on. */
async function search(adj: Adjacency, from: string, to: string, limits: SearchLimits, reads = { n: 0 }) {
  const step = stepOf(adj, reads);
  const first = await step([from, to], limits.perNode);
  return searchPaths({ from, to }, limits, step, first);
}

function joins(edges: Edge[], p: FoundPath): boolean {
  const byRel = new Map(edges.map((e) => [e.rel, e]));
  return p.rels.every((rel, i) => {
    const e = byRel.get(rel);
    const [x, y] = [p.nodes[i], p.nodes[i + 1]];
    return e !== undefined && ((e.a === x && e.b === y) || (e.a === y && e.b === x));
  });
}

describe("searchPaths against a brute-force search", () => {
  const cases = Array.from({ length: 60 }, (_, i) => ({
    seed: i + 1,
    k: 1 + (i % 5),
    maxLength: 2 + (i % 4),
  }));
  it.each(cases)("graph $seed: k=$k, ≤ $maxLength hops", async ({ seed, k, maxLength }) => {
    const edges = randomGraph(seed, 24, 40);
    const adj = adjacency(edges);
    const [a, b] = ["n0", "n1"];
    const brute = allSimplePaths(adj, a, b, maxLength);
    const r = await search(adj, a, b, { ...roomy, k, maxLength });
    expect(r.truncated).toBe(false);
    if (brute.length === 0) {
      expect(r.paths).toEqual([]);
      return;
    }
    const shortest = Math.min(...brute.map((p) => p.rels.length));
    const nShortest = brute.filter((p) => p.rels.length === shortest).length;
    expect(r.paths[0]?.rels.length).toBe(shortest);
    // Every shortest path is found: k of them when there are that many, else all of them first.
    const found = r.paths.filter((p) => p.rels.length === shortest).length;
    expect(found).toBe(Math.min(k, nShortest));
    expect(r.paths.length).toBeLessThanOrEqual(k);
    const keys = new Set<string>();
    for (const [i, p] of r.paths.entries()) {
      expect(isSimple(p)).toBe(true);
      expect(p.nodes[0]).toBe(a);
      expect(p.nodes[p.nodes.length - 1]).toBe(b);
      expect(p.rels.length).toBeLessThanOrEqual(maxLength);
      expect(joins(edges, p)).toBe(true);
      if (i > 0) expect(p.rels.length).toBeGreaterThanOrEqual(r.paths[i - 1]?.rels.length ?? 0);
      keys.add(p.rels.join());
    }
    expect(keys.size).toBe(r.paths.length);
  });
});

describe("searchPaths limits", () => {
  // A hub with 10,000 leaves, two of them also linked through a short chain; a second hub far away.
  const edges: Edge[] = Array.from({ length: 10_000 }, (_, i) => ({ rel: `h${i}`, a: "hub", b: `leaf${i}` }));
  edges.push({ rel: "c1", a: "leaf1", b: "mid" }, { rel: "c2", a: "mid", b: "leaf2" });
  for (let i = 0; i < 10_000; i++) edges.push({ rel: `o${i}`, a: "other", b: `far${i}` });
  const adj = adjacency(edges);
  const limits = { ...roomy, perNode: 100 };

  it("reads what the answer needs, not the hub: two leaves of a 10,000-edge hub", async () => {
    const reads = { n: 0 };
    const r = await search(adj, "leaf1", "leaf2", { ...limits, k: 2, maxLength: 4 }, reads);
    expect(r.paths.map((p) => p.nodes)).toEqual([
      ["leaf1", "mid", "leaf2"],
      ["leaf1", "hub", "leaf2"],
    ]);
    // Both leaves (2 relationships each) are expanded, once; the hub never is.
    expect(reads.n).toBe(4);
    expect(r).toMatchObject({ read: 4, steps: 1, truncated: false });
  });

  it("reads at most perNode relationships of a supernode and says the search was truncated", async () => {
    const reads = { n: 0 };
    const r = await search(adj, "hub", "other", { ...limits, k: 1, maxLength: 4 }, reads);
    expect(r.paths).toEqual([]);
    expect(r.truncated).toBe(true);
    // Two hubs (100 each), then their first 100 leaves (one relationship each, leaf1 and leaf2 two).
    expect(reads.n).toBe(402);
  });

  it("ends as soon as one end has nothing more to expand: no path, and it is certain", async () => {
    const lonely = new Map(adj).set("nowhere", []);
    const reads = { n: 0 };
    const r = await search(lonely, "leaf1", "nowhere", { ...limits, k: 1, maxLength: 4 }, reads);
    expect(r).toMatchObject({ paths: [], truncated: false, steps: 1 });
    expect(reads.n).toBe(2);
  });

  it("stops at the budget and says so", async () => {
    const reads = { n: 0 };
    const r = await search(adj, "hub", "other", { ...limits, budget: 250, k: 1, maxLength: 4 }, reads);
    expect(r).toMatchObject({ paths: [], truncated: true, read: 200, steps: 1 });
    expect(reads.n).toBe(200);
  });

  it("stops at the deadline (a step answers null)", async () => {
    const first = await stepOf(adj)(["hub", "other"], 100);
    const r = await searchPaths(
      { from: "hub", to: "other" },
      { ...limits, k: 1, maxLength: 4 },
      async () => null,
      first,
    );
    expect(r).toMatchObject({ paths: [], deadline: true, steps: 1 });
  });

  it("never goes beyond the hop limit", async () => {
    const chain = adjacency(
      Array.from({ length: 6 }, (_, i) => ({ rel: `e${i}`, a: `c${i}`, b: `c${i + 1}` })),
    );
    expect((await search(chain, "c0", "c6", { ...roomy, k: 1, maxLength: 5 })).paths).toEqual([]);
    const r = await search(chain, "c0", "c6", { ...roomy, k: 1, maxLength: 6 });
    expect(r.paths[0]?.nodes).toEqual(["c0", "c1", "c2", "c3", "c4", "c5", "c6"]);
  });
});

describe("Side and assemble", () => {
  it("keeps every parent at the same level and assembles both halves at a meeting node", () => {
    const a = new Side("a", 2);
    a.absorb(
      new Map([
        [
          "a",
          [
            { rel: "r1", id: "x", degree: 1 },
            { rel: "r2", id: "y", degree: 1 },
          ],
        ],
      ]),
      8,
    );
    a.absorb(
      new Map([
        ["x", [{ rel: "r3", id: "m", degree: 2 }]],
        ["y", [{ rel: "r4", id: "m", degree: 2 }]],
      ]),
      8,
    );
    const b = new Side("b", 1);
    b.absorb(new Map([["b", [{ rel: "r5", id: "m", degree: 2 }]]]), 8);
    expect(a.dist.get("m")).toBe(2);
    expect(a.chains("m", 10).map((c) => c.nodes)).toEqual([
      ["a", "x", "m"],
      ["a", "y", "m"],
    ]);
    expect(assemble(a, b, ["m"], 3, 10)).toEqual([
      { nodes: ["a", "x", "m", "b"], rels: ["r1", "r3", "r5"] },
      { nodes: ["a", "y", "m", "b"], rels: ["r2", "r4", "r5"] },
    ]);
    expect(assemble(a, b, ["m"], 2, 10)).toEqual([]);
    expect(assemble(a, b, ["m"], 3, 1)).toHaveLength(1);
  });
});
