import { describe, expect, it } from "vitest";
import { occurrences } from "../../../../server/extract/occurrences";

describe("occurrences (shared scans of a passage)", () => {
  const words = ["出海口", "海口", ""];

  it("finds every place a word is written, overlapping ones too, word by word", () => {
    expect(occurrences("新出海口与海口", words)).toEqual([
      { at: 1, end: 4 },
      { at: 2, end: 4 },
      { at: 5, end: 7 },
    ]);
    expect(occurrences("口口口", ["口口"])).toEqual([
      { at: 0, end: 2 },
      { at: 1, end: 3 },
    ]);
  });

  it("answers for the text asked about, not the one scanned before", () => {
    expect(occurrences("出海口", words)).toHaveLength(2);
    expect(occurrences("南洋", words)).toEqual([]);
    expect(occurrences("出海口", words)).toHaveLength(2);
  });

  it("keeps one scan per list of words", () => {
    const other = ["南洋"];
    expect(occurrences("南洋出海口", other)).toEqual([{ at: 0, end: 2 }]);
    expect(occurrences("南洋出海口", words)).toHaveLength(2);
    expect(occurrences("南洋出海口", other)).toEqual([{ at: 0, end: 2 }]);
  });
});
