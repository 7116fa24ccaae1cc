import { describe, expect, it } from "vitest";
import {
  DENSITY_MAX,
  DENSITY_MIN,
  densityFromSlider,
  LabelCollider,
  labelBox,
  labelBoxInView,
  labelGridCellSize,
  overlaps,
  placeName,
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

  it("a blocked box (text drawn by another layer) refuses overlapping labels but is not listed as drawn", () => {
    const c = new LabelCollider();
    c.block({ x: 0, y: 0, w: 100, h: 16 });
    expect(c.place("over", { x: 50, y: 5, w: 60, h: 16 })).toBe(false);
    expect(c.place("beside", { x: 120, y: 5, w: 60, h: 16 })).toBe(true);
    expect([...c.drawn.keys()]).toEqual(["beside"]);
    c.reset();
    expect(c.place("over", { x: 50, y: 5, w: 60, h: 16 })).toBe(true);
  });

  it("puts a label that would run off the right edge to the left of its disc, when that side has room", () => {
    // Disc of radius 5 at x = 700; a 150 px label to the right would end at 858 on an 800 px canvas.
    const right = labelBoxInView(300, 100, 5, 150, 13, 800);
    expect(right.flipped).toBe(false);
    expect(right.box.x).toBe(308);
    const left = labelBoxInView(700, 100, 5, 150, 13, 800);
    expect(left.flipped).toBe(true);
    expect(left.box.x + left.box.w).toBe(692);
    expect(left.box.y).toBe(right.box.y);
    // No room on either side: sigma's place is kept.
    expect(labelBoxInView(100, 100, 5, 900, 13, 800).flipped).toBe(false);
  });

  it("places a name clear of labels and discs when it can, else clear of labels only, else not at all", () => {
    const strict = new LabelCollider();
    const loose = new LabelCollider();
    const label = { x: 0, y: 0, w: 100, h: 16 };
    const disc = { x: 200, y: 0, w: 10, h: 10 };
    strict.block(label);
    loose.block(label);
    strict.block(disc);
    const onLabel = { x: 50, y: 0, w: 40, h: 16 };
    const onDisc = { x: 195, y: 0, w: 40, h: 16 };
    const clear = { x: 400, y: 0, w: 40, h: 16 };
    expect(placeName(strict, loose, "a", [onLabel, onDisc, clear])).toEqual(clear);
    expect(placeName(strict, loose, "b", [onLabel, onDisc])).toEqual(onDisc);
    expect(placeName(strict, loose, "c", [onLabel, onDisc])).toBeNull();
    expect([...loose.drawn.keys()]).toEqual(["a", "b"]);
  });
});
