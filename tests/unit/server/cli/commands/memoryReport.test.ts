import { describe, expect, it } from "vitest";
import { memoryLine as parseMemoryLine } from "../../../../../bench/scale/ingest";
import { memoryLine, peakRss, rssNow } from "../../../../../server/cli/commands/memoryReport";

const MB = 2 ** 20;

describe("memoryLine", () => {
  it("states the RSS over the baseline against the largest batch", () => {
    const line = memoryLine({
      baselineRssBytes: 100 * MB,
      peakRssBytes: 130 * MB,
      largestBatch: { records: 5000, bytes: 2 * MB, what: "PART_OF relationships" },
    });
    expect(line).toBe(
      "memory: peak RSS 130.0 MB, baseline 100.0 MB, load 30.0 MB; largest batch 5000 records (PART_OF relationships), 2.00 MB as JSON; load/batch 15.0×",
    );
  });

  it("says when no batch was measured (the bulk path)", () => {
    expect(memoryLine({ baselineRssBytes: 100 * MB, peakRssBytes: 90 * MB })).toBe(
      "memory: peak RSS 90.0 MB, baseline 100.0 MB, load 0.0 MB; no batch measured (bulk path or nothing written)",
    );
  });

  it("is read back by the ingest bench with the same figures", () => {
    const line = memoryLine({
      baselineRssBytes: 80 * MB,
      peakRssBytes: 200 * MB,
      largestBatch: { records: 4321, bytes: 3 * MB, what: "Entity (repeated) nodes" },
    });
    expect(parseMemoryLine(`done in 3.0 s\n${line}\n`)).toEqual({
      baselineRssMb: 80,
      loadRssMb: 120,
      largestBatchRecords: 4321,
      largestBatchMb: 3,
    });
    expect(parseMemoryLine(memoryLine({ baselineRssBytes: MB, peakRssBytes: MB }))).toBeNull();
  });

  it("adds the RSS above the idle baseline (driver connected, nothing read), which the bench reads back", () => {
    const line = memoryLine({
      baselineRssBytes: 180 * MB,
      idleRssBytes: 150 * MB,
      peakRssBytes: 250 * MB,
      largestBatch: { records: 5000, bytes: 2 * MB, what: "PART_OF relationships" },
    });
    expect(line).toMatch(
      /load\/batch 35\.0×; idle baseline 150\.0 MB, above idle 100\.0 MB = 50\.0× the batch$/,
    );
    expect(parseMemoryLine(`${line}\nmemory by step: write: RSS 250 MB\n`)).toEqual({
      baselineRssMb: 180,
      loadRssMb: 70,
      largestBatchRecords: 5000,
      largestBatchMb: 2,
      idleRssMb: 150,
      aboveIdleRssMb: 100,
    });
  });

  it("reads this process's RSS now and its peak, the peak never below the current RSS", () => {
    const now = rssNow();
    expect(now).toBeGreaterThan(0);
    expect(peakRss()).toBeGreaterThanOrEqual(now * 0.99);
  });
});
