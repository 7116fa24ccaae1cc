/**
 * The map: the graph's places that have curated coordinates as GeoJSON points (zones with their
 * status), corridors as lines through their stations, and every place or corridor that cannot be
 * drawn listed under `missing` — nothing is guessed.
 */
import type { CorridorFeature, GeoResponse, MissingPlace, PlaceFeature, Position } from "../../contracts/geo";
import { type Coordinates, loadCoordinates } from "../geo/coordinates";
import { DEFAULT_HEADING, routeLine, type Station } from "../geo/route";
import type { EntityRow } from "../repositories/fragments";
import type { CorridorStationsRow, GeoRepository } from "../repositories/geo";
import type { ViewsRepository } from "../repositories/views";

type Status = PlaceFeature["properties"]["status"];

export function placeFeature(e: EntityRow, pos: Position, status: Status): PlaceFeature {
  return {
    type: "Feature",
    id: e.id,
    geometry: { type: "Point", coordinates: [pos.lon, pos.lat] },
    properties: {
      id: e.id,
      type: e.type,
      name: e.name,
      nameEn: e.nameEn ?? null,
      status: e.type === "FreeTradeZone" ? status : null,
      source: pos.source,
      schematic: pos.schematic,
      border: pos.border,
      at: pos.at,
    },
  };
}

function missing(e: EntityRow, reason: MissingPlace["reason"]): MissingPlace {
  return { id: e.id, type: e.type, name: e.name, nameEn: e.nameEn ?? null, reason };
}

/** A corridor's line, or null when fewer than two distinct points of its stations are known. */
export function corridorFeature(row: CorridorStationsRow, coords: Coordinates): CorridorFeature | null {
  const stations: Station[] = [];
  for (const id of row.stations) {
    const p = coords.positions.get(id);
    if (p) stations.push({ id, lon: p.lon, lat: p.lat });
  }
  const heading = coords.headings.get(row.corridor.id) ?? DEFAULT_HEADING;
  const line = routeLine(stations, heading);
  if (line.coordinates.length < 2) return null;
  const c = row.corridor;
  return {
    type: "Feature",
    id: c.id,
    geometry: { type: "LineString", coordinates: line.coordinates },
    properties: {
      id: c.id,
      type: "Corridor",
      name: c.name,
      nameEn: c.nameEn ?? null,
      heading,
      stations: line.stations,
    },
  };
}

export function buildGeo(
  places: EntityRow[],
  corridors: CorridorStationsRow[],
  statuses: Map<string, "established" | "applied">,
  coords: Coordinates,
): GeoResponse {
  const features: GeoResponse["features"] = [];
  const absent: MissingPlace[] = [];
  for (const e of places) {
    const pos = coords.positions.get(e.id);
    if (pos) features.push(placeFeature(e, pos, statuses.get(e.id) ?? null));
    else absent.push(missing(e, "no coordinates"));
  }
  for (const row of corridors) {
    const f = corridorFeature(row, coords);
    if (f) features.push(f);
    else absent.push(missing(row.corridor, "fewer than two stations with coordinates"));
  }
  return { type: "FeatureCollection", features, missing: absent, sources: coords.sources };
}

export class GeoService {
  private coords: Coordinates | null = null;

  constructor(
    private readonly repo: GeoRepository,
    private readonly views: ViewsRepository,
    private readonly coordinates: () => Coordinates = loadCoordinates,
  ) {}

  async geo(): Promise<GeoResponse> {
    this.coords ??= this.coordinates();
    const [places, corridors, zones] = await Promise.all([
      this.repo.places(),
      this.repo.corridorStations(),
      this.views.zones({ from: null, to: "9999-12-31" }),
    ]);
    const statuses = new Map(zones.map((z) => [z.zone.id, z.status] as const));
    return buildGeo(places, corridors, statuses, this.coords);
  }
}
