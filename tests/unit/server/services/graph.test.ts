/** GraphService.neighborhood over an in-memory repository: which expansions it asks for. */
import { describe, expect, it } from "vitest";
import { NotFoundError } from "../../../../server/errors";
import type { ExpandRow, GraphRepository } from "../../../../server/repositories/graph";
import { GraphService } from "../../../../server/services/graph";

const entity = (id: string, degree: number) => ({
  id,
  type: "City",
  name: id,
  nameEn: null,
  degree,
  aliases: [],
});

/** A root with 5 neighbours, each with 10 neighbours of its own. */
function repo(calls: { frontier: string[]; fanout: number; withNode: boolean }[]) {
  const adj = new Map<string, string[]>();
  const link = (a: string, b: string) => {
    adj.set(a, [...(adj.get(a) ?? []), b]);
    adj.set(b, [...(adj.get(b) ?? []), a]);
  };
  for (let i = 0; i < 5; i++) {
    link("root", `a${i}`);
    for (let j = 0; j < 10; j++) link(`a${i}`, `b${i}.${j}`);
  }
  return {
    expand: async (frontier: string[], _rels: string[], _types: null, fanout: number, withNode = false) => {
      calls.push({ frontier, fanout, withNode });
      return frontier
        .filter((fid) => adj.has(fid))
        .map(
          (fid): ExpandRow => ({
            fid,
            kept: (adj.get(fid) ?? []).slice(0, fanout).map((m, i) => ({
              id: `PART_OF:${fid}->${m}`,
              type: "PART_OF",
              source: fid,
              target: m,
              confidence: 1 - i / 100,
              evidenceCount: 1,
              count: null,
              m: entity(m, adj.get(m)?.length ?? 0),
            })),
            typeCounts: [`PART_OF|City|${adj.get(fid)?.length ?? 0}`],
            ...(withNode ? { f: entity(fid, adj.get(fid)?.length ?? 0) } : {}),
          }),
        );
    },
  } as unknown as GraphRepository;
}

describe("GraphService.neighborhood", () => {
  it("reads the root with the first level: one round trip at depth 1", async () => {
    const calls: { frontier: string[]; fanout: number; withNode: boolean }[] = [];
    const res = await new GraphService(repo(calls)).neighborhood("root", { depth: 1, limit: 150 });
    expect(calls).toEqual([{ frontier: ["root"], fanout: 149, withNode: true }]);
    expect(res.graph.nodes.map((n) => n.key)).toEqual(["root", "a0", "a1", "a2", "a3", "a4"]);
    expect(res.truncated).toBe(false);
  });

  it("answers 404 for an unknown root after that one query", async () => {
    const calls: { frontier: string[]; fanout: number; withNode: boolean }[] = [];
    await expect(new GraphService(repo(calls)).neighborhood("nope", { depth: 2, limit: 10 })).rejects.toThrow(
      NotFoundError,
    );
    expect(calls).toHaveLength(1);
  });

  it("expands at depth 2 only as many first-ring nodes as places are left, the strongest first", async () => {
    const calls: { frontier: string[]; fanout: number; withNode: boolean }[] = [];
    const res = await new GraphService(repo(calls)).neighborhood("root", { depth: 2, limit: 8 });
    // 6 nodes after the first ring: 2 places left, so 2 of the 5 first-ring nodes are expanded.
    expect(calls[1]?.frontier).toEqual(["a0", "a1"]);
    expect(res.graph.nodes).toHaveLength(8);
    expect(res.truncated).toBe(true);
    const all = await new GraphService(repo(calls)).neighborhood("root", { depth: 2, limit: 100 });
    expect(calls[3]?.frontier).toEqual(["a0", "a1", "a2", "a3", "a4"]);
    expect(all.graph.nodes).toHaveLength(56);
    expect(all.truncated).toBe(false);
  });

  it("reads no second ring when the first was cut by the limit, even if its read met a neighbour twice", async () => {
    const calls: { frontier: string[]; fanout: number }[] = [];
    const edge = (m: string, type: string, confidence: number) => ({
      id: `${type}:hub->${m}`,
      type,
      source: "hub",
      target: m,
      confidence,
      evidenceCount: 1,
      count: null,
      m: entity(m, 3),
    });
    // A hub of 20 neighbours read 8 relationships at a time: a0 and a1 twice each, so 6 distinct neighbours.
    const hub = {
      expand: async (frontier: string[], _r: string[], _t: null, fanout: number) => {
        calls.push({ frontier, fanout });
        if (frontier[0] !== "hub") return frontier.map((fid) => ({ fid, kept: [], typeCounts: [] }));
        const kept = ["a0", "a0", "a1", "a1", "a2", "a3", "a4", "a5"].map((m, i) =>
          edge(m, i % 2 && i < 4 ? "LOCATED_IN" : "PART_OF", 1 - i / 100),
        );
        return [
          { fid: "hub", kept, typeCounts: ["PART_OF|City|18", "LOCATED_IN|City|2"], f: entity("hub", 20) },
        ];
      },
    } as unknown as GraphRepository;
    const res = await new GraphService(hub).neighborhood("hub", { depth: 2, limit: 8 });
    expect(calls).toEqual([{ frontier: ["hub"], fanout: 8 }]);
    expect(res.graph.nodes).toHaveLength(7);
    expect(res.truncated).toBe(true);
    expect(res.omitted.relationships).toEqual({ PART_OF: 12 });
  });
});
