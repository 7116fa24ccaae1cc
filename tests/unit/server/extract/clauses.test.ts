import { describe, expect, it } from "vitest";
import {
  clauseEnd,
  clauseOf,
  clauseStart,
  hanRunBefore,
  insideTitle,
  sentenceStart,
  titleOpenAt,
} from "../../../../server/extract/clauses";

describe("clause and sentence scanning", () => {
  const s = "甲地发展物流，乙地：聚焦金融；丙地。丁地建设港口！戊地";

  it("bounds a clause by commas, colons, semicolons and sentence ends (full and half width)", () => {
    expect(s.slice(...clauseOf(s, s.indexOf("物流")))).toBe("甲地发展物流");
    expect(s.slice(...clauseOf(s, s.indexOf("金融")))).toBe("聚焦金融");
    expect(clauseStart("a,b;c", 4)).toBe(4);
    expect(clauseEnd("a,b;c", 2)).toBe(3);
  });

  it("keeps going past a colon when asked", () => {
    const at = s.indexOf("乙地");
    expect(s.slice(at, clauseEnd(s, at, true))).toBe("乙地：聚焦金融");
  });

  it("finds the start of the sentence", () => {
    expect(s.slice(sentenceStart(s, s.indexOf("港口")))).toBe("丁地建设港口！戊地");
    expect(sentenceStart(s, s.indexOf("戊地"))).toBe(s.indexOf("戊地"));
    expect(sentenceStart(s, 3)).toBe(0);
  });

  it("measures the Han run before a position, up to a maximum", () => {
    expect(hanRunBefore("ab甲乙丙丁", 6, 10)).toBe(2);
    expect(hanRunBefore("ab甲乙丙丁", 6, 2)).toBe(4);
  });

  it("tells whether a position stands inside a 《》 title, and where the title opens", () => {
    const t = "甲市印发《乙区丙法》，丁地《戊";
    expect(insideTitle(t, t.indexOf("丙"))).toBe(true);
    expect(titleOpenAt(t, t.indexOf("丙"))).toBe(t.indexOf("《"));
    expect(insideTitle(t, t.indexOf("甲"))).toBe(false);
    expect(insideTitle(t, t.indexOf("丁"))).toBe(false);
    expect(titleOpenAt(t, t.indexOf("戊"))).toBe(t.lastIndexOf("《"));
  });
});
