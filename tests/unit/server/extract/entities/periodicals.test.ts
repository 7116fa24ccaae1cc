import { describe, expect, it } from "vitest";
import { periodicals } from "../../../../../server/extract/entities/periodicals";
import { mentionsBy } from "../../../../support/rules";

// Invented sentences; mentions as "id@surface" after overlaps are resolved.
describe("entity rule periodicals", () => {
  it("reads newspapers in 《》 and Latin-named magazines", () => {
    expect(mentionsBy([periodicals], "《经济日报》和Forbes杂志报道了此事。")).toEqual([
      "Organization:经济日报@经济日报",
      "Organization:Forbes杂志@Forbes杂志",
    ]);
  });

  it("reads news sites in 《》", () => {
    expect(mentionsBy([periodicals], "据《东方新闻网》报道，航线已开通。")).toEqual([
      "Organization:东方新闻网@东方新闻网",
    ]);
  });
});
