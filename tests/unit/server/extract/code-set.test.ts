import { describe, expect, it } from "vitest";
import { CodeSet } from "../../../../server/extract/code-set";

describe("CodeSet", () => {
  const set = CodeSet.of(["粤", "港", "A", "京津"]);

  it("holds the one-character strings it was made of", () => {
    expect(set.hasChar("粤")).toBe(true);
    expect(set.has("港".charCodeAt(0))).toBe(true);
    expect(set.hasChar("A")).toBe(true);
  });

  it("holds nothing else: other characters, longer strings, the empty string, no code", () => {
    expect(set.hasChar("澳")).toBe(false);
    expect(set.hasChar("京")).toBe(false);
    expect(set.hasChar("京津")).toBe(false);
    expect(set.hasChar("")).toBe(false);
    expect(set.has("".charCodeAt(0))).toBe(false);
    expect(set.has(-1)).toBe(false);
  });

  it("takes codes added later, at both ends of the range", () => {
    const grown = new CodeSet();
    grown.add(0);
    grown.add(0xffff);
    expect(grown.has(0)).toBe(true);
    expect(grown.has(0xffff)).toBe(true);
    expect(grown.has(1)).toBe(false);
  });
});
