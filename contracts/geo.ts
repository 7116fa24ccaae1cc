/**
 * Contracts of the offline map: the curated coordinates file (data/catalog/coordinates.json) and the
 * GeoJSON answer of GET /api/geo. Shared by the server (validation, OpenAPI) and the client.
 */
import { z } from "zod";

/** A node id of a place, `Type:name` as the extractor writes it (e.g. `City:二连浩特`). */
const PlaceId = z.string().regex(/^[A-Za-z]+:.+$/, "expected a node id written Type:name");

/** One place: either its own lon/lat, or `at` another place it sits at (an area at its city). */
export const CuratedPlace = z
  .object({
    id: PlaceId,
    lon: z.number().min(-180).max(180).optional(),
    lat: z.number().min(-90).max(90).optional(),
    at: PlaceId.optional(),
    /** A key of the file's `sources` (required with lon/lat; a place `at` another takes its source). */
    source: z.string().min(1).optional(),
    /** Not a real position: a bloc or far region drawn beyond the border in its direction. */
    schematic: z.boolean().optional(),
    /** A land border crossing, placed on the border. */
    border: z.boolean().optional(),
  })
  .strict()
  .refine((p) => (p.at === undefined) === (p.lon !== undefined && p.lat !== undefined && !!p.source), {
    message: "a place needs either lon, lat and source, or at (and not both)",
  });
export type CuratedPlace = z.infer<typeof CuratedPlace>;

export const CuratedCorridor = z
  .object({
    id: PlaceId,
    /** Compass heading of the route, degrees clockwise from north: stations are ordered along it. */
    heading: z.number().min(0).lt(360),
  })
  .strict();

export const CoordinatesFile = z
  .object({
    description: z.string(),
    sources: z.record(z.string(), z.string().min(1)),
    /** What was cross-checked, against what, with the differences found. */
    checked: z.array(z.string()),
    places: z.array(CuratedPlace),
    corridors: z.array(CuratedCorridor),
  })
  .strict();
export type CoordinatesFile = z.infer<typeof CoordinatesFile>;

/** A resolved position: `at` chains followed to a lon/lat. */
export interface Position {
  lon: number;
  lat: number;
  source: string;
  schematic: boolean;
  border: boolean;
  /** The place whose coordinates were used, when placed `at` another. */
  at: string | null;
}

// ---------- GET /api/geo ----------

const LonLat = z.tuple([z.number(), z.number()]);

export const PlaceFeature = z.object({
  type: z.literal("Feature"),
  id: z.string(),
  geometry: z.object({ type: z.literal("Point"), coordinates: LonLat }),
  properties: z.object({
    id: z.string(),
    type: z.string(),
    name: z.string(),
    nameEn: z.string().nullable(),
    /** Zones only: established (a dated claim says so) or applied (an APPLIES_FOR relation); else null. */
    status: z.enum(["established", "applied"]).nullable(),
    source: z.string(),
    schematic: z.boolean(),
    border: z.boolean(),
    at: z.string().nullable(),
  }),
});
export type PlaceFeature = z.infer<typeof PlaceFeature>;

export const CorridorFeature = z.object({
  type: z.literal("Feature"),
  id: z.string(),
  geometry: z.object({ type: z.literal("LineString"), coordinates: z.array(LonLat).min(2) }),
  properties: z.object({
    id: z.string(),
    type: z.literal("Corridor"),
    name: z.string(),
    nameEn: z.string().nullable(),
    heading: z.number(),
    /** The places the line goes through, in order (several places at one point share a vertex). */
    stations: z.array(z.string()),
  }),
});
export type CorridorFeature = z.infer<typeof CorridorFeature>;

export const MissingPlace = z.object({
  id: z.string(),
  type: z.string(),
  name: z.string(),
  nameEn: z.string().nullable(),
  reason: z.enum(["no coordinates", "fewer than two stations with coordinates"]),
});
export type MissingPlace = z.infer<typeof MissingPlace>;

export const GeoResponse = z.object({
  type: z.literal("FeatureCollection"),
  features: z.array(z.union([PlaceFeature, CorridorFeature])),
  missing: z.array(MissingPlace),
  sources: z.record(z.string(), z.string()),
});
export type GeoResponse = z.infer<typeof GeoResponse>;
