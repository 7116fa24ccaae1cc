import { describe, expect, it } from "vitest";
import { hash53, IdSet } from "../../../../server/load/idset";

describe("IdSet", () => {
  it("remembers every id added, through many resizes, and nothing else", () => {
    const set = new IdSet();
    let added = 0;
    for (let i = 0; i < 50_000; i++) if (set.add(`City:${i}`)) added += 1;
    expect(added).toBe(50_000);
    expect(set.size).toBe(50_000);
    expect(set.add("City:123")).toBe(false);
    let found = 0;
    for (let i = 0; i < 50_000; i++) if (set.has(`City:${i}`)) found += 1;
    expect(found).toBe(50_000);
    let false_positives = 0;
    for (let i = 50_000; i < 100_000; i++) if (set.has(`City:${i}`)) false_positives += 1;
    expect(false_positives).toBe(0);
  });

  it("hashes to a positive integer below 2^53 that depends on every character", () => {
    const h = hash53("Area:二连浩特片区");
    expect(Number.isSafeInteger(h) && h > 0).toBe(true);
    expect(hash53("Area:二连浩特片区")).toBe(h);
    expect(hash53("Area:二连浩特片区 ")).not.toBe(h);
  });
});
