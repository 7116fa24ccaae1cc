import { describe, expect, it } from "vitest";
import { listedFirms } from "../../../../../server/extract/entities/listed-firms";
import { mentionsBy } from "../../../../support/rules";

// Invented sentences; mentions as "id@surface" after overlaps are resolved.
describe("entity rule listed-firms", () => {
  it("reads the firms listed before 等多家重点企业", () => {
    expect(mentionsBy([listedFirms], "吸引了赣锋、晶科能源、欧菲光等多家重点企业入驻。")).toEqual([
      "Organization:赣锋@赣锋",
      "Organization:晶科能源@晶科能源",
      "Organization:欧菲光@欧菲光",
    ]);
  });

  it("starts the first firm after a resultative 到 (吸引到…)", () => {
    expect(mentionsBy([listedFirms], "展会吸引到赣锋、欧菲光等多家知名企业参展。")).toEqual([
      "Organization:赣锋@赣锋",
      "Organization:欧菲光@欧菲光",
    ]);
  });
});
