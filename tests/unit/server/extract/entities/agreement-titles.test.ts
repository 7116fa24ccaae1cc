import { describe, expect, it } from "vitest";
import { agreementTitles } from "../../../../../server/extract/entities/agreement-titles";
import { mentionsBy } from "../../../../support/rules";

// Invented sentences; mentions as "id@surface" after overlaps are resolved.
describe("entity rule agreement-titles", () => {
  it("reads agreement titles in 《》, catalogued or not", () => {
    expect(
      mentionsBy([agreementTitles], "企业用好《中国—东盟全面经济合作框架协议》和《某国投资保护协定》。"),
    ).toEqual([
      "Agreement:中国-东盟全面经济合作框架协议@中国—东盟全面经济合作框架协议",
      "Agreement:某国投资保护协定@某国投资保护协定",
    ]);
  });
});
