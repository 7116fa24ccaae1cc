import Graph from "graphology";
import { describe, expect, it } from "vitest";
import { clampPathOptions, reduce } from "../../../../client/src/store/reducer";
import { DEFAULT_PATH_OPTIONS, type ExplorerState, initialState } from "../../../../client/src/store/state";
import { corridorAnswer } from "../../../support/corridors";

/** a → b → c, a → d; e isolated. */
function scene(): Graph {
  const g = new Graph({ type: "directed", multi: true });
  for (const n of ["a", "b", "c", "d", "e"]) g.addNode(n, { x: 0, y: 0 });
  g.addDirectedEdgeWithKey("ab", "a", "b");
  g.addDirectedEdgeWithKey("bc", "b", "c");
  g.addDirectedEdgeWithKey("ad", "a", "d");
  return g;
}
const sorted = (s: ReadonlySet<string> | null) => (s ? [...s].sort() : null);

describe("reduce: selection", () => {
  it("select emphasises the node's neighbourhood and its edges", () => {
    const s = reduce(initialState(), { type: "select", id: "a" }, scene());
    expect(s.selectedNode).toBe("a");
    expect(sorted(s.focusNodes)).toEqual(["a", "b", "d"]);
    expect(sorted(s.focusEdges)).toEqual(["ab", "ad"]);
  });

  it("select with a focus emphasises that focus (only what exists) plus the node", () => {
    const s = reduce(
      initialState(),
      { type: "select", id: "a", focus: { nodes: ["c", "zz"], edges: ["bc", "no"] } },
      scene(),
    );
    expect(sorted(s.focusNodes)).toEqual(["a", "c"]);
    expect(sorted(s.focusEdges)).toEqual(["bc"]);
  });

  it("selecting a node that is not in the scene changes nothing (same object)", () => {
    const s0 = initialState();
    expect(reduce(s0, { type: "select", id: "nope" }, scene())).toBe(s0);
  });

  it("a plain select replaces the multi-selection, also when the node was part of it", () => {
    const g = scene();
    const lassoed = reduce(initialState(), { type: "setLasso", ids: ["b", "c"], additive: false }, g);
    expect(lassoed.lasso.size).toBe(2);
    expect(reduce(lassoed, { type: "select", id: "a" }, g).lasso.size).toBe(0);
    expect(reduce(lassoed, { type: "select", id: "b" }, g).lasso.size).toBe(0);
  });

  it("selectEdge emphasises the edge and its two ends and unselects the node", () => {
    const g = scene();
    const s = reduce(
      reduce(initialState(), { type: "select", id: "a" }, g),
      { type: "selectEdge", id: "bc" },
      g,
    );
    expect(s.selectedNode).toBeNull();
    expect(s.selectedEdge).toBe("bc");
    expect(sorted(s.focusNodes)).toEqual(["b", "c"]);
  });

  it("clearSelection empties selection, focus and lasso, and is a no-op when there is nothing", () => {
    const g = scene();
    const s = reduce(reduce(initialState(), { type: "select", id: "a" }, g), { type: "clearSelection" }, g);
    expect([s.selectedNode, s.focusNodes, s.lasso.size]).toEqual([null, null, 0]);
    expect(reduce(s, { type: "clearSelection" }, g)).toBe(s);
  });

  it("toggleLasso adds then removes; setLasso additive keeps the previous ones and drops unknown ids", () => {
    const g = scene();
    let s = reduce(initialState(), { type: "toggleLasso", id: "a" }, g);
    expect([...s.lasso]).toEqual(["a"]);
    s = reduce(s, { type: "setLasso", ids: ["b", "ghost"], additive: true }, g);
    expect(sorted(s.lasso)).toEqual(["a", "b"]);
    s = reduce(s, { type: "toggleLasso", id: "a" }, g);
    expect([...s.lasso]).toEqual(["b"]);
  });
});

