import neo4j from "neo4j-driver";
import { describe, expect, it } from "vitest";
import { BatchMeter } from "../../../../server/load/batchMeter";

describe("BatchMeter", () => {
  it("keeps the batch whose parameters are largest as UTF-8 JSON, with its records and label", () => {
    const meter = new BatchMeter();
    meter.observe({ cypher: "A", params: { rows: [{ id: "a" }] } }, 1, "Area nodes");
    meter.observe({ cypher: "B", params: { rows: [{ id: "自由贸易" }, { id: "b" }] } }, 2, "Policy nodes");
    meter.observe({ cypher: "C", params: { rows: [] } }, 0, "PART_OF relationships");
    // {"rows":[{"id":"自由贸易"},{"id":"b"}]}: 4 CJK characters of 3 bytes each.
    const expected = Buffer.byteLength(JSON.stringify({ rows: [{ id: "自由贸易" }, { id: "b" }] }));
    expect(meter.largest).toEqual({ records: 2, bytes: expected, what: "Policy nodes" });
    expect(expected).toBe(31 + 4 * 3);
  });

  it("counts a neo4j Integer as its number, not as {low, high}", () => {
    const meter = new BatchMeter();
    meter.observe({ cypher: "A", params: { n: neo4j.int(12345) } }, 1, "x");
    expect(meter.largest.bytes).toBe(Buffer.byteLength('{"n":12345}'));
  });

  it("reports nothing measured before the first batch", () => {
    expect(new BatchMeter().largest).toEqual({ records: 0, bytes: 0, what: "" });
  });
});
