import { describe, expect, it } from "vitest";
import {
  frameBBox,
  MAP_FRAME,
  mercatorY,
  project,
  unproject,
} from "../../../../client/src/views/mapProjection";

describe("map projection (Web Mercator in degrees)", () => {
  it("keeps longitude and stretches latitude northwards", () => {
    expect(project({ lon: 111.98, lat: 0 }).x).toBe(111.98);
    expect(project({ lon: 111.98, lat: 0 }).y).toBeCloseTo(0, 9);
    expect(mercatorY(45)).toBeCloseTo(50.5, 1);
    expect(mercatorY(49.6)).toBeGreaterThan(mercatorY(43.65));
  });

  it("round-trips through unproject", () => {
    const p = unproject(project({ lon: 117.38, lat: 49.6 }));
    expect(p.lon).toBeCloseTo(117.38, 9);
    expect(p.lat).toBeCloseTo(49.6, 9);
  });

  it("clamps the poles instead of returning infinities", () => {
    expect(Number.isFinite(mercatorY(90))).toBe(true);
    expect(mercatorY(90)).toBe(mercatorY(85));
  });

  it("gives the frame as a bounding box in projected coordinates", () => {
    const b = frameBBox();
    expect(b.x).toEqual([MAP_FRAME.west, MAP_FRAME.east]);
    expect(b.y[0]).toBeCloseTo(mercatorY(MAP_FRAME.south), 9);
    expect(b.y[1]).toBeGreaterThan(MAP_FRAME.north);
  });
});
