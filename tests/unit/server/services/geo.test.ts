import { describe, expect, it } from "vitest";
import { GeoResponse } from "../../../../contracts/geo";
import { parseCoordinates } from "../../../../server/geo/coordinates";
import { buildGeo } from "../../../../server/services/geo";

const coords = parseCoordinates(
  JSON.stringify({
    description: "test",
    sources: { wiki: "city centres", schematic: "beyond the border" },
    checked: [],
    places: [
      { id: "City:二连浩特", lon: 111.98, lat: 43.65, source: "wiki" },
      { id: "Area:二连浩特片区", at: "City:二连浩特" },
      { id: "City:呼和浩特", lon: 111.75, lat: 40.84, source: "wiki" },
      { id: "FreeTradeZone:内蒙古区", at: "City:呼和浩特" },
      { id: "Country:蒙古国", lon: 111.5, lat: 46.6, source: "schematic", schematic: true },
    ],
    corridors: [{ id: "Corridor:中蒙俄经济走廊", heading: 0 }],
  }),
);
const e = (id: string, nameEn: string | null = null) => ({
  id,
  type: id.split(":")[0] ?? "",
  name: id.split(":")[1] ?? "",
  nameEn,
  degree: 1,
  aliases: [],
});

describe("buildGeo", () => {
  const geo = buildGeo(
    [
      e("Area:二连浩特片区", "Erenhot Area"),
      e("FreeTradeZone:内蒙古区"),
      e("Country:蒙古国"),
      e("City:无名"),
    ],
    [
      {
        corridor: e("Corridor:中蒙俄经济走廊"),
        stations: ["Country:蒙古国", "Area:二连浩特片区", "FreeTradeZone:内蒙古区"],
      },
      { corridor: e("Corridor:短线"), stations: ["Area:二连浩特片区", "City:无名"] },
    ],
    new Map([["FreeTradeZone:内蒙古区", "applied" as const]]),
    coords,
  );

  it("is a valid GeoJSON answer", () => {
    expect(GeoResponse.parse(geo)).toEqual(geo);
  });

  it("gives places with coordinates as points, zones with their status", () => {
    const area = geo.features.find((f) => f.id === "Area:二连浩特片区");
    expect(area).toMatchObject({
      geometry: { type: "Point", coordinates: [111.98, 43.65] },
      properties: {
        nameEn: "Erenhot Area",
        status: null,
        source: "wiki",
        at: "City:二连浩特",
        schematic: false,
      },
    });
    const zone = geo.features.find((f) => f.id === "FreeTradeZone:内蒙古区");
    expect(zone?.properties).toMatchObject({ status: "applied" });
    expect(geo.features.find((f) => f.id === "Country:蒙古国")?.properties).toMatchObject({
      schematic: true,
    });
  });

  it("draws a corridor through its stations along its heading", () => {
    const line = geo.features.find((f) => f.id === "Corridor:中蒙俄经济走廊");
    expect(line?.geometry).toEqual({
      type: "LineString",
      coordinates: [
        [111.75, 40.84],
        [111.98, 43.65],
        [111.5, 46.6],
      ],
    });
  });

  it("lists what cannot be drawn instead of guessing", () => {
    expect(geo.missing).toEqual([
      { id: "City:无名", type: "City", name: "无名", nameEn: null, reason: "no coordinates" },
      {
        id: "Corridor:短线",
        type: "Corridor",
        name: "短线",
        nameEn: null,
        reason: "fewer than two stations with coordinates",
      },
    ]);
  });
});
