import { describe, expect, it } from "vitest";
import type { Hop } from "../../../../server/services/pathSearch";
import { stepFrom } from "../../../../server/services/paths";

describe("stepFrom", () => {
  const hop = (id: string): Hop => ({ rel: `r-${id}`, id, degree: 1 });
  const known = new Map([
    ["a", [hop("b")]],
    ["c", []],
  ]);

  it("answers a frontier the known hops cover without asking", async () => {
    const asked: string[][] = [];
    const step = stepFrom(known, async (frontier) => {
      asked.push(frontier);
      return new Map();
    });
    expect(await step(["a", "c"], 100)).toEqual(
      new Map([
        ["a", [hop("b")]],
        ["c", []],
      ]),
    );
    expect(asked).toEqual([]);
  });

  it("asks for the whole frontier when one node is not known", async () => {
    const asked: [string[], number][] = [];
    const step = stepFrom(known, async (frontier, perNode) => {
      asked.push([frontier, perNode]);
      return null;
    });
    expect(await step(["a", "x"], 100)).toBeNull();
    expect(asked).toEqual([[["a", "x"], 100]]);
  });
});
