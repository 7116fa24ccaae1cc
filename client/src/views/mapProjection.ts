/**
 * The map's projection: Web Mercator in degrees (x = longitude, y = Mercator latitude, north up),
 * the coordinates sigma draws the scene's nodes at in map mode. The frame is China and its border
 * lands, so the map's scale does not depend on which nodes are in the scene.
 */

export interface LonLat {
  lon: number;
  lat: number;
}
export interface XY {
  x: number;
  y: number;
}

const MAX_LAT = 85;
const RAD = Math.PI / 180;

/** West, east (longitude) and south, north (latitude) of the map frame, in degrees. */
export const MAP_FRAME = { west: 72, east: 136, south: 15, north: 54 };

export function mercatorY(lat: number): number {
  const phi = Math.max(-MAX_LAT, Math.min(MAX_LAT, lat)) * RAD;
  return Math.log(Math.tan(Math.PI / 4 + phi / 2)) / RAD;
}

export function project(p: LonLat): XY {
  return { x: p.lon, y: mercatorY(p.lat) };
}

export function unproject(p: XY): LonLat {
  return { lon: p.x, lat: (2 * Math.atan(Math.exp(p.y * RAD)) - Math.PI / 2) / RAD };
}

/** The frame in projected coordinates, as sigma's custom bounding box. */
export function frameBBox(frame = MAP_FRAME): { x: [number, number]; y: [number, number] } {
  return { x: [frame.west, frame.east], y: [mercatorY(frame.south), mercatorY(frame.north)] };
}
