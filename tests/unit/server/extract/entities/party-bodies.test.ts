import { describe, expect, it } from "vitest";
import { devZones } from "../../../../../server/extract/entities/dev-zones";
import { partyBodies } from "../../../../../server/extract/entities/party-bodies";
import { ENTITY_RULES } from "../../../../../server/extract/entities/registry";
import { idsBy, mentionsBy } from "../../../../support/rules";

// Invented sentences; mentions as "id@surface" after overlaps are resolved.
describe("entity rule party-bodies", () => {
  it("reads party committees led by a place, with a leading 中共", () => {
    expect(mentionsBy([partyBodies], "甘肃省委和中共红河州委联合部署。")).toEqual([
      "Organization:甘肃省委@甘肃省委",
      "Organization:中共红河州委@中共红河州委",
    ]);
    expect(idsBy([partyBodies], "喀什地委和昆明市党委联合调研。")).toEqual([
      "Organization:喀什地委",
      "Organization:昆明市党委",
    ]);
  });

  it("reads no body from an abbreviated committee in a person's title (书记, 副书记, 常委), only from 常委会", () => {
    expect(idsBy([partyBodies], "青海省委书记某某和南宁市委副书记某某出席。")).toEqual([]);
    expect(idsBy([partyBodies], "昆明市委常委、宣传部长某某到会。")).toEqual([]);
    expect(idsBy([partyBodies], "昆明市委常委会审议通过。")).toEqual(["Organization:昆明市委"]);
    expect(idsBy([partyBodies], "昆明市委常委扩大会议研究部署招商工作。")).toEqual(["Organization:昆明市委"]);
    expect(idsBy([partyBodies], "昆明市党委书记某某调研。")).toEqual(["Organization:昆明市党委"]);
  });

  it("reads no body before a former, first, executive-deputy or deputy-secretary-general title, nor before 委员", () => {
    const all = (text: string) => idsBy([...ENTITY_RULES], text);
    expect(all("江西省委原书记某某出席会议。")).toEqual([]);
    expect(all("兰州市委副秘书长某某主持座谈。")).toEqual([]);
    expect(all("安徽省委常务副书记某某到会。")).toEqual([]);
    expect(all("大理州委第一书记某某讲话。")).toEqual([]);
    expect(all("甘肃省委委员、兰州市长某某出席。")).not.toContain("Organization:甘肃省委");
  });

  it("keeps neither a body nor its place when an abbreviated committee only titles a person", () => {
    const all = (text: string) => idsBy([...ENTITY_RULES], text);
    expect(all("青海省委书记某某率团访问蒙古国。")).toEqual(["Country:蒙古国"]);
    expect(all("柳州市委副书记、市长某某出席开行仪式。")).toEqual([]);
    expect(all("柳州市委和柳州市政府联合印发通知。")).toContain("Organization:柳州市委");
  });

  it("reads congresses and governments, dropping the session ordinal", () => {
    expect(mentionsBy([partyBodies], "广西壮族自治区第十二届人民代表大会第六次会议开幕。")).toEqual([
      "Organization:广西壮族自治区人民代表大会@广西壮族自治区第十二届人民代表大会",
    ]);
    expect(idsBy([partyBodies], "贵州省人民政府印发方案。")).toEqual(["Organization:贵州省人民政府"]);
  });

  it("reads a standing committee whole, with or without the session ordinal", () => {
    expect(mentionsBy([partyBodies], "由江西省第十一届人民代表大会常务委员会审议。")).toEqual([
      "Organization:江西省人民代表大会常务委员会@江西省第十一届人民代表大会常务委员会",
    ]);
    expect(idsBy([partyBodies], "颁布单位：柳州市人民代表大会常务委员会")).toEqual([
      "Organization:柳州市人民代表大会常务委员会",
    ]);
  });

  it("reads the political consultative conference of a place and a department of its party committee", () => {
    expect(mentionsBy([partyBodies], "宁波市政协委员和杭州市委宣传部负责人出席。")).toEqual([
      "Organization:宁波市政协@宁波市政协",
      "Organization:杭州市委宣传部@杭州市委宣传部",
    ]);
    expect(idsBy([partyBodies], "市政协委员到会。")).toEqual([]);
  });

  it("does not read 委员 or 委员会 as a committee", () => {
    expect(idsBy([partyBodies], "四川省委员会委员和成都市委员到会。")).not.toContain("Organization:四川省委");
  });

  it("reads the party working committee of a development zone, the zone as its part", () => {
    expect(mentionsBy([devZones, partyBodies], "兰州新区党工委和贵阳经开区工委联合调研。")).toEqual([
      "Organization:兰州新区党工委@兰州新区党工委",
      "Organization:贵阳经开区工委@贵阳经开区工委",
    ]);
  });
});
