import { describe, expect, it } from "vitest";
import { NOT_A_PLACE_CHARS, TAIL_OF_NAME } from "../../../../../server/extract/entities/office-places";
import { readLexicon } from "../../../../../server/extract/lexicon";

describe("office-places shared words (data/lexicon/diplomatic-missions.json)", () => {
  const lex = readLexicon<{ notPlaceWords: string[]; nameTailChars: string[] }>("diplomatic-missions.json");

  it("reads the words that end a receiving place from notPlaceWords", () => {
    expect(lex.notPlaceWords.length).toBeGreaterThan(0);
    for (const w of lex.notPlaceWords) expect(NOT_A_PLACE_CHARS).toContain(w);
    expect(new RegExp(`[${NOT_A_PLACE_CHARS}]`).test("甲乙和丙")).toBe(true);
    expect(new RegExp(`[${NOT_A_PLACE_CHARS}]`).test("甲乙丙")).toBe(false);
  });

  it("reads the tail-of-name characters from nameTailChars", () => {
    for (const c of lex.nameTailChars) expect(TAIL_OF_NAME.test(c)).toBe(true);
    expect(TAIL_OF_NAME.test("甲")).toBe(false);
  });
});
