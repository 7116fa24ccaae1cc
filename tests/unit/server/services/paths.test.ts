import { describe, expect, it } from "vitest";
import { PATH_BUDGET } from "../../../../server/repositories/paths";
import type { SearchResult } from "../../../../server/services/pathSearch";
import { noPathCode, noPathReason } from "../../../../server/services/paths";

const result = (r: Partial<SearchResult>): SearchResult => ({
  paths: [],
  truncated: false,
  deadline: false,
  read: 0,
  steps: 1,
  ...r,
});

describe("the no-path reason's code", () => {
  it("names the case the text describes, with the numbers the text gives", () => {
    const none = result({ read: 5 });
    expect(noPathCode(none)).toEqual({ reasonCode: "noPath" });
    expect(noPathReason("typed path", 4, none)).toBe("no typed path within 4 hops");
    const capped = result({ truncated: true, read: 812 });
    expect(noPathCode(capped)).toEqual({
      reasonCode: "capped",
      reasonFacts: { read: 812, perNode: PATH_BUDGET.perNode, budget: PATH_BUDGET.budget },
    });
    expect(noPathReason("typed path", 4, capped)).toContain(
      `among the 812 relationships read (at most ${PATH_BUDGET.perNode} per node, ${PATH_BUDGET.budget} in all)`,
    );
    const late = result({ deadline: true, truncated: true });
    expect(noPathCode(late)).toEqual({ reasonCode: "deadline", reasonFacts: { seconds: 3 } });
    expect(noPathReason("typed path", 4, late)).toMatch(/stopped at its 3 s deadline/);
    // The first step (both ends) did not finish in time.
    expect(noPathCode(null).reasonCode).toBe("deadline");
  });
});
