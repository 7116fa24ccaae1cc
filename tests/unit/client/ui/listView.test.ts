import { describe, expect, it } from "vitest";
import { createSceneGraph } from "../../../../client/src/model/scene";
import { initialState } from "../../../../client/src/store/state";
import { sceneList } from "../../../../client/src/ui/listView";

function scene() {
  const g = createSceneGraph();
  g.addNode("P:gx", { type: "Province", name: "广西壮族自治区", nameEn: "Guangxi" });
  g.addNode("Z:gx", { type: "FreeTradeZone", name: "中国（广西）自由贸易试验区" });
  g.addNode("R:xb", { type: "Corridor", name: "西部陆海新通道" });
  g.addNode("G:rcep", { type: "Agreement", name: "RCEP" });
  g.addEdgeWithKey("LOCATED_IN:Z:gx->P:gx", "Z:gx", "P:gx", { type: "LOCATED_IN" });
  g.addEdgeWithKey("ON_CORRIDOR:Z:gx->R:xb", "Z:gx", "R:xb", { type: "ON_CORRIDOR" });
  g.addEdgeWithKey("CO_OCCURS:G:rcep->Z:gx", "G:rcep", "Z:gx", { type: "CO_OCCURS" });
  return g;
}

describe("sceneList (the list view's content)", () => {
  it("lists every node by type then name, each with its relations in both directions", () => {
    const items = sceneList(scene(), initialState("zh"));
    expect(items.map((i) => i.id)).toEqual(["G:rcep", "R:xb", "Z:gx", "P:gx"]);
    const zone = items.find((i) => i.id === "Z:gx");
    expect(zone?.relations.map((r) => [r.rel, r.other, r.outgoing])).toEqual([
      ["CO_OCCURS", "G:rcep", false],
      ["LOCATED_IN", "P:gx", true],
      ["ON_CORRIDOR", "R:xb", true],
    ]);
    expect(items.find((i) => i.id === "P:gx")?.relations).toHaveLength(1);
  });

  it("follows the filters: hidden types and relationship types are left out, names follow the language", () => {
    const s = {
      ...initialState("en"),
      hiddenTypes: new Set(["Agreement"]),
      hiddenRels: new Set(["ON_CORRIDOR"]),
    };
    const items = sceneList(scene(), s);
    expect(items.map((i) => i.id)).not.toContain("G:rcep");
    const zone = items.find((i) => i.id === "Z:gx");
    expect(zone?.relations.map((r) => r.rel)).toEqual(["LOCATED_IN"]);
    expect(zone?.relations[0]?.otherName).toBe("Guangxi");
  });

  it("follows the range filters: fewer relationships than the minimum, or a weaker edge, is left out", () => {
    const g = scene();
    g.mergeNodeAttributes("Z:gx", { degree: 40 });
    g.mergeNodeAttributes("P:gx", { degree: 12 });
    g.mergeEdgeAttributes("LOCATED_IN:Z:gx->P:gx", { confidence: 0.95 });
    g.mergeEdgeAttributes("ON_CORRIDOR:Z:gx->R:xb", { confidence: 0.6 });
    // R:xb and G:rcep carry no degree: their scene degree (1) counts.
    const items = sceneList(g, { ...initialState("zh"), minDegree: 10, minConfidence: 0.9 });
    expect(items.map((i) => i.id)).toEqual(["Z:gx", "P:gx"]);
    expect(items[0]?.relations.map((r) => r.rel)).toEqual(["LOCATED_IN"]);
  });
});
