import { describe, expect, it } from "vitest";
import { changesView, nameOfId } from "../../../../client/src/views/changesModel";
import type { ChangesResponse, DatedClaim } from "../../../../contracts/views";

const ev = (quote: string) => ({
  doc: "doc:a",
  docTitle: "T",
  docDate: "2023",
  passage: "p",
  start: 0,
  end: quote.length,
  quote,
  method: "pattern" as const,
});
const claim = (value: number, knownFrom: string): DatedClaim => ({
  id: `c${value}${knownFrom}`,
  subject: "Country:中国",
  predicate: "ftz_count",
  value,
  unit: "个",
  asOf: knownFrom.slice(0, 4),
  knownFrom,
  evidence: [ev(`${value}个自贸试验区`)],
});

const response: ChangesResponse = {
  from: "2023-12-31",
  to: "2026-04-30",
  addedEntities: [
    { id: "FreeTradeZone:内蒙古", name: "内蒙古自贸区", type: "FreeTradeZone", nameEn: null },
    { id: "Port:二连浩特", name: "二连浩特口岸", type: "Port", nameEn: null },
    { id: "Port:满洲里", name: "满洲里口岸", type: "Port", nameEn: null },
  ],
  addedRelations: [
    {
      id: "LINKED_PORT:FreeTradeZone:内蒙古->Port:二连浩特",
      type: "LINKED_PORT",
      source: "FreeTradeZone:内蒙古",
      target: "Port:二连浩特",
      evidence: [ev("二连浩特")],
    },
  ],
  removedRelations: [],
  changedClaims: [
    {
      subject: "Country:中国",
      predicate: "ftz_count",
      before: claim(21, "2023-09-01"),
      after: claim(23, "2026-04-01"),
    },
  ],
  conflicts: [
    {
      subject: "Country:中国",
      predicate: "ftz_count",
      claims: [claim(23, "2026-04-01"), claim(21, "2023-09-01"), claim(22, "2026-01-01")],
    },
  ],
};

describe("changesView", () => {
  it("puts a changed value's before and after side by side, each with its sentence", () => {
    const v = changesView(response);
    expect(v.changed).toHaveLength(1);
    expect(v.changed[0]?.subjectName).toBe("中国");
    expect(v.changed[0]?.sides.map((s) => s.value)).toEqual(["21 个", "23 个"]);
    expect(v.changed[0]?.sides[1]?.evidence[0]?.quote).toBe("23个自贸试验区");
  });
  it("orders conflicting claims by the date they are known from", () => {
    const v = changesView(response);
    expect(v.conflicts[0]?.sides.map((s) => s.value)).toEqual(["21 个", "22 个", "23 个"]);
  });
  it("groups added entities by type, largest group first, and names relation ends", () => {
    const v = changesView(response);
    expect(v.addedByType.map((g) => [g.type, g.entities.length])).toEqual([
      ["Port", 2],
      ["FreeTradeZone", 1],
    ]);
    expect(v.addedRelations[0]).toMatchObject({ sourceName: "内蒙古自贸区", targetName: "二连浩特口岸" });
    expect(v.empty).toBe(false);
  });
  it("says when nothing changed", () => {
    const v = changesView({
      ...response,
      addedEntities: [],
      addedRelations: [],
      changedClaims: [],
      conflicts: [],
    });
    expect(v.empty).toBe(true);
  });
  it("reads a display name out of an entity id", () => {
    expect(nameOfId("FreeTradeZone:中国（上海）自由贸易试验区")).toBe("中国（上海）自由贸易试验区");
    expect(nameOfId("plain")).toBe("plain");
  });
});
