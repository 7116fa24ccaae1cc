import { describe, expect, it } from "vitest";
import { project } from "../../../../client/src/views/mapProjection";
import {
  affineFrom,
  applyAffine,
  projectRing,
  reachesFrame,
  ringsOf,
  shapesOf,
} from "../../../../client/src/views/mapShapes";

const square = (lon: number, lat: number) => [
  [lon, lat],
  [lon + 1, lat],
  [lon + 1, lat + 1],
  [lon, lat],
];

describe("map shapes", () => {
  it("reads the rings of polygons and multipolygons, and nothing of other geometries", () => {
    expect(ringsOf({ type: "Polygon", coordinates: [square(100, 30)] })).toHaveLength(1);
    expect(
      ringsOf({ type: "MultiPolygon", coordinates: [[square(100, 30)], [square(110, 30)]] }),
    ).toHaveLength(2);
    expect(ringsOf({ type: "Point", coordinates: [1, 2] })).toEqual([]);
    expect(ringsOf(null)).toEqual([]);
  });

  it("keeps rings that reach the frame (with a margin) and drops far ones", () => {
    expect(reachesFrame(square(100, 30))).toBe(true);
    expect(reachesFrame(square(66, 30))).toBe(true);
    expect(reachesFrame(square(-80, 40))).toBe(false);
  });

  it("projects rings to flat arrays and filters features by id", () => {
    const r = projectRing(square(100, 30));
    expect([r[2], r[3]]).toEqual([101, project({ lon: 101, lat: 30 }).y]);
    const shapes = shapesOf(
      {
        features: [
          { properties: { id: "MN" }, geometry: { type: "Polygon", coordinates: [square(105, 45)] } },
          { properties: { id: "CN" }, geometry: { type: "Polygon", coordinates: [square(110, 35)] } },
          { properties: { id: "US" }, geometry: { type: "Polygon", coordinates: [square(-100, 40)] } },
        ],
      },
      (id) => id === "CN",
    );
    expect(shapes).toHaveLength(1);
    expect(shapes[0]?.[0]).toBe(105);
  });

  it("reproduces an affine screen transform from three conversions", () => {
    const toScreen = (p: { x: number; y: number }) => ({ x: 10 + 2 * p.x, y: 300 - 3 * p.y });
    const t = affineFrom(toScreen);
    expect(applyAffine(t, 5, 7)).toEqual(toScreen({ x: 5, y: 7 }));
  });
});
