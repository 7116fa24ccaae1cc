import { describe, expect, it } from "vitest";
import { clampLayout, DEFAULT_LAYOUT, useBarnesHut } from "../../../../client/src/layout/settings";

describe("layout settings", () => {
  it("keeps what is not given, clamps numbers, drops unknown kinds and non-numbers", () => {
    expect(clampLayout({ gravity: 5 })).toEqual({ ...DEFAULT_LAYOUT, gravity: 5 });
    expect(clampLayout({ gravity: -1, scalingRatio: 1e9, iterations: 99_999 })).toMatchObject({
      gravity: 0,
      scalingRatio: 100,
      iterations: 2000,
    });
    expect(clampLayout({ iterations: 12.6 }).iterations).toBe(13);
    expect(clampLayout({ iterations: null }, { ...DEFAULT_LAYOUT, iterations: 50 }).iterations).toBeNull();
    expect(clampLayout({ gravity: Number.NaN }).gravity).toBe(DEFAULT_LAYOUT.gravity);
    expect(clampLayout({ kind: "spiral" as never }).kind).toBe("force");
    expect(clampLayout({ barnesHut: "maybe" as never }).barnesHut).toBe("auto");
  });

  it("takes Noverlap as a layout and clamps its margin, ratio and passes", () => {
    expect(clampLayout({ kind: "noverlap" }).kind).toBe("noverlap");
    expect(clampLayout({ margin: -3, ratio: 50, noverlapIterations: 1e9 })).toMatchObject({
      margin: 0,
      ratio: 10,
      noverlapIterations: 2000,
    });
    expect(clampLayout({ ratio: 0, noverlapIterations: 0.2 })).toMatchObject({
      ratio: 0.1,
      noverlapIterations: 1,
    });
    expect(clampLayout({ margin: Number.NaN }, { ...DEFAULT_LAYOUT, margin: 12 }).margin).toBe(12);
    expect(clampLayout({ noverlapIterations: 7.6 }).noverlapIterations).toBe(8);
  });

  it("uses Barnes-Hut when on, or on auto from 400 nodes", () => {
    expect(useBarnesHut({ barnesHut: "auto" }, 399)).toBe(false);
    expect(useBarnesHut({ barnesHut: "auto" }, 400)).toBe(true);
    expect(useBarnesHut({ barnesHut: "on" }, 3)).toBe(true);
    expect(useBarnesHut({ barnesHut: "off" }, 10_000)).toBe(false);
  });
});