describe("reduce: filters, style, language, labels", () => {
  it("toggleType and toggleRel flip membership without mutating the previous state", () => {
    const g = scene();
    const s0 = initialState();
    const s1 = reduce(s0, { type: "toggleType", nodeType: "Port" }, g);
    expect(s1.hiddenTypes.has("Port")).toBe(true);
    expect(s0.hiddenTypes.has("Port")).toBe(false);
    expect(reduce(s1, { type: "toggleType", nodeType: "Port" }, g).hiddenTypes.has("Port")).toBe(false);
    expect(reduce(s0, { type: "toggleRel", rel: "CO_OCCURS" }, g).hiddenRels.has("CO_OCCURS")).toBe(true);
  });

  it("setStyle, setLang and setLabelDensity return the same object when nothing changes", () => {
    const g = scene();
    const s0 = initialState();
    expect(reduce(s0, { type: "setStyle", colourBy: "type", sizeBy: "degree" }, g)).toBe(s0);
    expect(reduce(s0, { type: "setLang", lang: "zh" }, g)).toBe(s0);
    expect(reduce(s0, { type: "setLang", lang: "en" }, g).lang).toBe("en");
    expect(reduce(s0, { type: "setStyle", colourBy: "pagerank", sizeBy: "degree" }, g).colourBy).toBe(
      "pagerank",
    );
  });

  it("setLabelDensity clamps to the allowed range", () => {
    const g = scene();
    expect(reduce(initialState(), { type: "setLabelDensity", value: 99 }, g).labelDensity).toBe(3);
    expect(reduce(initialState(), { type: "setLabelDensity", value: 0 }, g).labelDensity).toBe(0.05);
  });
});

describe("reduce: paths, corridors, queries", () => {
  it("clampPathOptions keeps hops in 1..8 and deduplicates types", () => {
    expect(clampPathOptions({ maxHops: 20, types: ["B", "A", "B"], coOccurrence: true })).toEqual({
      maxHops: 8,
      types: ["A", "B"],
      coOccurrence: true,
    });
    expect(clampPathOptions({ ...DEFAULT_PATH_OPTIONS, maxHops: 0 }).maxHops).toBe(1);
  });

  it("showPaths emphasises the union of the paths and keeps the result", () => {
    const g = scene();
    const result = {
      from: "a",
      to: "c",
      options: DEFAULT_PATH_OPTIONS,
      paths: [{ nodes: ["a", "b", "c"], edges: ["ab", "bc"] }],
      reason: null,
      coOccurrencePaths: null,
    };
    const s = reduce(initialState(), { type: "showPaths", result }, g);
    expect(s.path).toBe(result);
    expect(sorted(s.focusNodes)).toEqual(["a", "b", "c"]);
    expect(sorted(s.focusEdges)).toEqual(["ab", "bc"]);
  });

  it("showPaths without a path dims nothing", () => {
    const g = scene();
    const selected = reduce(initialState(), { type: "select", id: "a" }, g);
    const result = {
      from: "a",
      to: "e",
      options: DEFAULT_PATH_OPTIONS,
      paths: [],
      reason: "x",
      coOccurrencePaths: 2,
    };
    const s = reduce(selected, { type: "showPaths", result }, g);
    expect(s.focusNodes).toBeNull();
    expect(s.path?.coOccurrencePaths).toBe(2);
  });

  it("followCorridor records the corridor, clears the selection and emphasises the corridor's subgraph", () => {
    const g = scene();
    const s = reduce(
      reduce(initialState(), { type: "select", id: "e" }, g),
      {
        type: "followCorridor",
        id: "c",
        focus: { nodes: ["b", "c"], edges: ["bc"] },
        answer: corridorAnswer("c", []),
      },
      g,
    );
    expect([s.corridor, s.selectedNode]).toEqual(["c", null]);
    expect(sorted(s.focusNodes)).toEqual(["b", "c"]);
  });

  it("followCorridor keeps the corridor's links by zone, replacing the previous corridor's", () => {
    const g = scene();
    const focus = { nodes: [], edges: [] };
    const first = reduce(
      initialState(),
      {
        type: "followCorridor",
        id: "c1",
        focus,
        answer: corridorAnswer("c1", [
          ["a", "direct"],
          ["b", "port"],
        ]),
      },
      g,
    );
    expect([...first.corridorLinks.keys()].sort()).toEqual(["a", "b"]);
    expect(first.corridorLinks.get("b")?.map((n) => [n.corridor.id, n.directness, n.strength])).toEqual([
      ["c1", "port", "medium"],
    ]);
    const second = reduce(
      first,
      { type: "followCorridor", id: "c2", focus, answer: corridorAnswer("c2", [["d", "province"]]) },
      g,
    );
    expect([...second.corridorLinks.keys()]).toEqual(["d"]);
    expect(first.corridorLinks.has("a")).toBe(true);
  });

  it("a scene change keeps the corridor's links; other actions leave the same map", () => {
    const g = scene();
    const s = reduce(
      initialState(),
      {
        type: "followCorridor",
        id: "c",
        focus: { nodes: [], edges: [] },
        answer: corridorAnswer("c", [["a", "direct"]]),
      },
      g,
    );
    expect(reduce(s, { type: "sceneChanged", kind: "expand" }, g).corridorLinks).toBe(s.corridorLinks);
    expect(reduce(s, { type: "select", id: "a" }, g).corridorLinks).toBe(s.corridorLinks);
  });
});

