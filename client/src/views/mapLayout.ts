/**
 * The map as another layout of the same scene: each scene node that is a place with coordinates goes
 * to its projected position; nodes at the same point (a zone, its city and its area) are spread on a
 * small circle around it, in id order, so that each stays visible and clickable. Nodes without
 * coordinates are returned as `unplaced` (listed beside the map, hidden on it), never guessed.
 */
import type { GeoResponse, PlaceFeature } from "../../../contracts/geo";
import { project, type XY } from "./mapProjection";

export function placesOf(geo: GeoResponse): Map<string, PlaceFeature> {
  const out = new Map<string, PlaceFeature>();
  for (const f of geo.features) if (f.geometry.type === "Point") out.set(f.id, f as PlaceFeature);
  return out;
}

export interface MapLayout {
  positions: Map<string, XY>;
  unplaced: string[];
}

/** `spread` is the radius (projected degrees) of the circle that co-located nodes share. */
export function mapLayout(nodes: string[], places: Map<string, PlaceFeature>, spread: number): MapLayout {
  const groups = new Map<string, string[]>();
  const unplaced: string[] = [];
  for (const id of [...nodes].sort()) {
    const f = places.get(id);
    if (!f) {
      unplaced.push(id);
      continue;
    }
    const key = f.geometry.coordinates.join(",");
    groups.set(key, [...(groups.get(key) ?? []), id]);
  }
  const positions = new Map<string, XY>();
  for (const ids of groups.values()) {
    const first = places.get(ids[0] as string) as PlaceFeature;
    const [lon, lat] = first.geometry.coordinates;
    const c = project({ lon, lat });
    if (ids.length === 1) {
      positions.set(ids[0] as string, c);
      continue;
    }
    ids.forEach((id, i) => {
      const a = (2 * Math.PI * i) / ids.length + Math.PI / 2;
      positions.set(id, { x: c.x + spread * Math.cos(a), y: c.y + spread * Math.sin(a) });
    });
  }
  return { positions, unplaced };
}
