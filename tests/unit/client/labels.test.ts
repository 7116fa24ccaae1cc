import { describe, expect, it } from "vitest";
import { LabelCollider, labelBox, overlaps } from "../../../client/src/model/labels";

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
