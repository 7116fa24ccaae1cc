import { describe, expect, it, vi } from "vitest";
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

describe("formatSteps", () => {
  it("lists the steps in the order they ran, in seconds with one decimal", () => {
    expect(formatSteps({ validate: 2.75, write: 30.04, indexes: 0 })).toBe(
      "validate 2.8 s, write 30.0 s, indexes 0.0 s",
    );
  });
});
