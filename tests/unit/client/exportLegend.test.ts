import { describe, expect, it } from "vitest";
import { legendSections } from "../../../client/src/model/exportLegend";
import { statusEntries } from "../../../client/src/model/legendEntries";
import { createSceneGraph } from "../../../client/src/model/scene";
import { initialState } from "../../../client/src/store/state";

function scene() {
  const g = createSceneGraph();
  g.addNode("z1", { type: "FreeTradeZone", name: "z1", x: 0, y: 0 });
  g.addNode("z2", { type: "FreeTradeZone", name: "z2", x: 0, y: 0, status: "applied" });
  g.addNode("p", { type: "Province", name: "p", x: 0, y: 0 });
  return g;
}

describe("export legend sections", () => {
  it("lists node types only, when colour is by type and no status is known", () => {
    const g = createSceneGraph();
    g.addNode("p", { type: "Province", name: "p", x: 0, y: 0 });
    const secs = legendSections(g, initialState(), null);
    expect(secs.map((s) => s.kind)).toEqual(["types"]);
  });
  it("adds the PageRank gradient, or the Louvain communities, for the active colour mapping", () => {
    const colour = new Map([
      ["z1", 0],
      ["z2", 1],
      ["p", 1],
    ]);
    const pr = legendSections(scene(), { ...initialState(), colourBy: "pagerank" }, colour);
    expect(pr.map((s) => s.kind)).toEqual(["types", "gradient", "status"]);
    const com = legendSections(scene(), { ...initialState(), colourBy: "community" }, colour);
    const c = com.find((s) => s.kind === "community");
    expect(c && "entries" in c ? c.entries.map((e) => [e.key, e.count]) : []).toEqual([
      ["#2", 2],
      ["#1", 1],
    ]);
  });
  it("counts zone statuses from the nodes' status attributes, skipping hidden types", () => {
    const g = scene();
    g.setNodeAttribute("z1", "status", "established");
    expect(statusEntries(g, initialState()).map((e) => [e.key, e.count])).toEqual([
      ["status_established", 1],
      ["status_applied", 1],
    ]);
    const hidden = { ...initialState(), hiddenTypes: new Set(["FreeTradeZone"]) };
    expect(statusEntries(g, hidden)).toEqual([]);
  });
});
