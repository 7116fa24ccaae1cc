/**
 * Boundary shapes of the map (bundled GeoJSON from @amcharts/amcharts5-geodata): polygons as projected
 * rings, kept only when they reach the map frame, and the affine step from projected coordinates to
 * screen pixels (sigma's graph → viewport transform is affine while the camera is not rotated).
 */
import { MAP_FRAME, project, type XY } from "./mapProjection";

type Position = number[];
export interface BoundaryFeature {
  properties: { id?: string; name?: string } | null;
  geometry: { type: string; coordinates: unknown } | null;
}
export interface BoundaryCollection {
  features: BoundaryFeature[];
}

/** Projected rings: flat [x0, y0, x1, y1, …] arrays. */
export type Ring = Float64Array;

/** The outer and inner rings of a Polygon or MultiPolygon (other geometries: none). */
export function ringsOf(geometry: BoundaryFeature["geometry"]): Position[][] {
  if (!geometry) return [];
  if (geometry.type === "Polygon") return geometry.coordinates as Position[][];
  if (geometry.type === "MultiPolygon") return (geometry.coordinates as Position[][][]).flat();
  return [];
}

/** True when some vertex of the ring lies within the frame widened by `margin` degrees. */
export function reachesFrame(ring: Position[], margin = 8, frame = MAP_FRAME): boolean {
  return ring.some(
    ([lon = 0, lat = 0]) =>
      lon >= frame.west - margin &&
      lon <= frame.east + margin &&
      lat >= frame.south - margin &&
      lat <= frame.north + margin,
  );
}

export function projectRing(ring: Position[]): Ring {
  const out = new Float64Array(ring.length * 2);
  ring.forEach(([lon = 0, lat = 0], i) => {
    const p = project({ lon, lat });
    out[2 * i] = p.x;
    out[2 * i + 1] = p.y;
  });
  return out;
}

/** Projected rings of a collection's features that reach the frame; `skip` drops features by id. */
export function shapesOf(c: BoundaryCollection, skip: (id: string) => boolean = () => false): Ring[] {
  const out: Ring[] = [];
  for (const f of c.features) {
    if (skip(f.properties?.id ?? "")) continue;
    for (const ring of ringsOf(f.geometry)) if (reachesFrame(ring)) out.push(projectRing(ring));
  }
  return out;
}

/** screen = origin + x·ex + y·ey, from three conversions of the current camera. */
export interface Affine {
  origin: XY;
  ex: XY;
  ey: XY;
}

export function affineFrom(toScreen: (p: XY) => XY): Affine {
  const o = toScreen({ x: 0, y: 0 });
  const a = toScreen({ x: 1, y: 0 });
  const b = toScreen({ x: 0, y: 1 });
  return { origin: o, ex: { x: a.x - o.x, y: a.y - o.y }, ey: { x: b.x - o.x, y: b.y - o.y } };
}

export function applyAffine(t: Affine, x: number, y: number): XY {
  return { x: t.origin.x + x * t.ex.x + y * t.ey.x, y: t.origin.y + x * t.ex.y + y * t.ey.y };
}
