import { describe, expect, it } from "vitest";
import type { CaseResult } from "../../../../bench/scale/queries";
import { formatReport, ratioOf, type ScaleReport } from "../../../../bench/scale/report";
import { combineRounds, type RoundFigures } from "../../../../bench/scale/rounds";

const round = (apiP99: number, floorP99: number): RoundFigures => ({
  apiP50: 1,
  apiP99,
  floorP50: 1,
  floorP99,
  apiMax: apiP99,
  floorMax: floorP99,
});

function caseOf(name: string, rounds: RoundFigures[]): CaseResult {
  return { name, n: 200, ...combineRounds(rounds), rounds, failures: 0, note: "" };
}

const rowOf = (text: string, name: string) => text.split("\n").find((l) => l.startsWith(`| ${name} `)) ?? "";

describe("scale report verdicts", () => {
  it("judges API/floor on the median round's ratio, not on the ratio of the medians", () => {
    // Medians: API p99 16, floor p99 20 (0.8 met); round by round 0.8, 2.0, 1.6: the median round misses.
    const q = caseOf("search 4-char prefix", [round(16, 20), round(10, 5), round(40, 25)]);
    expect(q.apiP99 / q.floorP99).toBe(0.8);
    expect(
      ratioOf(
        q,
        q,
        (r) => r.apiP99,
        (r) => r.floorP99,
      ).median,
    ).toBe(1.6);
    const text = formatReport({ scale: "t", machine: "m", date: "d", queries: [q] } as ScaleReport);
    expect(rowOf(text, "search 4-char prefix")).toContain("1.60 (0.80–2.00 over 3 rounds) (≤ 1.5 MISSED)");
    expect(text).toContain("the median over 3 rounds of 200 samples each");
  });

  it("judges a supernode against a degree-10 node round by round", () => {
    const d10 = caseOf("neighbourhood degree-10 depth 2 (cap 1000)", [
      round(20, 1),
      round(10, 1),
      round(20, 1),
    ]);
    const sn = caseOf("neighbourhood supernode depth 2 (cap 1000)", [
      round(30, 1),
      round(40, 1),
      round(44, 1),
    ]);
    // Rounds: 1.5, 4.0, 2.2 → median 2.2 (missed), though the medians' ratio, 40 / 20, is 2.0.
    const text = formatReport({ scale: "t", machine: "m", date: "d", queries: [d10, sn] } as ScaleReport);
    expect(rowOf(text, "neighbourhood supernode depth 2 (cap 1000)")).toContain(
      "(2.2 (1.5–4.0 over 3 rounds)× degree-10, ≤ 2× MISSED)",
    );
  });

  it("reads a report from before rounds with its one ratio", () => {
    const q: CaseResult = {
      name: "corridor zones",
      n: 200,
      apiP50: 1,
      apiP99: 12,
      floorP50: 1,
      floorP99: 10,
      note: "",
    };
    const text = formatReport({ scale: "t", machine: "m", date: "d", queries: [q] } as ScaleReport);
    expect(rowOf(text, "corridor zones")).toContain("1.20 (≤ 1.5 ok)");
    expect(text).toContain("one round of 200 samples");
  });
});
