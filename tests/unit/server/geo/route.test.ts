import { describe, expect, it } from "vitest";
import { orderStations, routeLine } from "../../../../server/geo/route";

const hohhot = { id: "City:呼和浩特", lon: 111.75, lat: 40.84 };
const erenhot = { id: "City:二连浩特", lon: 111.98, lat: 43.65 };
const manzhouli = { id: "City:满洲里", lon: 117.38, lat: 49.6 };
const mongolia = { id: "Country:蒙古国", lon: 111.5, lat: 46.6 };
const russia = { id: "Country:俄罗斯", lon: 115, lat: 53.6 };

describe("orderStations", () => {
  it("orders stations along a northward heading by latitude", () => {
    const ids = orderStations([russia, manzhouli, hohhot, mongolia, erenhot], 0).map((s) => s.id);
    expect(ids).toEqual([
      "City:呼和浩特",
      "City:二连浩特",
      "Country:蒙古国",
      "City:满洲里",
      "Country:俄罗斯",
    ]);
  });

  it("orders along a westward heading from east to west, and reverses with the opposite heading", () => {
    const west = orderStations([hohhot, manzhouli, erenhot], 270).map((s) => s.id);
    expect(west).toEqual(["City:满洲里", "City:二连浩特", "City:呼和浩特"]);
    expect(orderStations([hohhot, manzhouli, erenhot], 90).map((s) => s.id)).toEqual([...west].reverse());
  });

  it("is deterministic: ties are broken by id whatever the input order", () => {
    const a = { id: "Port:a", lon: 100, lat: 30 };
    const b = { id: "Port:b", lon: 100, lat: 30 };
    expect(orderStations([b, a], 0)).toEqual([a, b]);
    expect(orderStations([a, b], 0)).toEqual([a, b]);
  });
});

describe("routeLine", () => {
  it("gives one vertex per distinct point and keeps every station in order", () => {
    const area = { id: "Area:二连浩特片区", lon: 111.98, lat: 43.65 };
    const line = routeLine([manzhouli, area, erenhot, hohhot], 0);
    expect(line.coordinates).toEqual([
      [111.75, 40.84],
      [111.98, 43.65],
      [117.38, 49.6],
    ]);
    expect(line.stations).toEqual(["City:呼和浩特", "Area:二连浩特片区", "City:二连浩特", "City:满洲里"]);
  });

  it("gives no line without stations", () => {
    expect(routeLine([], 0)).toEqual({ coordinates: [], stations: [] });
  });
});
