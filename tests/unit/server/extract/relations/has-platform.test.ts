import { describe, expect, it } from "vitest";
import { extractDocument } from "../../../../../server/extract/index";
import { hasPlatform } from "../../../../../server/extract/relations/has-platform";
import { relationsBy } from "../../../../support/rules";

// Invented sentences; relations as "TYPE:source->target", this rule only.
describe("relation rule has-platform", () => {
  it("gives a platform to the subject that has it", () => {
    expect(relationsBy([hasPlatform], "江西省拥有南昌综合保税区。")).toEqual([
      "HAS_PLATFORM:Province:江西省->DevZone:南昌综合保税区",
    ]);
  });

  it("takes the subject before the platform word of the clause, not a place inside a listed item", () => {
    expect(
      relationsBy([hasPlatform], "芜湖片区包括芜湖港口区块、芜湖经济技术开发区和部分城区，侧重发展物流。"),
    ).toEqual(["HAS_PLATFORM:Area:芜湖片区->DevZone:芜湖经济技术开发区"]);
    // a development zone after a place only named as where it lies gives nothing without a platform word
    expect(relationsBy([hasPlatform], "芜湖片区位于长江南岸，芜湖经济技术开发区在其北侧。")).toEqual([]);
  });

  it("gives no zone a subject only proposes (建议, 提议, 倡议, 提出…在), and keeps a zone it has", () => {
    expect(relationsBy([hasPlatform], "江西省建议建设九江综合保税区平台。")).toEqual([]);
    expect(relationsBy([hasPlatform], "江西省倡议建设九江综合保税区平台。")).toEqual([]);
    expect(relationsBy([hasPlatform], "江西省提出由对方在港区建设九江综合保税区平台。")).toEqual([]);
    expect(relationsBy([hasPlatform], "江西省拥有南昌综合保税区。")).toEqual([
      "HAS_PLATFORM:Province:江西省->DevZone:南昌综合保税区",
    ]);
    expect(relationsBy([hasPlatform], "江西省提出，依托南昌综合保税区搭建开放平台。")).toEqual([
      "HAS_PLATFORM:Province:江西省->DevZone:南昌综合保税区",
    ]);
  });

  it("reads no proposal in the noun 倡议 nor in another clause (finding 3 of review18a)", () => {
    expect(
      relationsBy([hasPlatform], "江西省积极响应“一带一路”倡议，拥有南昌综合保税区等开放平台。"),
    ).toContain("HAS_PLATFORM:Province:江西省->DevZone:南昌综合保税区");
    expect(
      relationsBy([hasPlatform], "江西省认真落实“一带一路”倡议部署，依托南昌综合保税区搭建开放平台。"),
    ).toContain("HAS_PLATFORM:Province:江西省->DevZone:南昌综合保税区");
  });

  it("gives a province or city no zone named after a place outside it", () => {
    expect(relationsBy([hasPlatform], "江西省拥有南昌综合保税区和武汉综合保税区。")).toEqual([
      "HAS_PLATFORM:Province:江西省->DevZone:南昌综合保税区",
    ]);
  });

  it("gives a province or city a zone only when a platform word stands between them", () => {
    // (a platform word in another clause, about something else, says nothing of the zone named later)
    expect(
      relationsBy([hasPlatform], "江西省农业发达。南昌综合保税区近日发布新政，企业拥有更多机会。"),
    ).toEqual([]);
    // (a platform word in an earlier clause of the sentence neither: the zone's own clause must say it)
    expect(
      relationsBy(
        [hasPlatform],
        "江西省积极搭建对外合作平台，深化与东盟交流；南昌综合保税区进出口稳步增长。",
      ),
    ).toEqual([]);
    expect(relationsBy([hasPlatform], "江西省有不少外贸企业，使南昌综合保税区实现进出口破零。")).toEqual([]);
    // (between them: the province has it)
    expect(relationsBy([hasPlatform], "江西省近年来依托南昌综合保税区发展加工贸易。")).toEqual([
      "HAS_PLATFORM:Province:江西省->DevZone:南昌综合保税区",
    ]);
  });

  it("gives nothing for a zone named as a modifier (…新区政务服务中心, …新区负责人, …新区人民政府) or as where the subject lies", () => {
    expect(
      relationsBy([hasPlatform], "临港新片区建设方案已印发，两江新区人民政府和有关单位参与建设。"),
    ).toEqual([]);
    expect(
      relationsBy([hasPlatform], "湖北自贸试验区建设推进会在武汉东湖新技术开发区政务服务中心举行。"),
    ).toEqual([]);
    expect(relationsBy([hasPlatform], "南沙片区位于广州南沙经济技术开发区范围内，是建设的重点。")).toEqual(
      [],
    );
    // (a platform word between the locative word and the zone still gives it)
    expect(relationsBy([hasPlatform], "位于泸州的川南临港片区依托泸州综合保税区发展。")).toEqual([
      "HAS_PLATFORM:Area:川南临港片区->DevZone:泸州综合保税区",
    ]);
  });

  it("gives nothing for a zone listed with the subject as a fellow item", () => {
    expect(
      relationsBy(
        [hasPlatform],
        "会上，江西自贸试验区南昌、赣州两个片区，南昌高新区和九江经济技术开发区分别介绍了建设情况。",
      ),
    ).toEqual([]);
    // (a verb between them still gives it)
    expect(relationsBy([hasPlatform], "南昌片区包括南昌高新区和部分城区。")).toEqual([
      "HAS_PLATFORM:Area:南昌片区->DevZone:南昌高新区",
    ]);
  });

  it("gives a province or city carried from the heading no zone of a later sentence", () => {
    const text =
      "江西再添一座综合保税区\n本报讯 上周，检查组认定九江综合保税区符合标准。\n此外，获批建设的南昌综合保税区也会在明年接受检查。\n";
    const edges = extractDocument("platform.txt", text).edges.filter((e) => e.type === "HAS_PLATFORM");
    expect(edges.map((e) => e.id)).toEqual([]);
  });
});

