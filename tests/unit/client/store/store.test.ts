import Graph from "graphology";
import { describe, expect, it } from "vitest";
import { type ExplorerState, initialState } from "../../../../client/src/store/state";
import { type ChangeInfo, Store } from "../../../../client/src/store/store";
import { corridorAnswer } from "../../../support/corridors";

type Snap = ReturnType<Graph["export"]>;

function setup() {
  const g = new Graph({ type: "directed", multi: true });
  g.addNode("a", { x: 0, y: 0 });
  g.addNode("b", { x: 1, y: 0 });
  g.addDirectedEdgeWithKey("ab", "a", "b");
  const store = new Store<Snap>(
    {
      reader: g,
      snapshot: () => g.export(),
      restore: (s) => {
        g.clear();
        g.import(s);
      },
    },
    initialState(),
  );
  const seen: { state: ExplorerState; info: ChangeInfo<Snap> }[] = [];
  store.subscribe((state, _prev, info) => seen.push({ state, info }));
  return { g, store, seen };
}

describe("Store", () => {
  it("notifies subscribers once per effective action, never for a no-op", () => {
    const { store, seen } = setup();
    store.dispatch({ type: "select", id: "a" });
    store.dispatch({ type: "setLang", lang: "zh" });
    store.dispatch({ type: "select", id: "missing" });
    expect(seen.map((s) => s.info.cause)).toEqual(["select"]);
    expect(store.canUndo).toBe(true);
  });

  it("undoes and redoes display actions (selection, filter, language)", () => {
    const { store } = setup();
    store.dispatch({ type: "select", id: "a" });
    store.dispatch({ type: "toggleType", nodeType: "Port" });
    store.dispatch({ type: "setLang", lang: "en" });
    store.undo();
    expect(store.state.lang).toBe("zh");
    store.undo();
    expect(store.state.hiddenTypes.size).toBe(0);
    store.redo();
    expect(store.state.hiddenTypes.has("Port")).toBe(true);
    expect(store.state.selectedNode).toBe("a");
  });

  it("undoes a scene change with the graph and the state together, and redoes it", () => {
    const { g, store, seen } = setup();
    store.dispatch({ type: "select", id: "b" });
    store.changeScene("hide", () => g.dropNode("b"));
    expect(g.hasNode("b")).toBe(false);
    expect(store.state.selectedNode).toBeNull();
    store.undo();
    expect(g.hasNode("b")).toBe(true);
    expect(g.hasEdge("ab")).toBe(true);
    expect(store.state.selectedNode).toBe("b");
    expect(seen.at(-1)?.info).toEqual({ cause: "undo", scene: true });
    store.redo();
    expect(g.hasNode("b")).toBe(false);
    expect(store.state.selectedNode).toBeNull();
  });

  it("records a scene change and its follow-up action as one entry", () => {
    const { g, store } = setup();
    store.changeScene(
      "path",
      () => {
        g.addNode("c", { x: 2, y: 0 });
        g.addDirectedEdgeWithKey("bc", "b", "c");
      },
      { type: "highlight", focus: { nodes: ["b", "c"], edges: ["bc"] } },
    );
    expect(store.state.focusEdges?.has("bc")).toBe(true);
    store.undo();
    expect(g.hasNode("c")).toBe(false);
    expect(store.state.focusEdges).toBeNull();
    expect(store.canUndo).toBe(false);
  });

  it("a new action after an undo drops the redo branch", () => {
    const { store } = setup();
    store.dispatch({ type: "toggleType", nodeType: "Port" });
    store.undo();
    store.dispatch({ type: "toggleRel", rel: "X" });
    expect(store.canRedo).toBe(false);
    store.undo();
    expect(store.state.hiddenRels.size).toBe(0);
    expect(store.state.hiddenTypes.size).toBe(0);
  });

  it("an unrecorded action (the first screen, a shared link) is not an undo step", () => {
    const { store } = setup();
    store.dispatch({ type: "setLang", lang: "en" }, { record: false });
    expect(store.state.lang).toBe("en");
    expect(store.canUndo).toBe(false);
  });

  it("keeps the scene version increasing across undo and redo of scene changes", () => {
    const { g, store } = setup();
    store.changeScene("hide", () => g.dropNode("b"));
    const v1 = store.state.sceneVersion;
    store.undo();
    expect(store.state.sceneVersion).toBeGreaterThan(v1);
  });

  it("bounds the history to its capacity", () => {
    const g = new Graph();
    const store = new Store<null>(
      { reader: g as never, snapshot: () => null, restore: () => {} },
      initialState(),
      3,
    );
    for (let i = 0; i < 5; i++) store.dispatch({ type: "setLabelDensity", value: 0.1 * (i + 1) });
    let undone = 0;
    while (store.undo()) undone++;
    expect(undone).toBe(3);
  });

  it("undo and redo bring back the corridor links that went with the followed corridor", () => {
    const { store, seen } = setup();
    const follow = (id: string, zone: string) =>
      store.dispatch({
        type: "followCorridor",
        id,
        focus: { nodes: [], edges: [] },
        answer: corridorAnswer(id, [[zone, "direct"]]),
      });
    follow("c1", "a");
    follow("c2", "b");
    expect([...store.state.corridorLinks.keys()]).toEqual(["b"]);
    store.undo();
    expect([...store.state.corridorLinks.keys()]).toEqual(["a"]);
    expect(seen.at(-1)?.info.cause).toBe("undo");
    store.undo();
    expect(store.state.corridorLinks.size).toBe(0);
    store.redo();
    store.redo();
    expect(store.state.corridorLinks.get("b")?.[0]?.corridor.id).toBe("c2");
  });

  it("tells subscribers the scene change's kind, whether it was recorded and the graph before it", () => {
    const { g, store, seen } = setup();
    store.changeScene("expand", () => g.addNode("c", { x: 2, y: 0 }));
    store.changeScene("shared", () => g.addNode("d", { x: 3, y: 0 }), undefined, { record: false });
    store.dispatch({ type: "select", id: "a" });
    const [expand, shared, select] = seen.map((s) => s.info);
    expect([expand?.kind, expand?.recorded]).toEqual(["expand", true]);
    expect(expand?.before?.nodes.map((n) => n.key)).toEqual(["a", "b"]);
    expect([shared?.kind, shared?.recorded]).toEqual(["shared", false]);
    expect([select?.kind, select?.recorded, select?.before]).toEqual([undefined, true, undefined]);
  });

  it("undoes and redoes style rule actions", () => {
    const { store } = setup();
    const rule = {
      id: "r",
      nodeType: null,
      property: "degree",
      test: { kind: "exists" as const },
      color: "#00ff00",
      size: 12,
    };
    store.dispatch({ type: "addStyleRule", rule });
    store.dispatch({ type: "removeStyleRule", id: "r" });
    expect(store.state.styleRules).toEqual([]);
    store.undo();
    expect(store.state.styleRules).toEqual([rule]);
    store.undo();
    expect(store.state.styleRules).toEqual([]);
    store.redo();
    expect(store.state.styleRules).toEqual([rule]);
  });

  it("undoes and redoes layout settings", () => {
    const { store } = setup();
    store.dispatch({ type: "setLayout", settings: { kind: "byType" } });
    store.dispatch({ type: "setLayout", settings: { gravity: 3 } });
    expect(store.state.layout).toMatchObject({ kind: "byType", gravity: 3 });
    store.undo();
    expect(store.state.layout).toMatchObject({ kind: "byType", gravity: 1 });
    store.undo();
    expect(store.state.layout.kind).toBe("force");
    store.redo();
    expect(store.state.layout.kind).toBe("byType");
  });
});
