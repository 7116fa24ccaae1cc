/**
 * A corridor's line: its stations ordered along the corridor's heading. Each station is projected on
 * the heading (east-west distances shrunk by the cosine of the stations' mean latitude, as on the
 * ground); the line visits them by increasing projection, ties broken by id, and a station at a
 * point already visited shares its vertex. Deterministic: the same stations and heading give the same line.
 */

export interface Station {
  id: string;
  lon: number;
  lat: number;
}

/** Default heading of a corridor the coordinates file gives none: west to east. */
export const DEFAULT_HEADING = 90;

export function orderStations(stations: Station[], heading: number): Station[] {
  if (stations.length === 0) return [];
  const meanLat = stations.reduce((s, p) => s + p.lat, 0) / stations.length;
  const kx = Math.cos((meanLat * Math.PI) / 180);
  const h = (heading * Math.PI) / 180;
  const along = (p: Station) => Math.sin(h) * p.lon * kx + Math.cos(h) * p.lat;
  return [...stations].sort((a, b) => along(a) - along(b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** The line's vertices (ordered stations, one vertex per distinct point) and the stations in order. */
export function routeLine(
  stations: Station[],
  heading: number,
): { coordinates: [number, number][]; stations: string[] } {
  const ordered = orderStations(stations, heading);
  const coordinates: [number, number][] = [];
  const seen = new Set<string>();
  for (const s of ordered) {
    const key = `${s.lon},${s.lat}`;
    if (!seen.has(key)) coordinates.push([s.lon, s.lat]);
    seen.add(key);
  }
  return { coordinates, stations: ordered.map((s) => s.id) };
}
