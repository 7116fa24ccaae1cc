import neo4j from "neo4j-driver";
import { describe, expect, it } from "vitest";
import { dateProperties, integerIfWhole, parseDateInterval, parsePoint } from "../../../../server/time/dates";

describe("parseDateInterval", () => {
  it("reads a year, a month and a day as closed intervals of that precision", () => {
    expect(parseDateInterval("2023")).toEqual({ from: "2023-01-01", to: "2023-12-31", precision: "year" });
    expect(parseDateInterval("2023-07")).toEqual({
      from: "2023-07-01",
      to: "2023-07-31",
      precision: "month",
    });
    expect(parseDateInterval("2024-02")).toEqual({
      from: "2024-02-01",
      to: "2024-02-29",
      precision: "month",
    });
    expect(parseDateInterval("2026-04-09")).toEqual({
      from: "2026-04-09",
      to: "2026-04-09",
      precision: "day",
    });
  });
  it("reads Chinese and dotted spellings", () => {
    expect(parseDateInterval("2023年7月")).toEqual({
      from: "2023-07-01",
      to: "2023-07-31",
      precision: "month",
    });
    expect(parseDateInterval("2013年9月29日")?.from).toBe("2013-09-29");
    expect(parseDateInterval("2023.07")?.precision).toBe("month");
  });
  it("leaves 'or later' open at the end", () => {
    expect(parseDateInterval("2026-01 or later")).toEqual({
      from: "2026-01-01",
      to: null,
      precision: "month",
    });
    expect(parseDateInterval("2025年以后")).toEqual({ from: "2025-01-01", to: null, precision: "year" });
  });
  it("reads ranges, with the coarser precision", () => {
    expect(parseDateInterval("2025-01..2025-09")).toEqual({
      from: "2025-01-01",
      to: "2025-09-30",
      precision: "month",
    });
    expect(parseDateInterval("2024..2023")).toBeNull();
  });
  it("gives null for what is not a date", () => {
    for (const t of ["", "  ", "unknown", "2023-13", "2023-02-30", "1850", "21", null, undefined])
      expect(parseDateInterval(t)).toBeNull();
    expect(parsePoint("2023-07-01x")).toBeNull();
  });
});

describe("dateProperties", () => {
  it("writes Neo4j DATE values under the prefix", () => {
    const p = dateProperties("date", "2023-07");
    expect(neo4j.isDate(p.dateFrom)).toBe(true);
    expect(String(p.dateFrom)).toBe("2023-07-01");
    expect(String(p.dateTo)).toBe("2023-07-31");
    expect(p.datePrecision).toBe("month");
  });
  it("omits the end of an open interval and everything for a non-date", () => {
    const p = dateProperties("asOf", "2026-04 or later");
    expect(String(p.asOfFrom)).toBe("2026-04-01");
    expect("asOfTo" in p).toBe(false);
    expect(dateProperties("asOf", "n/a")).toEqual({});
  });
});

describe("integerIfWhole", () => {
  it("turns whole numbers into Neo4j integers and leaves the rest", () => {
    expect(neo4j.isInt(integerIfWhole(21))).toBe(true);
    expect(integerIfWhole(18.1)).toBe(18.1);
    expect(integerIfWhole("21")).toBe("21");
    expect(integerIfWhole(null)).toBeNull();
  });
});
