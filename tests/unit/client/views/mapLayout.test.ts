import { describe, expect, it } from "vitest";
import { mapLayout, placesOf } from "../../../../client/src/views/mapLayout";
import { project } from "../../../../client/src/views/mapProjection";
import type { GeoResponse, PlaceFeature } from "../../../../contracts/geo";

const place = (id: string, lon: number, lat: number): PlaceFeature => ({
  type: "Feature",
  id,
  geometry: { type: "Point", coordinates: [lon, lat] },
  properties: {
    id,
    type: id.split(":")[0] ?? "",
    name: id,
    nameEn: null,
    status: null,
    source: "wiki",
    schematic: false,
    border: false,
    at: null,
  },
});

const geo: GeoResponse = {
  type: "FeatureCollection",
  features: [
    place("City:二连浩特", 111.98, 43.65),
    place("Area:二连浩特片区", 111.98, 43.65),
    place("City:满洲里", 117.38, 49.6),
    {
      type: "Feature",
      id: "Corridor:中蒙俄经济走廊",
      geometry: {
        type: "LineString",
        coordinates: [
          [111.98, 43.65],
          [117.38, 49.6],
        ],
      },
      properties: {
        id: "Corridor:中蒙俄经济走廊",
        type: "Corridor",
        name: "中蒙俄经济走廊",
        nameEn: null,
        heading: 0,
        stations: [],
      },
    },
  ],
  missing: [],
  sources: {},
};

describe("placesOf", () => {
  it("indexes the point features only", () => {
    expect([...placesOf(geo).keys()]).toEqual(["City:二连浩特", "Area:二连浩特片区", "City:满洲里"]);
  });
});

describe("mapLayout", () => {
  const layout = mapLayout(
    ["City:满洲里", "Corridor:中蒙俄经济走廊", "City:二连浩特", "Area:二连浩特片区", "Agreement:RCEP"],
    placesOf(geo),
    0.5,
  );

  it("puts a node alone at its point at the projected coordinates", () => {
    expect(layout.positions.get("City:满洲里")).toEqual(project({ lon: 117.38, lat: 49.6 }));
  });

  it("spreads nodes at one point on a circle of the given radius around it, in id order", () => {
    const c = project({ lon: 111.98, lat: 43.65 });
    const a = layout.positions.get("Area:二连浩特片区");
    const b = layout.positions.get("City:二连浩特");
    for (const p of [a, b]) expect(Math.hypot((p?.x ?? 0) - c.x, (p?.y ?? 0) - c.y)).toBeCloseTo(0.5, 9);
    expect(a).not.toEqual(b);
    // The first id (Area:…) sits straight above the point.
    expect(a?.x).toBeCloseTo(c.x, 9);
    expect(a?.y).toBeCloseTo(c.y + 0.5, 9);
  });

  it("lists the nodes without coordinates, in id order, and places none of them", () => {
    expect(layout.unplaced).toEqual(["Agreement:RCEP", "Corridor:中蒙俄经济走廊"]);
    expect(layout.positions.has("Agreement:RCEP")).toBe(false);
  });

  it("is the same whatever the order of the scene's nodes", () => {
    const again = mapLayout(
      ["Area:二连浩特片区", "Agreement:RCEP", "City:二连浩特", "City:满洲里", "Corridor:中蒙俄经济走廊"],
      placesOf(geo),
      0.5,
    );
    expect(again).toEqual(layout);
  });
});
