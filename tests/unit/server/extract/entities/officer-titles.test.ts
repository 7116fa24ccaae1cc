import { describe, expect, it } from "vitest";
import { DEPUTY_LEAD, officerTitle } from "../../../../../server/extract/entities/officer-titles";

// Invented titles.
describe("officer titles (titles.json officers and deputyMarks)", () => {
  it("reads a title with its deputy mark, a rule's own title, and a lookahead written after each word", () => {
    const title = new RegExp(`^${officerTitle(["处长"])}$`);
    expect(["局长", "副局长", "常务副局长", "处长", "副处长"].filter((t) => title.test(t))).toHaveLength(5);
    expect(title.test("副组长")).toBe(false);
    const marked = new RegExp(`^${officerTitle([], (t) => `${t}(?!甲)`)}`);
    expect(marked.test("局长甲")).toBe(false);
    expect(marked.test("局长乙")).toBe(true);
  });

  it("cuts a deputy mark off a title", () => {
    expect("常务副局长".replace(DEPUTY_LEAD, "")).toBe("局长");
    expect("副主任".replace(DEPUTY_LEAD, "")).toBe("主任");
  });
});
