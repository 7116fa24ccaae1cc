import { describe, expect, it } from "vitest";
import { partnerLists } from "../../../../../server/extract/relations/partner-lists";
import { relationsBy } from "../../../../support/rules";

// Invented sentences; relations as "TYPE:source->target", this rule only.
describe("relation rule partner-lists", () => {
  it("gives the subject each partner of a group it has (已有A、B…N个自贸伙伴)", () => {
    expect(relationsBy([partnerLists], "目前，中国在非洲地区已有毛里求斯、埃及两个自贸伙伴。")).toEqual([
      "COOPERATES_WITH:Country:中国->Country:毛里求斯",
      "COOPERATES_WITH:Country:中国->Country:埃及",
    ]);
  });

  it("gives the subject each partner of a ranked group (前三大出口国分别为A、B与C)", () => {
    expect(relationsBy([partnerLists], "智利前三大出口国分别为中国、美国与日本。")).toEqual([
      "COOPERATES_WITH:Country:智利->Country:中国",
      "COOPERATES_WITH:Country:智利->Country:美国",
      "COOPERATES_WITH:Country:智利->Country:日本",
    ]);
  });

  it("gives nothing without the noun of partners after the list or the ranked group before it", () => {
    expect(relationsBy([partnerLists], "目前，中国已有毛里求斯、埃及两个试点。")).toEqual([]);
    expect(relationsBy([partnerLists], "智利的客人分别为中国、美国与日本的代表。")).toEqual([]);
  });
});
