import { describe, expect, it } from "vitest";
import { ENTITY_RULES } from "../../../../../server/extract/entities/registry";
import { idsBy } from "../../../../support/rules";

const placeIds = (t: string) =>
  idsBy([...ENTITY_RULES], t).filter((id) => /^(City|Province|Country):/.test(id));

// Invented sentences: the filter runs after overlap resolution (recognize.ts), on every rule's places.
describe("places that open a street's name (entities/street-names.ts)", () => {
  it("drops a place before a compass word and 路 or 大街", () => {
    expect(placeIds("新开的书店就在福州东路上。")).toEqual([]);
    expect(placeIds("游行队伍经过云南南路和贵州北路。")).toEqual([]);
    expect(placeIds("夜市设在兰州西大街一带。")).toEqual([]);
    expect(placeIds("周末的福州路步行街格外热闹。")).toEqual([]);
    expect(placeIds("兰州路商圈新开了几家餐馆。")).toEqual([]);
  });

  it("keeps the place before a bare 路, before 路线, and in the clause", () => {
    expect(placeIds("福州东路线的公交车改道了。")).toContain("City:福州");
    expect(placeIds("一行人从福州出发，向东路过三个村庄。")).toContain("City:福州");
    expect(placeIds("企业在兰州路演，吸引了投资人。")).toContain("City:兰州");
  });

  it("keeps the place before a compass word and a word of 路 (路演, 路过, 路网), and a country before 中路", () => {
    expect(placeIds("公司高管在北京中路演，介绍新产品。")).toContain("Province:北京市");
    expect(placeIds("郑州东路过的车辆明显增多。")).toEqual(["City:郑州"]);
    expect(placeIds("兰州北路网建设加快推进。")).toEqual(["City:兰州"]);
    expect(placeIds("比赛第30分钟，巴西中路突破后破门得分。")).toEqual(["Country:巴西"]);
    expect(placeIds("阿根廷中路渗透，制造了多次威胁。")).toEqual(["Country:阿根廷"]);
    // a city's 中路 stays a street
    expect(placeIds("新店开在福州中路一带。")).toEqual([]);
  });

  it("keeps the place before a compass word and 路况, 路边, 路军 or 路游 (review20k 4)", () => {
    expect(placeIds("天津南路况良好，车流平稳。")).toContain("Province:天津市");
    expect(placeIds("甘肃西路军纪念馆迎来参观高峰。")).toContain("Province:甘肃省");
    expect(placeIds("新疆南路游线路推荐。")).toContain("Province:新疆维吾尔自治区");
  });
});
