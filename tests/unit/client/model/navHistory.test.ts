import { describe, expect, it } from "vitest";
import { NavMemory, navStep, readNavState } from "../../../../client/src/model/navHistory";
import { initialState } from "../../../../client/src/store/state";

describe("navStep", () => {
  it("gives each recorded navigation its own browser history entry", () => {
    for (const kind of ["overview", "expand", "add", "path", "corridor", "cypher", "view"] as const)
      expect(navStep({ cause: "sceneChanged", scene: true, kind, recorded: true }), kind).toBe("push");
  });

  it("rewrites the current entry for minor changes, undo/redo and Back/Forward themselves", () => {
    expect(navStep({ cause: "select", scene: false, recorded: true })).toBe("replace");
    expect(navStep({ cause: "setStyle", scene: false, recorded: true })).toBe("replace");
    for (const kind of ["hide", "collapse", "pin", "history"] as const)
      expect(navStep({ cause: "sceneChanged", scene: true, kind, recorded: true }), kind).toBe("replace");
    expect(navStep({ cause: "undo", scene: true })).toBe("replace");
    expect(navStep({ cause: "restoreHistory", scene: true, kind: "history", recorded: true })).toBe(
      "replace",
    );
  });

  it("makes a run of time-slider dates one entry, after any other navigation a new one", () => {
    const dated = { cause: "sceneChanged", scene: true, kind: "dated", recorded: true } as const;
    expect(navStep(dated, "expand")).toBe("push");
    expect(navStep(dated, null)).toBe("push");
    expect(navStep(dated, "dated")).toBe("replace");
    expect(navStep({ ...dated, kind: "expand" }, "expand")).toBe("push");
  });

  it("does not make the first screen or a shared link's scene a step", () => {
    expect(navStep({ cause: "sceneChanged", scene: true, kind: "overview", recorded: false })).toBe(
      "replace",
    );
    expect(navStep({ cause: "sceneChanged", scene: true, kind: "shared", recorded: false })).toBe("replace");
  });
});

describe("readNavState", () => {
  it("reads this explorer's entries and ignores anything else", () => {
    expect(readNavState({ zg: "a:1" })).toEqual({ zg: "a:1" });
    expect(readNavState({ zg: "a:2", doc: "doc:1" })).toEqual({ zg: "a:2", doc: "doc:1" });
    expect(readNavState(null)).toBeNull();
    expect(readNavState("a:1")).toBeNull();
    expect(readNavState({ zg: 3 })).toBeNull();
  });
});

describe("NavMemory", () => {
  it("keeps the scenes of the last entries and forgets the oldest first", () => {
    const m = new NavMemory<string>(2);
    const state = initialState();
    m.set("k1", { state, scene: "one" });
    m.set("k2", { state, scene: "two" });
    m.set("k1", { state, scene: "one again" });
    m.set("k3", { state, scene: "three" });
    expect(m.size).toBe(2);
    expect(m.get("k2")).toBeUndefined();
    expect(m.get("k1")?.scene).toBe("one again");
    expect(m.get("k3")?.scene).toBe("three");
  });
});
