import { describe, expect, it } from "vitest";
import { zoneStatus } from "../../../client/src/model/status";

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
