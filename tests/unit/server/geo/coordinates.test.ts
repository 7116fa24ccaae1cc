import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { COORDINATES_FILE, loadCatalog } from "../../../../server/extract/catalog";
import {
  DEFAULT_COORDINATES_FILE,
  GeoDataError,
  loadCoordinates,
  parseCoordinates,
} from "../../../../server/geo/coordinates";

type Ring = [number, number][];
const require = createRequire(import.meta.url);
const world = require("@amcharts/amcharts5-geodata/json/worldLow.json") as {
  features: { properties: { id: string }; geometry: { type: string; coordinates: unknown } }[];
};

/** China's national outline (rings of the bundled world boundaries). */
function chinaRings(): Ring[] {
  const cn = world.features.find((f) => f.properties.id === "CN");
  if (!cn) throw new Error("no CN feature");
  const polys = (
    cn.geometry.type === "MultiPolygon" ? cn.geometry.coordinates : [cn.geometry.coordinates]
  ) as Ring[][];
  return polys.flat();
}

/** Distance in km from a point to the nearest segment of the rings (local equirectangular plane). */
function kmToOutline(lon: number, lat: number, rings: Ring[]): number {
  const kx = Math.cos((lat * Math.PI) / 180) * 111.2;
  let best = Number.POSITIVE_INFINITY;
  for (const ring of rings)
    for (let i = 1; i < ring.length; i++) {
      const [a0, a1] = ring[i - 1] as [number, number];
      const [b0, b1] = ring[i] as [number, number];
      const ax = (a0 - lon) * kx;
      const ay = (a1 - lat) * 111.2;
      const dx = (b0 - a0) * kx;
      const dy = (b1 - a1) * 111.2;
      const len = dx * dx + dy * dy;
      const t = len === 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / len));
      best = Math.min(best, Math.hypot(ax + t * dx, ay + t * dy));
    }
  return best;
}

const base = { description: "d", sources: { s: "a source" }, checked: [], corridors: [] };

describe("curated coordinates (data/catalog/coordinates.json)", () => {
  const coords = loadCoordinates();

  it("places every province, city, port and area of the catalog", () => {
    const catalog = loadCatalog();
    const places = ["Province", "City", "Port", "Area", "FreeTradeZone"];
    const unplaced = [...catalog.entities]
      .filter(([, e]) => places.includes(e.type))
      .map(([id]) => id)
      .filter((id) => !coords.positions.has(id));
    expect(unplaced).toEqual([]);
  });

  it("puts the land border crossings within 15 km of China's outline in the bundled boundaries", () => {
    const rings = chinaRings();
    const border = [...coords.positions].filter(([, p]) => p.border);
    expect(border.map(([id]) => id)).toEqual(
      expect.arrayContaining([
        "Port:二连浩特口岸",
        "Port:满洲里口岸",
        "Port:霍尔果斯口岸",
        "Port:友谊关口岸",
      ]),
    );
    for (const [id, p] of border) expect([id, kmToOutline(p.lon, p.lat, rings) < 15]).toEqual([id, true]);
    // The check can fail: an inland city is far from the border.
    expect(kmToOutline(114.31, 30.59, rings)).toBeGreaterThan(300);
  });

  it("places 二连浩特 south of 满洲里 and both in the north of China, areas at their city", () => {
    const erenhot = coords.positions.get("City:二连浩特");
    const manzhouli = coords.positions.get("City:满洲里");
    expect(erenhot).toMatchObject({ lon: 111.98, lat: 43.65, source: "wiki", schematic: false });
    expect(manzhouli).toMatchObject({ lon: 117.38, lat: 49.6 });
    expect(coords.positions.get("Area:二连浩特片区")).toMatchObject({
      lon: 111.98,
      lat: 43.65,
      at: "City:二连浩特",
    });
    expect(coords.positions.get("FreeTradeZone:中国（内蒙古）自由贸易试验区")).toMatchObject({ lat: 40.84 });
  });

  it("marks blocs and far regions schematic, placed beyond the border in their direction", () => {
    const russia = coords.positions.get("Country:俄罗斯");
    const asean = coords.positions.get("Country:东盟");
    const centralAsia = coords.positions.get("Country:中亚");
    expect(russia?.schematic).toBe(true);
    expect(russia?.lat).toBeGreaterThan(coords.positions.get("City:满洲里")?.lat ?? 90);
    expect(asean?.lat).toBeLessThan(coords.positions.get("Port:友谊关口岸")?.lat ?? 0);
    expect(centralAsia?.lon).toBeLessThan(coords.positions.get("City:喀什")?.lon ?? 0);
    expect(coords.positions.get("Country:德国")).toMatchObject({ schematic: true, at: "Country:欧洲" });
    // Regions containing China have no direction: left out, not guessed.
    expect(coords.positions.has("Country:亚洲")).toBe(false);
  });

  it("is not read as a catalog of entities", () => {
    expect(DEFAULT_COORDINATES_FILE.endsWith(COORDINATES_FILE)).toBe(true);
    expect(loadCatalog().entities.size).toBeGreaterThan(0);
    expect(JSON.parse(readFileSync(DEFAULT_COORDINATES_FILE, "utf8")).entries).toBeUndefined();
  });
});

describe("parseCoordinates", () => {
  const file = (places: unknown[]) => JSON.stringify({ ...base, places });

  it("follows `at` chains", () => {
    const c = parseCoordinates(
      file([
        { id: "City:甲", lon: 100, lat: 30, source: "s" },
        { id: "Area:甲片区", at: "City:甲" },
        { id: "FreeTradeZone:甲区", at: "Area:甲片区" },
      ]),
    );
    expect(c.positions.get("FreeTradeZone:甲区")).toEqual({
      lon: 100,
      lat: 30,
      source: "s",
      schematic: false,
      border: false,
      at: "Area:甲片区",
    });
  });

  it.each([
    ["invalid JSON", "{", /coordinates\.json: invalid JSON/],
    [
      "a place with both lon/lat and at",
      file([{ id: "City:甲", lon: 1, lat: 2, source: "s", at: "City:乙" }]),
      /either lon, lat and source, or at/,
    ],
    ["a latitude out of range", file([{ id: "City:甲", lon: 1, lat: 95, source: "s" }]), /places\.0\.lat/],
    [
      "an unknown source",
      file([{ id: "City:甲", lon: 1, lat: 2, source: "x" }]),
      /City:甲 names an unknown source "x"/,
    ],
    [
      "an `at` without coordinates",
      file([{ id: "Area:甲片区", at: "City:甲" }]),
      /Area:甲片区 is at City:甲, which has no coordinates/,
    ],
    [
      "a cycle",
      file([
        { id: "City:甲", at: "City:乙" },
        { id: "City:乙", at: "City:甲" },
      ]),
      /City:甲 is at itself/,
    ],
    [
      "a place listed twice",
      file([
        { id: "City:甲", lon: 1, lat: 2, source: "s" },
        { id: "City:甲", lon: 1, lat: 2, source: "s" },
      ]),
      /City:甲 is listed twice/,
    ],
  ])("rejects %s with an error naming it", (_what, text, message) => {
    expect(() => parseCoordinates(text)).toThrow(GeoDataError);
    expect(() => parseCoordinates(text)).toThrow(message);
  });
});
