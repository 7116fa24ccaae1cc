import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { sourceFromGraph } from "../../../../server/load/source";
import { concurrencyOf, writeSource } from "../../../../server/load/write";
import type { Executor, Query } from "../../../../server/neo4j/executor";

const fixture = JSON.parse(
  fs.readFileSync(path.join(__dirname, "../../../fixtures/loader/graph.json"), "utf8"),
) as { nodes: { type: string }[] };

/** The statement a batch runs, by the node or pattern it writes. */
function kindOf(cypher: string): string {
  if (cypher.includes("MENTIONED_IN")) return "mentions";
  if (cypher.includes("(c:Claim")) return "claims";
  if (cypher.includes("(p:Passage {id: row.id})")) return "passages";
  if (cypher.includes("(d:Document")) return "documents";
  if (cypher.includes("row.source")) return "edges";
  return "nodes";
}

interface Span {
  kind: string;
  start: number;
  end: number;
}

/** An executor whose writes take a few ms and are logged, so that overlaps can be read back. */
function recordingExecutor(failOn?: string) {
  const spans: Span[] = [];
  let clock = 0;
  const executor = {
    async executeWrite(query: Query) {
      const span: Span = { kind: kindOf(query.cypher), start: clock++, end: -1 };
      spans.push(span);
      await new Promise((r) => setTimeout(r, 5));
      span.end = clock++;
      if (span.kind === failOn) throw new Error(`${failOn} batch refused`);
      return { records: [] };
    },
  } as unknown as Executor;
  return { executor, spans };
}

const overlaps = (a: Span, b: Span) => a !== b && a.start < b.end && b.start < a.end;
const maxAtOnce = (spans: Span[]) =>
  Math.max(...spans.map((s) => spans.filter((o) => o.start <= s.start && s.start < o.end).length));

describe("writeSource", () => {
  it("only entity batches run at once, and only up to `parallel`", () => {
    expect(concurrencyOf(2, 3)).toBe(3);
    for (const rank of [0, 1, 3]) expect(concurrencyOf(rank, 3)).toBe(1);
    expect(concurrencyOf(2, 0)).toBe(1);
  });

  it("writes entity batches two at a time, and every other batch alone, after all it depends on", async () => {
    const { executor, spans } = recordingExecutor();
    const batches = await writeSource(executor, sourceFromGraph(fixture), {
      loadId: "l",
      batchSize: 1,
      inOrder: true,
      parallel: 2,
    });
    expect(batches).toBe(spans.length);
    expect(spans.filter((s) => s.kind === "nodes")).toHaveLength(fixture.nodes.length);
    const nodes = spans.filter((s) => s.kind === "nodes");
    expect(maxAtOnce(nodes)).toBe(2);
    for (const s of spans.filter((x) => x.kind !== "nodes"))
      expect(spans.filter((o) => overlaps(s, o)).map((o) => o.kind)).toEqual([]);
    const lastEnd = (kind: string) => Math.max(...spans.filter((s) => s.kind === kind).map((s) => s.end));
    const firstStart = (kind: string) =>
      Math.min(...spans.filter((s) => s.kind === kind).map((s) => s.start));
    expect(lastEnd("documents")).toBeLessThan(firstStart("passages"));
    expect(lastEnd("passages")).toBeLessThan(firstStart("nodes"));
    for (const later of ["edges", "mentions", "claims"])
      expect(lastEnd("nodes")).toBeLessThan(firstStart(later));
  });

  it("with parallel 1, never two batches at once", async () => {
    const { executor, spans } = recordingExecutor();
    await writeSource(executor, sourceFromGraph(fixture), { loadId: "l", batchSize: 1, inOrder: true });
    expect(maxAtOnce(spans)).toBe(1);
  });

  it("a failed batch fails the write with its error, and no later section is written", async () => {
    const { executor, spans } = recordingExecutor("nodes");
    await expect(
      writeSource(executor, sourceFromGraph(fixture), {
        loadId: "l",
        batchSize: 1,
        inOrder: true,
        parallel: 2,
      }),
    ).rejects.toThrow("nodes batch refused");
    expect(spans.filter((s) => ["edges", "mentions", "claims"].includes(s.kind))).toEqual([]);
  });
});

describe("writeSource on a fresh load", () => {
  /** Every batch's statement (CREATE or MERGE) and the ids of its rows, in order. */
  function loggingExecutor() {
    const log: { verb: string; kind: string; ids: string[] }[] = [];
    const executor = {
      async executeWrite(query: Query) {
        const rows = (query.params?.rows ?? []) as { id?: string; props?: { id?: string } }[];
        log.push({
          verb: /\bCREATE \(/.test(query.cypher) && !query.cypher.includes("MERGE (") ? "CREATE" : "MERGE",
          kind: kindOf(query.cypher),
          ids: rows.map((r) => r.id ?? r.props?.id ?? ""),
        });
        return { records: [] };
      },
    } as unknown as Executor;
    return { executor, log };
  }

  it("CREATEs every first record, MERGEs a repeated key after everything else", async () => {
    const f = fixture as unknown as { nodes: { id: string }[]; edges: { id: string }[] };
    const repeatedNode = { ...f.nodes[0], properties: { note: "second" } };
    const repeatedEdge = { ...f.edges[0], id: "another id, same endpoints and type" };
    const graph = { ...fixture, nodes: [...f.nodes, repeatedNode], edges: [...f.edges, repeatedEdge] };
    const { executor, log } = loggingExecutor();
    await writeSource(executor, sourceFromGraph(graph), {
      loadId: "l",
      batchSize: 100,
      inOrder: true,
      fresh: true,
    });
    const merged = log.filter((b) => b.verb === "MERGE");
    // Documents and claims always MERGE; the repeats come last, after every CREATE batch.
    expect(merged.map((b) => b.kind).sort()).toEqual(["claims", "documents", "edges", "nodes"]);
    const lastCreate = Math.max(...log.flatMap((b, i) => (b.verb === "CREATE" ? [i] : [])));
    const repeats = merged.filter((b) => b.kind === "nodes" || b.kind === "edges");
    for (const b of repeats) expect(log.indexOf(b)).toBeGreaterThan(lastCreate);
    expect(repeats.flatMap((b) => b.ids).sort()).toEqual([f.nodes[0]?.id, repeatedEdge.id].sort());
    const created = log.filter((b) => b.verb === "CREATE" && b.kind === "nodes").flatMap((b) => b.ids);
    expect(created.sort()).toEqual(f.nodes.map((n) => n.id).sort());
  });

  it("without `fresh`, never CREATEs", async () => {
    const { executor, log } = loggingExecutor();
    await writeSource(executor, sourceFromGraph(fixture), { loadId: "l", batchSize: 100, inOrder: true });
    expect(log.filter((b) => b.verb === "CREATE")).toEqual([]);
  });
});