describe("reduce: scene changes", () => {
  function selected(g: Graph, id: string): ExplorerState {
    return reduce(initialState(), { type: "select", id }, g);
  }

  it("drops a removed selected node, its focus and lasso entries, and bumps the scene version", () => {
    const g = scene();
    let s = reduce(selected(g, "a"), { type: "toggleLasso", id: "a" }, g);
    g.dropNode("a");
    s = reduce(s, { type: "sceneChanged", kind: "hide" }, g);
    expect([s.selectedNode, s.focusNodes, s.lasso.size, s.sceneVersion]).toEqual([null, null, 0, 1]);
  });

  it("after an expand the selected node's neighbourhood includes the new neighbours", () => {
    const g = scene();
    const s0 = selected(g, "e");
    g.addNode("f", { x: 1, y: 1 });
    g.addDirectedEdgeWithKey("ef", "e", "f");
    const s = reduce(s0, { type: "sceneChanged", kind: "expand" }, g);
    expect(sorted(s.focusNodes)).toEqual(["e", "f"]);
    expect(sorted(s.focusEdges)).toEqual(["ef"]);
  });

  it("a new overview clears selection, path and corridor", () => {
    const g = scene();
    const s0 = { ...selected(g, "a"), corridor: "c" };
    const s = reduce(s0, { type: "sceneChanged", kind: "overview" }, g);
    expect([s.selectedNode, s.corridor, s.path, s.focusNodes]).toEqual([null, null, null, null]);
  });

  it("restoreView sets filters and style, then selects the saved node", () => {
    const g = scene();
    const s = reduce(
      initialState(),
      {
        type: "restoreView",
        hiddenTypes: ["Port"],
        colourBy: "community",
        sizeBy: "pagerank",
        selected: "b",
      },
      g,
    );
    expect([...s.hiddenTypes]).toEqual(["Port"]);
    expect([s.colourBy, s.sizeBy, s.selectedNode]).toEqual(["community", "pagerank", "b"]);
  });

  it("restoreHistory puts back the entry's state, keeps the language and moves the scene version forward", () => {
    const g = scene();
    const entry = reduce(initialState("zh"), { type: "select", id: "b" }, g);
    const now = {
      ...reduce(initialState("en"), { type: "toggleType", nodeType: "Port" }, g),
      sceneVersion: 7,
    };
    const s = reduce(now, { type: "restoreHistory", state: { ...entry, sceneVersion: 2 } }, g);
    expect(s.selectedNode).toBe("b");
    expect(s.hiddenTypes.size).toBe(0);
    expect(s.lang).toBe("en");
    expect(s.sceneVersion).toBe(7);
    const later = reduce(now, { type: "restoreHistory", state: { ...entry, sceneVersion: 9 } }, g);
    expect(later.sceneVersion).toBe(10);
  });

  it("setRangeFilter changes the bounds given, clamps them, and is a no-op when nothing changes", () => {
    const g = scene();
    const s0 = initialState();
    const s1 = reduce(s0, { type: "setRangeFilter", minDegree: 4.7 }, g);
    expect([s1.minDegree, s1.minConfidence]).toEqual([4, 0]);
    const s2 = reduce(s1, { type: "setRangeFilter", minConfidence: 1.5 }, g);
    expect([s2.minDegree, s2.minConfidence]).toEqual([4, 1]);
    expect(reduce(s2, { type: "setRangeFilter", minDegree: -3, minConfidence: -1 }, g)).toMatchObject({
      minDegree: 0,
      minConfidence: 0,
    });
    expect(reduce(s2, { type: "setRangeFilter", minDegree: 1e12 }, g).minDegree).toBe(100_000);
    expect(reduce(s2, { type: "setRangeFilter", minDegree: Number.NaN }, g)).toBe(s2);
    expect(reduce(s2, { type: "setRangeFilter", minDegree: 4 }, g)).toBe(s2);
  });
});

