import { describe, expect, it } from "vitest";
import { cityRole } from "../../../../../server/extract/relations/city-role";
import { relationsBy } from "../../../../support/rules";

// Invented sentences; relations as "TYPE:source->target", this rule only.
describe("relation rule city-role", () => {
  it("places a city in the province it is a gateway, hub or centre of", () => {
    expect(relationsBy([cityRole], "兰州市是甘肃省向西开放的重要门户，区位优势明显。")).toEqual([
      "LOCATED_IN:City:兰州->Province:甘肃省",
    ]);
    expect(relationsBy([cityRole], "喀什市作为新疆南部的交通枢纽和物流中心，发展迅速。")).toEqual([
      "LOCATED_IN:City:喀什->Province:新疆维吾尔自治区",
    ]);
  });

  it("gives nothing for another province's outlet, a role that is no city's, or a clause going on", () => {
    // (the catalog puts the city in another province)
    expect(relationsBy([cityRole], "钦州是云南最便捷的出海门户，货物由此出海。")).toEqual([]);
    // (an investor in a hub, no role of a city: the role word does not close the phrase)
    expect(relationsBy([cityRole], "成都是四川省物流中心的最大投资者。")).toEqual([]);
    // (the province only opens a longer phrase: no role closes the clause)
    expect(relationsBy([cityRole], "兰州市是甘肃省中心城市建设的受益者。")).toEqual([]);
  });
});
