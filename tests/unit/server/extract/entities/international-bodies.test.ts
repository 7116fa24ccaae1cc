import { describe, expect, it } from "vitest";
import { internationalBodies } from "../../../../../server/extract/entities/international-bodies";
import { worldCountries } from "../../../../../server/extract/entities/world-countries";
import { mentionsBy } from "../../../../support/rules";

// Invented sentences; mentions as "id@surface" after overlaps are resolved.
describe("entity rule international-bodies", () => {
  it("reads international organisations and resolves their short forms", () => {
    expect(mentionsBy([internationalBodies], "亚投行与亚洲开发银行联合融资，世界海关组织提供支持。")).toEqual(
      [
        "Organization:亚洲基础设施投资银行@亚投行",
        "Organization:亚洲开发银行@亚洲开发银行",
        "Organization:世界海关组织@世界海关组织",
      ],
    );
    expect(mentionsBy([internationalBodies], "上合组织成员国和香港贸发局代表出席。")).toEqual([
      "Organization:上海合作组织@上合组织",
      "Organization:香港贸易发展局@香港贸发局",
    ]);
  });

  it("keeps the catalog's entry for a catalogued body", () => {
    expect(mentionsBy([internationalBodies], "世界银行发布报告。")).toEqual([
      "Organization:世界银行@世界银行",
    ]);
  });

  it("reads no body after another country or inside a longer word", () => {
    // (the country opens the chamber's name: entities/institution-places.ts drops it too)
    expect(mentionsBy([worldCountries, internationalBodies], "日本国际商会代表团访华。")).toEqual([]);
    expect(mentionsBy([internationalBodies], "联合国际物流企业共同发起。")).toEqual([]);
    expect(mentionsBy([internationalBodies], "两家公司联合国际伙伴投资。", false)).toEqual([]);
    expect(mentionsBy([internationalBodies], "东亚行业协会发布报告。", false)).toEqual([]);
    expect(mentionsBy([internationalBodies], "越南是亚行的创始成员国。", false)).toEqual([
      "Organization:亚洲开发银行@亚行",
    ]);
  });

  it("reads United Nations agencies and transport bodies by their full names and usual short forms", () => {
    expect(mentionsBy([internationalBodies], "联合国人居署与国际航协共同发布报告。", false)).toEqual([
      "Organization:联合国人类住区规划署@联合国人居署",
      "Organization:国际航空运输协会@国际航协",
    ]);
    expect(mentionsBy([internationalBodies], "联合国粮农组织和世界粮食计划署的代表出席。", false)).toEqual([
      "Organization:联合国粮食及农业组织@联合国粮农组织",
      "Organization:世界粮食计划署@世界粮食计划署",
    ]);
  });

  it("reads no bare 贸发局 as Hong Kong's body: other places have trade development offices too", () => {
    expect(mentionsBy([internationalBodies], "该国贸发局官员来访，介绍了投资环境。", false)).toEqual([]);
    expect(mentionsBy([internationalBodies], "多国贸发局代表出席论坛。", false)).toEqual([]);
  });
});
