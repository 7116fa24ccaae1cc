/**
 * GET /api/geo against the corpus graph: places with their curated coordinates, zone statuses,
 * corridors drawn through their stations (中蒙俄经济走廊 northwards from 二连浩特 and 满洲里), and
 * what cannot be drawn listed under `missing`. Validated by its zod schema.
 */
import request from "supertest";
import { beforeAll, describe, expect, it } from "vitest";
import { type CorridorFeature, GeoResponse, type PlaceFeature } from "../../../../contracts/geo";
import { startApiSuite } from "../../../support/apiSuite";

let geo: GeoResponse;
const suite = startApiSuite();

beforeAll(async () => {
  const r = await request(suite.app).get("/api/geo");
  expect(r.status).toBe(200);
  geo = GeoResponse.parse(r.body);
});

const point = (id: string) =>
  geo.features.find((f): f is PlaceFeature => f.id === id && f.geometry.type === "Point");
const line = (id: string) =>
  geo.features.find((f): f is CorridorFeature => f.id === id && f.geometry.type === "LineString");

describe("GET /api/geo", () => {
  it("places the border areas and ports of Inner Mongolia at their curated coordinates", () => {
    expect(point("Area:二连浩特片区")?.geometry.coordinates).toEqual([111.98, 43.65]);
    expect(point("Area:满洲里片区")?.geometry.coordinates).toEqual([117.38, 49.6]);
    expect(point("Port:满洲里口岸")?.properties).toMatchObject({ border: true, source: "crossing" });
    expect(point("City:二连浩特")?.properties).toMatchObject({ name: "二连浩特", nameEn: "Erenhot" });
  });

  it("gives zones their status: established (stated) or applied", () => {
    expect(point("FreeTradeZone:中国（内蒙古）自由贸易试验区")?.properties.status).toBe("established");
    const applied = geo.features.filter(
      (f) =>
        f.properties.type === "FreeTradeZone" &&
        "status" in f.properties &&
        f.properties.status === "applied",
    );
    expect(applied.length).toBeGreaterThan(0);
    expect(point("Province:内蒙古自治区")?.properties.status).toBeNull();
  });

  it("draws 中蒙俄经济走廊 from 呼和浩特 through 二连浩特 and 满洲里 northwards to Mongolia and Russia", () => {
    const c = line("Corridor:中蒙俄经济走廊");
    expect(c).toBeDefined();
    const stations = c?.properties.stations ?? [];
    expect(stations).toEqual(
      expect.arrayContaining(["Area:二连浩特片区", "Area:满洲里片区", "Country:蒙古国", "Country:俄罗斯"]),
    );
    const lats = (c?.geometry.coordinates ?? []).map(([, lat]) => lat);
    expect(lats).toEqual([...lats].sort((a, b) => a - b));
    expect(c?.geometry.coordinates).toContainEqual([111.98, 43.65]);
    expect(c?.geometry.coordinates).toContainEqual([117.38, 49.6]);
    expect(stations.at(-1)).toBe("Country:俄罗斯");
    expect(stations.indexOf("Area:二连浩特片区")).toBeLessThan(stations.indexOf("Area:满洲里片区"));
  });

  it("lists places without coordinates instead of guessing them", () => {
    const ids = geo.missing.map((m) => m.id);
    expect(ids).toContain("Country:亚洲");
    expect(geo.missing.find((m) => m.id === "Country:亚洲")?.reason).toBe("no coordinates");
    for (const f of geo.features) expect(ids).not.toContain(f.id);
    expect(geo.sources.crossing).toMatch(/border/);
  });

  it("is described in the OpenAPI document", async () => {
    const r = await request(suite.app).get("/api/openapi.json");
    expect(Object.keys(r.body.paths)).toContain("/api/geo");
  });
});
