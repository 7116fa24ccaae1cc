import { describe, expect, it } from "vitest";
import { insideWord } from "../../../../server/extract/inside-words";

// Invented phrases: [cs, ce) is the span of a name the rules found.
describe("common words that hold a catalogued name (inside-words.ts)", () => {
  it("reads a longer common word over the name (出海口 over 海口, 北海道 over 北海)", () => {
    expect(insideWord("新的出海口建成", 3, 5)).toBe(true);
    expect(insideWord("飞往北海道滑雪", 2, 4)).toBe(true);
    expect(insideWord("海口港新建码头", 0, 2)).toBe(false);
  });

  it("reads no inside word where its own listed exception runs past its end (北海道路, 北海道德)", () => {
    expect(insideWord("北海道路拓宽", 0, 2)).toBe(false);
    expect(insideWord("北海道德讲堂开讲", 0, 2)).toBe(false);
    // a longer inside word still holds the name (北海道路线)
    expect(insideWord("北海道路线推荐", 0, 2)).toBe(true);
  });
});
