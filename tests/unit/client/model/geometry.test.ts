import { describe, expect, it } from "vitest";
import { bbox } from "../../../../client/src/model/geometry";

describe("bbox", () => {
  it("is null for no points", () => {
    expect(bbox([])).toBeNull();
  });

  it("is a zero-size box at the point for one point", () => {
    expect(bbox([{ x: 3, y: -2 }])).toEqual({ minX: 3, minY: -2, maxX: 3, maxY: -2 });
  });

  it("holds every point of many, from any iterable", () => {
    const pts = new Set([
      { x: 1, y: 5 },
      { x: -4, y: 2 },
      { x: 7, y: -3 },
      { x: 0, y: 0 },
    ]);
    expect(bbox(pts)).toEqual({ minX: -4, minY: -3, maxX: 7, maxY: 5 });
  });

  it("ignores extra fields (sigma display data carries more than x and y)", () => {
    const pts = [
      { x: 0.2, y: 0.4, size: 9, hidden: false },
      { x: 0.6, y: 0.1, size: 2, hidden: true },
    ];
    expect(bbox(pts)).toEqual({ minX: 0.2, minY: 0.1, maxX: 0.6, maxY: 0.4 });
  });
});
