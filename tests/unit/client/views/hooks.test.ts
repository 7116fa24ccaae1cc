import { describe, expect, it } from "vitest";
import type { Api } from "../../../../client/src/api";
import { createSceneGraph, type MergeResult } from "../../../../client/src/model/scene";
import { type ExplorerLike, explorerHooks } from "../../../../client/src/views/hooks";

const node = (key: string, type: string, extra: Record<string, unknown> = {}) => ({
  key,
  attributes: { type, name: key, label: key, nameEn: null, ...extra },
});

function fakeExplorer() {
  const calls: { highlight: [string[], string[]][]; fit: string[][]; scenes: number } = {
    highlight: [],
    fit: [],
    scenes: 0,
  };
  const graph = createSceneGraph();
  const api = {
    subgraphByIds: async (ids: readonly string[]) => ({
      graph: {
        nodes: ids.map((id) => node(id, "FreeTradeZone")),
        edges: [
          { key: "e", source: ids[0] ?? "", target: ids[1] ?? "", attributes: { type: "ON_CORRIDOR" } },
        ],
      },
      truncated: false,
      omitted: { nodes: {}, relationships: {} },
    }),
  } as unknown as Api;
  const app: ExplorerLike = {
    api,
    graph,
    docView: { open: async () => {} },
    view: { fitNodes: (ids) => calls.fit.push(ids) },
    applyViewScene: (fn: () => MergeResult) => {
      calls.scenes++;
      fn();
    },
    highlight: (n, e) => calls.highlight.push([n, e]),
    toast: () => {},
  };
  return { app, graph, calls };
}

describe("explorerHooks", () => {
  it("puts a view's graph on the canvas through the explorer's undoable scene change", () => {
    const { app, graph, calls } = fakeExplorer();
    const hooks = explorerHooks(app);
    hooks.showScene({
      nodes: [
        node("z1", "FreeTradeZone", { status: "established" }),
        node("z2", "FreeTradeZone", { status: "applied" }),
        node("p", "Province"),
      ],
      edges: [],
    });
    expect(calls.scenes).toBe(1);
    expect(graph.order).toBe(3);
    expect(hooks.zoneCounts()).toEqual({ established: 1, applied: 1, mentioned: 0 });
  });

  it("brings missing entities onto the canvas, then highlights and fits them", async () => {
    const { app, graph, calls } = fakeExplorer();
    await explorerHooks(app).focus(["a", "b"], ["chain-edge"]);
    expect(graph.hasNode("a") && graph.hasNode("b")).toBe(true);
    expect(calls.highlight).toEqual([
      [
        ["a", "b"],
        ["chain-edge", "e"],
      ],
    ]);
    expect(calls.fit).toEqual([["a", "b"]]);
  });
});
