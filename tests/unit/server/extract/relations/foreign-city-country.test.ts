import { describe, expect, it } from "vitest";
import { foreignCityCountry } from "../../../../../server/extract/relations/foreign-city-country";
import { relationsBy } from "../../../../support/rules";

// Invented sentences; relations as "TYPE:source->target", this rule only.
describe("relation rule foreign-city-country", () => {
  it("locates a foreign city written after its country", () => {
    expect(relationsBy([foreignCityCountry], "班列抵达德国的汉堡和哈萨克斯坦阿拉木图市。")).toEqual([
      "LOCATED_IN:City:汉堡->Country:德国",
      "LOCATED_IN:City:阿拉木图->Country:哈萨克斯坦",
    ]);
  });

  it("does not locate a Chinese city after a country", () => {
    expect(relationsBy([foreignCityCountry], "越南河口的货物抵达。")).toEqual([]);
  });
});
