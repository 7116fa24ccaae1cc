import { describe, expect, it } from "vitest";
import {
  DENSITY_MAX,
  DENSITY_MIN,
  densityFromSlider,
  LabelCollider,
  labelBox,
  labelGridCellSize,
  overlaps,
  sliderFromDensity,
} from "../../../client/src/model/labels";
import { decodeState, encodeState } from "../../../client/src/model/urlstate";

describe("collision-free labels", () => {
  it("places the label box right of the disc around the baseline", () => {
    expect(labelBox(100, 50, 10, 40, 12)).toEqual({ x: 113, y: 42, w: 40, h: 15 });
  });

  it("detects overlap, and keeps apart boxes that only come near", () => {
    const a = { x: 0, y: 0, w: 10, h: 10 };
    expect(overlaps(a, { x: 5, y: 5, w: 10, h: 10 })).toBe(true);
    expect(overlaps(a, { x: 20, y: 0, w: 10, h: 10 })).toBe(false);
    expect(overlaps(a, { x: 0, y: 30, w: 10, h: 10 })).toBe(false);
  });

  it("refuses a label over one already drawn in the frame, across grid cells, until reset", () => {
    const c = new LabelCollider(16);
    expect(c.place("a", { x: 10, y: 10, w: 100, h: 14 })).toBe(true);
    expect(c.place("b", { x: 90, y: 20, w: 50, h: 14 })).toBe(false);
    expect(c.place("c", { x: 10, y: 40, w: 100, h: 14 })).toBe(true);
    expect([...c.drawn.keys()]).toEqual(["a", "c"]);
    c.reset();
    expect(c.place("b", { x: 90, y: 20, w: 50, h: 14 })).toBe(true);
  });
});

describe("label density", () => {
  it("maps the slider 0–100 onto 0.1–3 geometrically, the default 0.6 near the middle, and back", () => {
    expect(densityFromSlider(0)).toBe(DENSITY_MIN);
    expect(densityFromSlider(100)).toBe(DENSITY_MAX);
    expect(densityFromSlider(-5)).toBe(DENSITY_MIN);
    expect(sliderFromDensity(0.6)).toBe(53);
    for (const v of [0, 17, 53, 80, 100]) expect(sliderFromDensity(densityFromSlider(v))).toBe(v);
  });

  it("shrinks sigma's label grid cells as the density grows (80 px at the default), within 30–300 px", () => {
    expect(labelGridCellSize(0.6)).toBe(80);
    expect(labelGridCellSize(3)).toBeLessThan(labelGridCellSize(0.6));
    expect(labelGridCellSize(0.1)).toBeGreaterThan(labelGridCellSize(0.6));
    expect(labelGridCellSize(1e-9)).toBe(300);
    expect(labelGridCellSize(1e9)).toBe(30);
    expect(labelGridCellSize(Number.NaN)).toBe(80);
  });

  it("travels in the share link when set, and only a finite number is read back", () => {
    const base = {
      nodes: ["a"],
      hiddenTypes: [],
      selected: null,
      query: null,
      corridor: null,
      lang: "zh" as const,
    };
    expect(decodeState(encodeState({ ...base, labelDensity: 2.5 }))?.labelDensity).toBe(2.5);
    expect(decodeState(encodeState(base))?.labelDensity).toBeUndefined();
    const forged = `s=${Buffer.from(JSON.stringify({ v: 1, n: [], ld: "x" })).toString("base64url")}`;
    expect(decodeState(forged)?.labelDensity).toBeUndefined();
  });
});
