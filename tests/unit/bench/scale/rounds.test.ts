import { describe, expect, it } from "vitest";
import {
  combineRounds,
  formatSpread,
  median,
  percentile,
  type RoundFigures,
  ratioSpread,
  roundFigures,
} from "../../../../bench/scale/rounds";

const round = (apiP99: number, floorP99: number, apiMax = apiP99, floorMax = floorP99): RoundFigures => ({
  apiP50: apiP99 / 2,
  apiP99,
  floorP50: floorP99 / 2,
  floorP99,
  apiMax,
  floorMax,
});

describe("bench rounds", () => {
  it("takes a percentile by nearest rank: p99 of 200 samples is the 3rd slowest", () => {
    const xs = Array.from({ length: 200 }, (_, i) => i + 1);
    expect(percentile(xs, 99)).toBe(198);
    expect(percentile(xs, 50)).toBe(100);
    expect(percentile([], 99)).toBeNaN();
  });

  it("takes the lower middle value as the median of an even count, never an average", () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2);
  });

  it("figures one round from its API and floor samples", () => {
    expect(roundFigures([1, 2, 3, 4], [5, 6, 7, 8])).toEqual({
      apiP50: 2,
      apiP99: 4,
      floorP50: 6,
      floorP99: 8,
      apiMax: 4,
      floorMax: 8,
    });
  });

  it("combines rounds by the median of each percentile and the slowest sample of all", () => {
    const c = combineRounds([round(10, 8, 50), round(30, 9, 31), round(12, 20, 13, 90)]);
    expect(c.apiP99).toBe(12);
    expect(c.floorP99).toBe(9);
    expect(c.apiMax).toBe(50);
    expect(c.floorMax).toBe(90);
  });

  it("computes a ratio round by round, so one stalled round moves only its own ratio", () => {
    // Round 2's API stalled: 40 against 10 is 4.0 in that round only; the median round says 1.1.
    const rounds = [round(11, 10), round(40, 10), round(9, 10)];
    const s = ratioSpread(
      rounds,
      rounds,
      (r) => r.apiP99,
      (r) => r.floorP99,
    );
    expect(s).toEqual({ median: 1.1, min: 0.9, max: 4, rounds: 3 });
    expect(formatSpread(s)).toBe("1.10 (0.90–4.00 over 3 rounds)");
    expect(formatSpread({ median: 1.5, min: 1.5, max: 1.5, rounds: 1 })).toBe("1.50");
  });

  it("pairs two cases' rounds by their index (measured at the same time)", () => {
    const supernode = [round(30, 1), round(100, 1), round(50, 1)];
    const degree10 = [round(20, 1), round(40, 1), round(20, 1)];
    expect(ratioSpread(supernode, degree10, (r) => r.apiP99).median).toBe(2.5);
  });
});