// Invented sentences: a province written right before a zone's name only says where the zone lies.
describe("relation rule has-platform: a place right before the zone's name", () => {
  it("gives no platform to a province written right before the zone (甲省乙新区获批设立)", () => {
    expect(relationsBy([hasPlatform], "黑龙江哈尔滨新区获批设立。")).toEqual([]);
    expect(relationsBy([hasPlatform], "福建的福州新区获批设立。")).toEqual([]);
  });

  it("keeps it when a later clause opened by a copula calls the zone that place's platform", () => {
    expect(relationsBy([hasPlatform], "福建福州新区去年获批设立，成为福建省对台合作的重要平台。")).toEqual([
      "HAS_PLATFORM:Province:福建省->DevZone:福州新区",
    ]);
    // (the later clause has a subject of its own, or calls the zone no platform)
    expect(relationsBy([hasPlatform], "福建福州新区去年获批设立，福建省还将建设物流平台。")).toEqual([]);
    expect(relationsBy([hasPlatform], "福建福州新区去年获批设立，成为福建省第五个新区。")).toEqual([]);
  });

  it("reads no copula from a bare 为 or 将为 and no platform from 平台 inside the later clause", () => {
    expect(relationsBy([hasPlatform], "湖北武汉新区获批设立，为湖北省电商平台带来新机遇。")).toEqual([]);
    expect(relationsBy([hasPlatform], "吉林长春新区获批设立，将为吉林省小微企业搭建融资平台。")).toEqual([]);
    expect(relationsBy([hasPlatform], "福建福州新区获批设立，也是福建省政务服务平台上线的同一天。")).toEqual(
      [],
    );
    expect(relationsBy([hasPlatform], "福建福州新区获批设立，成为福建省对台合作的载体之一。")).toEqual([
      "HAS_PLATFORM:Province:福建省->DevZone:福州新区",
    ]);
  });

  it("keeps a province that sets up or builds on the zone as its platform", () => {
    expect(relationsBy([hasPlatform], "2010年，甘肃省设立兰州新区，打造向西开放的战略平台。")).toEqual([
      "HAS_PLATFORM:Province:甘肃省->DevZone:兰州新区",
    ]);
    expect(relationsBy([hasPlatform], "四川省依托天府新区搭建对外开放平台。")).toEqual([
      "HAS_PLATFORM:Province:四川省->DevZone:天府新区",
    ]);
  });
  it("gives no zone that opens its own sentence after a 的-modifier to a subject of an earlier sentence", () => {
    const text =
      "郑州片区将铁路口岸纳入联动范围，推动园区一体化运营。紧邻口岸的新郑综合保税区，是河南首个综合保税区。";
    expect(relationsBy([hasPlatform], text)).toEqual([]);
    // a platform word in the zone's own sentence still gives it to its subject
    expect(relationsBy([hasPlatform], "郑州片区拥有新郑综合保税区。")).toEqual([
      "HAS_PLATFORM:Area:郑州片区->DevZone:新郑综合保税区",
    ]);
  });

  it("keeps a zone whose 的-modifier refers back to the subject's area: only a word of adjacency opens it anew", () => {
    expect(
      relationsBy([hasPlatform], "郑州片区建设稳步推进。片区内的新郑综合保税区，承担多项开放平台功能。"),
    ).toEqual(["HAS_PLATFORM:Area:郑州片区->DevZone:新郑综合保税区"]);
    expect(
      relationsBy(
        [hasPlatform],
        "海南自由贸易港政策陆续落地。其所辖的洋浦保税港区，是首批实施一线放开的区域。",
      ),
    ).toEqual(["HAS_PLATFORM:FreeTradeZone:海南自由贸易港->DevZone:洋浦保税港区"]);
  });
});
