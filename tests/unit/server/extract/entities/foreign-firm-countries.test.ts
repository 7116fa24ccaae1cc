import { describe, expect, it } from "vitest";
import { ENTITY_RULES } from "../../../../../server/extract/entities/registry";
import { mentionsBy } from "../../../../support/rules";

// Invented sentences; mentions as "id@surface" after every entity rule and the post-passes.
const orgsAndCountries = (text: string) =>
  mentionsBy([...ENTITY_RULES], text).filter((m) => /^(Organization|Country):/.test(m));

describe("foreign-firm-countries", () => {
  it("names a brand-led firm without the foreign country written before it, the country its own mention", () => {
    expect(orgsAndCountries("昆明一家物流企业与瑞典弗洛姆集团签订运输协议。")).toEqual(
      expect.arrayContaining(["Organization:弗洛姆集团@弗洛姆集团", "Country:瑞典@瑞典"]),
    );
    expect(orgsAndCountries("昆明一家物流企业与瑞典弗洛姆集团签订运输协议。")).not.toContain(
      "Organization:瑞典弗洛姆集团@瑞典弗洛姆集团",
    );
  });

  it("keeps the country where the rest opens with a common word, and a registered legal-form name whole", () => {
    expect(orgsAndCountries("俄罗斯铁路公司开行了新的班列。")).toContain(
      "Organization:俄罗斯铁路公司@俄罗斯铁路公司",
    );
    expect(orgsAndCountries("该园区与智利弗洛姆贸易有限公司签署协议。")).toContain(
      "Organization:智利弗洛姆贸易有限公司@智利弗洛姆贸易有限公司",
    );
  });
});