describe("reduce: style rules", () => {
  const r = (id: string, color = "#ff0000") => ({
    id,
    nodeType: null,
    property: "degree",
    test: { kind: "range" as const, min: 5, max: null },
    color,
    size: null,
  });

  it("adds rules in order, moves and removes them; an invalid or duplicate rule changes nothing", () => {
    let s = reduce(initialState(), { type: "addStyleRule", rule: r("a") }, scene());
    s = reduce(s, { type: "addStyleRule", rule: r("b") }, scene());
    expect(s.styleRules.map((x) => x.id)).toEqual(["a", "b"]);
    s = reduce(s, { type: "moveStyleRule", id: "b", by: -1 }, scene());
    expect(s.styleRules.map((x) => x.id)).toEqual(["b", "a"]);
    expect(reduce(s, { type: "addStyleRule", rule: r("a") }, scene())).toBe(s);
    expect(reduce(s, { type: "addStyleRule", rule: r("c", "not a colour") }, scene())).toBe(s);
    expect(reduce(s, { type: "moveStyleRule", id: "b", by: -1 }, scene())).toBe(s);
    s = reduce(s, { type: "removeStyleRule", id: "b" }, scene());
    expect(s.styleRules.map((x) => x.id)).toEqual(["a"]);
    expect(reduce(s, { type: "removeStyleRule", id: "zz" }, scene())).toBe(s);
  });

  it("setStyleRules keeps only valid rules (a restored list)", () => {
    const s = reduce(initialState(), { type: "setStyleRules", rules: [r("a"), r("x", "bad")] }, scene());
    expect(s.styleRules.map((x) => x.id)).toEqual(["a"]);
  });

  it("keeps node and relationship rules in one ordered list; a relationship rule too wide is refused", () => {
    const edge = { ...r("e"), on: "edge" as const, color: null, size: 4 };
    let s = reduce(initialState(), { type: "addStyleRule", rule: r("a") }, scene());
    s = reduce(s, { type: "addStyleRule", rule: edge }, scene());
    expect(s.styleRules.map((x) => [x.id, x.on ?? "node"])).toEqual([
      ["a", "node"],
      ["e", "edge"],
    ]);
    expect(reduce(s, { type: "addStyleRule", rule: { ...edge, id: "w", size: 30 } }, scene())).toBe(s);
    s = reduce(s, { type: "moveStyleRule", id: "e", by: -1 }, scene());
    expect(s.styleRules.map((x) => x.id)).toEqual(["e", "a"]);
  });
});

describe("reduce: layout settings", () => {
  it("changes the given fields (clamped) and nothing else; the same values leave the state", () => {
    const s0 = initialState();
    const s1 = reduce(s0, { type: "setLayout", settings: { kind: "circular", gravity: 500 } }, scene());
    expect(s1.layout).toMatchObject({ kind: "circular", gravity: 100, scalingRatio: 1, iterations: null });
    expect(reduce(s1, { type: "setLayout", settings: { kind: "circular" } }, scene())).toBe(s1);
  });
});
