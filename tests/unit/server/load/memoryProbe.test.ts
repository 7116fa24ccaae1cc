import { afterEach, describe, expect, it, vi } from "vitest";
import { formatMemorySteps, MemoryProbe, maxPeak } from "../../../../server/load/memoryProbe";

const MB = 2 ** 20;
const usage = (rss: number, heapUsed: number) => ({
  rss: rss * MB,
  heapUsed: heapUsed * MB,
  heapTotal: heapUsed * 2 * MB,
  external: 3 * MB,
  arrayBuffers: 1 * MB,
});

afterEach(() => vi.restoreAllMocks());

describe("MemoryProbe", () => {
  it("keeps the peak of every figure since the previous take, then starts over", () => {
    const mem = vi.spyOn(process, "memoryUsage");
    const probe = new MemoryProbe(60_000);
    mem.mockReturnValue(usage(200, 50) as never);
    probe.sample();
    mem.mockReturnValue(usage(150, 80) as never);
    probe.sample();
    mem.mockReturnValue(usage(120, 40) as never);
    const first = probe.take();
    expect(first.rss).toBe(200 * MB);
    expect(first.heapUsed).toBe(80 * MB);
    expect(first.heapTotal).toBe(160 * MB);
    expect(probe.take().rss).toBe(120 * MB);
    probe.stop();
  });
});

describe("maxPeak", () => {
  it("takes the larger figure of a step that ran twice", () => {
    const a = { rss: 5, heapUsed: 1, heapTotal: 2, external: 9, arrayBuffers: 0 };
    const b = { rss: 3, heapUsed: 4, heapTotal: 2, external: 1, arrayBuffers: 7 };
    expect(maxPeak(a, b)).toEqual({ rss: 5, heapUsed: 4, heapTotal: 2, external: 9, arrayBuffers: 7 });
    expect(maxPeak(undefined, b)).toBe(b);
  });
});

describe("formatMemorySteps", () => {
  it("prints each step's peaks in MB in the order the steps ran", () => {
    const u = usage(300, 100);
    expect(formatMemorySteps({ validate: u, write: usage(400, 150) })).toBe(
      "validate: RSS 300 MB, heap 100/200 MB, external 3 MB, array buffers 1 MB; write: RSS 400 MB, heap 150/300 MB, external 3 MB, array buffers 1 MB",
    );
  });
});
