/**
 * The curated coordinates (data/catalog/coordinates.json): read, validated, and resolved into one
 * position per place id (`at` chains followed). A bad file throws a GeoDataError naming the problem.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { CoordinatesFile, type Position } from "../../contracts/geo";
import { PROJECT_ROOT } from "../config";

export const DEFAULT_COORDINATES_FILE = path.join(PROJECT_ROOT, "data", "catalog", "coordinates.json");

export class GeoDataError extends Error {
  override name = "GeoDataError";
}

export interface Coordinates {
  positions: Map<string, Position>;
  headings: Map<string, number>;
  sources: Record<string, string>;
}

/** Follows `at` references to a place with its own lon/lat; unknown targets and cycles are errors. */
export function resolveCoordinates(file: CoordinatesFile): Coordinates {
  const byId = new Map<string, CoordinatesFile["places"][number]>();
  for (const p of file.places) {
    if (byId.has(p.id)) throw new GeoDataError(`coordinates: ${p.id} is listed twice`);
    if (p.source !== undefined && !(p.source in file.sources))
      throw new GeoDataError(`coordinates: ${p.id} names an unknown source "${p.source}"`);
    byId.set(p.id, p);
  }
  const positions = new Map<string, Position>();
  for (const p of file.places) {
    const seen = [p.id];
    let cur = p;
    while (cur.at !== undefined) {
      const next = byId.get(cur.at);
      if (!next) throw new GeoDataError(`coordinates: ${cur.id} is at ${cur.at}, which has no coordinates`);
      if (seen.includes(next.id))
        throw new GeoDataError(`coordinates: ${p.id} is at itself (${[...seen, next.id].join(" → ")})`);
      seen.push(next.id);
      cur = next;
    }
    positions.set(p.id, {
      lon: cur.lon as number,
      lat: cur.lat as number,
      source: cur.source as string,
      schematic: cur.schematic === true,
      border: p.border === true,
      at: p.at ?? null,
    });
  }
  const headings = new Map(file.corridors.map((c) => [c.id, c.heading]));
  return { positions, headings, sources: file.sources };
}

/** Parses and resolves a coordinates file's text; `name` is used in error messages. */
export function parseCoordinates(text: string, name = "coordinates.json"): Coordinates {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (err) {
    throw new GeoDataError(`${name}: invalid JSON (${(err as Error).message})`);
  }
  const parsed = CoordinatesFile.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new GeoDataError(`${name}: ${issue?.message ?? "invalid"} at ${issue?.path.join(".") || "(root)"}`);
  }
  return resolveCoordinates(parsed.data);
}

export function loadCoordinates(file = DEFAULT_COORDINATES_FILE): Coordinates {
  return parseCoordinates(readFileSync(file, "utf8"), path.basename(file));
}
