import { describe, expect, it } from "vitest";
import { pollUntil, type Timer } from "../../../../client/src/ui/recovery";

/** A timer the test advances by hand: `fire()` runs the pending callback. */
function manualTimer() {
  let pending: (() => void) | null = null;
  const delays: number[] = [];
  const timer: Timer = {
    set: (fn, ms) => {
      pending = fn;
      delays.push(ms);
      return delays.length;
    },
    clear: () => {
      pending = null;
    },
  };
  const fire = async () => {
    const fn = pending;
    pending = null;
    fn?.();
    await new Promise((r) => setTimeout(r, 0));
  };
  return { timer, fire, delays, hasPending: () => pending !== null };
}

describe("pollUntil", () => {
  it("asks until the database answers (failures and rejections included), then restarts once", async () => {
    const answers: (boolean | Error)[] = [false, new Error("503"), true];
    let restarts = 0;
    const t = manualTimer();
    pollUntil(
      async () => {
        const a = answers.shift();
        if (a instanceof Error) throw a;
        return a ?? true;
      },
      () => restarts++,
      5000,
      t.timer,
    );
    await t.fire();
    await t.fire();
    expect(restarts).toBe(0);
    await t.fire();
    expect(restarts).toBe(1);
    expect(t.hasPending()).toBe(false);
    expect(t.delays).toEqual([5000, 5000, 5000]);
  });

  it("stops asking when stopped", async () => {
    let probes = 0;
    const t = manualTimer();
    const stop = pollUntil(
      async () => {
        probes++;
        return false;
      },
      () => {},
      5000,
      t.timer,
    );
    await t.fire();
    stop();
    await t.fire();
    expect(probes).toBe(1);
    expect(t.hasPending()).toBe(false);
  });
});
