import { describe, expect, it } from "vitest";
import { extractDocument } from "../../../../../server/extract/index";
import { locatedAt } from "../../../../../server/extract/relations/located-at";
import { expectQuotesAtOffsets } from "../../../../support/extracted";
import { relationsBy } from "../../../../support/rules";

// Invented sentences; relations as "TYPE:source->target", this rule only.
describe("relation rule located-at", () => {
  it("places the name before 位于/地处/坐落于 in each place of the chain after it", () => {
    expect(relationsBy([locatedAt], "绥芬河口岸坐落于黑龙江省牡丹江市东部。")).toEqual([
      "LOCATED_IN:Port:绥芬河口岸->Province:黑龙江省",
      "LOCATED_IN:Port:绥芬河口岸->City:牡丹江",
    ]);
  });

  it("follows the chain across the suffix of a place written without it (地区, 自治州)", () => {
    expect(relationsBy([locatedAt], "卡拉苏口岸位于新疆喀什地区疏附县境内。")).toEqual([
      "LOCATED_IN:Port:卡拉苏口岸->Province:新疆维吾尔自治区",
      "LOCATED_IN:Port:卡拉苏口岸->City:喀什",
      "LOCATED_IN:Port:卡拉苏口岸->City:疏附县",
    ]);
    expect(relationsBy([locatedAt], "河口口岸位于云南省红河哈尼族彝族自治州河口县。")).toEqual([
      "LOCATED_IN:Port:河口口岸->Province:云南省",
      "LOCATED_IN:Port:河口口岸->City:红河",
      "LOCATED_IN:Port:河口口岸->City:河口县",
    ]);
  });

  it("places the name after 位于X的 (位于泸州的川南临港片区), and a clause's subject across a list it spans", () => {
    expect(relationsBy([locatedAt], "位于宜宾市东部的川南临港片区发展迅速。")).toEqual([
      "LOCATED_IN:Area:川南临港片区->City:宜宾",
    ]);
    expect(relationsBy([locatedAt], "大兴机场片区发展迅速，地处京、冀两地。")).toEqual([
      "LOCATED_IN:Area:大兴机场片区->Province:北京市",
      "LOCATED_IN:Area:大兴机场片区->Province:河北省",
    ]);
  });

  it("gives nothing for a span between places, a point relative to a list, or a named zone as container", () => {
    expect(relationsBy([locatedAt], "大兴机场片区位于北京和河北之间。")).toEqual([]);
    expect(relationsBy([locatedAt], "绥芬河口岸位于中国东北部。")).toEqual([]);
    // (nor the place the name already holds: name-internal.ts gives it)
    expect(relationsBy([locatedAt], "绥芬河口岸位于绥芬河市东部。")).toEqual([]);
    expect(relationsBy([locatedAt], "海南自由贸易港地处中国与东盟的地理中心。")).toEqual([]);
    expect(relationsBy([locatedAt], "中韩产业园位于烟台经济技术开发区内。")).toEqual([]);
  });

  it("quotes the placed name, the verb and the place", () => {
    const text = "绥芬河口岸坐落于黑龙江省牡丹江市东部。";
    const g = extractDocument("located.txt", text);
    const e = g.edges.find((x) => x.type === "LOCATED_IN" && x.target === "City:牡丹江");
    expect(e?.evidence[0]?.quote).toBe("绥芬河口岸坐落于黑龙江省牡丹江市");
    expectQuotesAtOffsets(g, text);
  });

  it("places nothing in a world region, nor a city or port abroad in its country (as foreign cities have none)", () => {
    expect(relationsBy([locatedAt], "长春地处东北亚的中心位置。")).toEqual([]);
    expect(relationsBy([locatedAt], "比雷埃夫斯港位于希腊南部。")).toEqual([]);
    // (a Chinese place in a Chinese province is placed as before)
    expect(relationsBy([locatedAt], "珲春口岸位于吉林省东部。")).toEqual([
      "LOCATED_IN:Port:珲春口岸->Province:吉林省",
    ]);
  });
});
