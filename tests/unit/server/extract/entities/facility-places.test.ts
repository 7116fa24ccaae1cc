import { describe, expect, it } from "vitest";
import { ENTITY_RULES } from "../../../../../server/extract/entities/registry";
import { idsBy } from "../../../../support/rules";

const placeIds = (t: string) =>
  idsBy([...ENTITY_RULES], t).filter((id) => /^(City|Province|Country):/.test(id));

// Invented sentences: runs after overlap resolution (recognize.ts), on every rule's places.
describe("places that open a venue's or an institution's name (entities/facility-places.ts)", () => {
  it("drops a city, province or country written right before a venue's head", () => {
    expect(placeIds("书画展在大同博物馆开幕，观众排起长队。")).toEqual([]);
    expect(placeIds("决赛改在苏州体育中心进行。")).toEqual([]);
    expect(placeIds("湖南省博物馆借出三件铜器。")).toEqual([]);
    expect(placeIds("中国丝绸博物馆推出新展。")).toEqual([]);
  });

  it("drops the place through an admin suffix or two characters of the name (敦煌市博物馆, 嘉峪关长城博物馆)", () => {
    expect(placeIds("嘉峪关长城博物馆与武汉市图书馆联合办展。")).toEqual([]);
  });

  it("keeps a place that the clause, not the name, joins to the venue", () => {
    expect(placeIds("北京的博物馆周一闭馆。")).toContain("Province:北京市");
    expect(placeIds("投资方计划在上海建设科技馆。")).toContain("Province:上海市");
    expect(placeIds("广州和深圳的图书馆延长开放时间。")).toEqual(["City:广州", "City:深圳"]);
    expect(placeIds("大同博物馆的藏品来自大同各县。")).toContain("City:大同");
  });
});
