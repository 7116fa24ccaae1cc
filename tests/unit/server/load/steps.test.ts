import { describe, expect, it, vi } from "vitest";
import type { MemoryProbe } from "../../../../server/load/memoryProbe";
import { formatSteps, StepClock } from "../../../../server/load/steps";

describe("StepClock", () => {
  it("gives each step the time since the previous lap, and adds up a step that runs twice", () => {
    const now = vi.spyOn(performance, "now");
    now.mockReturnValue(1000);
    const clock = new StepClock();
    now.mockReturnValue(3500);
    clock.lap("validate");
    now.mockReturnValue(4000);
    clock.lap("write");
    now.mockReturnValue(4250);
    clock.lap("validate");
    now.mockRestore();
    expect(clock.steps).toEqual({ validate: 2.75, write: 0.5 });
  });
});

describe("StepClock with a memory probe", () => {
  it("keeps each step's memory peaks, the larger ones for a step that ran twice", () => {
    const peaks = [
      { rss: 10, heapUsed: 1, heapTotal: 2, external: 0, arrayBuffers: 0 },
      { rss: 30, heapUsed: 3, heapTotal: 4, external: 0, arrayBuffers: 0 },
      { rss: 20, heapUsed: 5, heapTotal: 6, external: 0, arrayBuffers: 0 },
    ];
    const probe = { take: () => peaks.shift() } as unknown as MemoryProbe;
    const clock = new StepClock(probe);
    clock.lap("validate");
    clock.lap("write");
    clock.lap("validate");
    expect(clock.memory.validate).toEqual({
      rss: 20,
      heapUsed: 5,
      heapTotal: 6,
      external: 0,
      arrayBuffers: 0,
    });
    expect(clock.memory.write?.rss).toBe(30);
  });
});

describe("formatSteps", () => {
  it("lists the steps in the order they ran, in seconds with one decimal", () => {
    expect(formatSteps({ validate: 2.75, write: 30.04, indexes: 0 })).toBe(
      "validate 2.8 s, write 30.0 s, indexes 0.0 s",
    );
  });
});
