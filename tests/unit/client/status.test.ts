import { describe, expect, it } from "vitest";
import {
  linkStrength,
  nodeStatus,
  ringDash,
  STATUS_RING,
  ZONE_STATUSES,
  zoneStatus,
} from "../../../client/src/model/status";

const applies = [{ type: "APPLIES_FOR", direction: "in" as const, count: 1 }];

describe("zone status", () => {
  it("a zone with an establishment date is established, whatever else points at it", () => {
    expect(
      zoneStatus({ type: "FreeTradeZone", properties: { established: "2019-08-02" }, degrees: applies }),
    ).toBe("established");
  });
  it("a zone without a date is applied for when an application points at it, else proposed", () => {
    expect(zoneStatus({ type: "FreeTradeZone", properties: {}, degrees: applies })).toBe("applied");
    expect(zoneStatus({ type: "FreeTradeZone", properties: {}, degrees: [] })).toBe("proposed");
  });
  it("a province that applies for a zone is flagged; other entities have no zone status", () => {
    expect(
      zoneStatus({
        type: "Province",
        properties: {},
        degrees: [{ type: "APPLIES_FOR", direction: "out", count: 2 }],
      }),
    ).toBe("applied");
    expect(zoneStatus({ type: "Province", properties: {}, degrees: [] })).toBeNull();
    expect(zoneStatus({ type: "Corridor", properties: {}, degrees: applies })).toBeNull();
  });
});

describe("status on the canvas", () => {
  it("reads the status the API puts on node attributes, and nothing else", () => {
    expect(nodeStatus({ type: "FreeTradeZone", status: "applied" })).toBe("applied");
    expect(nodeStatus({ type: "FreeTradeZone", status: "established" })).toBe("established");
    expect(nodeStatus({ type: "FreeTradeZone", status: "bogus" })).toBeNull();
    expect(nodeStatus({ type: "City" })).toBeNull();
  });
  it("draws the three statuses with three different rings", () => {
    const dashes = ZONE_STATUSES.map((s) => JSON.stringify(ringDash(STATUS_RING[s])));
    expect(new Set(dashes).size).toBe(3);
    expect(ringDash(STATUS_RING.established)).toEqual([]);
  });
});

describe("corridor link strength", () => {
  it("a sentence is strong, a chain through the zone's own place medium, a province or country weak", () => {
    expect(linkStrength("direct")).toBe("strong");
    for (const d of ["area", "port", "city"]) expect(linkStrength(d)).toBe("medium");
    expect(linkStrength("province")).toBe("weak");
    expect(linkStrength("country")).toBe("weak");
  });
});
