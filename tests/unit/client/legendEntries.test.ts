import { describe, expect, it } from "vitest";
import { STRINGS_FOR_TEST } from "../../../client/src/i18n";
import { stageEntries, statusEntries, typeEntries } from "../../../client/src/model/legendEntries";
import { createSceneGraph } from "../../../client/src/model/scene";
import { STAGE_COLORS } from "../../../client/src/model/styling";
import { initialState } from "../../../client/src/store/state";

function scene() {
  const g = createSceneGraph();
  const zone = (id: string, status?: string) =>
    g.addNode(id, {
      type: "FreeTradeZone",
      label: id,
      name: id,
      nameEn: null,
      ...(status ? { status } : {}),
    });
  zone("Z1", "established");
  zone("Z2", "established");
  zone("Z3", "applied");
  zone("Z4");
  g.addNode("N", { type: "Country", label: "N", name: "N", nameEn: null });
  g.addNode("G", { type: "Agreement", label: "G", name: "G", nameEn: null });
  g.addEdgeWithKey("e1", "N", "G", { type: "ALIGNS_WITH", stage: "applied" });
  g.addEdgeWithKey("e2", "Z1", "G", { type: "ALIGNS_WITH", stage: "pilots" });
  g.addEdgeWithKey("e3", "Z2", "G", { type: "ALIGNS_WITH" });
  g.addEdgeWithKey("e4", "Z3", "N", { type: "COOPERATES_WITH", stage: "applied" });
  return g;
}

describe("status legend entries", () => {
  it("counts the zone statuses in the scene, each with its ring, in a fixed order", () => {
    const entries = statusEntries(scene(), initialState());
    expect(entries.map((e) => [e.key, e.count, e.ring])).toEqual([
      ["status_established", 2, "solid"],
      ["status_applied", 1, "dashed"],
    ]);
    for (const e of entries) expect(STRINGS_FOR_TEST[e.key], e.key).toBeDefined();
  });
  it("leaves out zones whose type is hidden", () => {
    const s = { ...initialState(), hiddenTypes: new Set(["FreeTradeZone"]) };
    expect(statusEntries(scene(), s)).toEqual([]);
  });
  it("counts ALIGNS_WITH stages only, with their edge colours", () => {
    const entries = stageEntries(scene(), initialState());
    expect(entries.map((e) => [e.key, e.count, e.color])).toEqual([
      ["stage_applied", 1, STAGE_COLORS.applied],
      ["stage_pilots", 1, STAGE_COLORS.pilots],
    ]);
    for (const e of entries) expect(STRINGS_FOR_TEST[e.key], e.key).toBeDefined();
  });
  it("leaves type entries as they were", () => {
    expect(typeEntries(scene(), initialState()).map((e) => e.key)).toEqual([
      "FreeTradeZone",
      "Country",
      "Agreement",
    ]);
  });
});
