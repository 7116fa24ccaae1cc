import { describe, expect, it } from "vitest";
import { compoundPartners } from "../../../../../server/extract/relations/compound-partners";
import { relationsBy } from "../../../../support/rules";

// Invented sentences; relations as "TYPE:source->target", this rule only.
describe("relation rule compound-partners", () => {
  it("makes the subject cooperate with the other members of a compound it belongs to (川渝区域合作)", () => {
    expect(relationsBy([compoundPartners], "四川自贸试验区将深化川渝区域合作。")).toEqual([
      "COOPERATES_WITH:FreeTradeZone:中国（四川）自由贸易试验区->Province:重庆市",
    ]);
    expect(relationsBy([compoundPartners], "湖南省将推动湘黔桂三省在物流领域合作。")).toEqual([
      "COOPERATES_WITH:Province:湖南省->Province:贵州省",
      "COOPERATES_WITH:Province:湖南省->Province:广西壮族自治区",
    ]);
  });

  it("reads 港, 澳 and 台 as members inside a compound (桂港澳, 闽台)", () => {
    expect(relationsBy([compoundPartners], "广西自贸试验区积极打造桂港澳深度合作平台。")).toEqual([
      "COOPERATES_WITH:FreeTradeZone:中国（广西）自由贸易试验区->Province:香港特别行政区",
      "COOPERATES_WITH:FreeTradeZone:中国（广西）自由贸易试验区->Province:澳门特别行政区",
    ]);
  });

  it("gives nothing for a compound the subject is not part of, or without 合作", () => {
    expect(relationsBy([compoundPartners], "湖北省积极参与京津冀区域合作。")).toEqual([]);
    expect(relationsBy([compoundPartners], "广东自贸试验区面向粤港澳大湾区。")).toEqual([]);
  });

  it("gives nothing from a city inside a member (the members are the provinces)", () => {
    expect(relationsBy([compoundPartners], "惠州将以大亚湾为依托，深化粤港澳全面合作。")).toEqual([]);
    expect(relationsBy([compoundPartners], "广东省将深化粤港澳全面合作。")).toEqual([
      "COOPERATES_WITH:Province:广东省->Province:香港特别行政区",
      "COOPERATES_WITH:Province:广东省->Province:澳门特别行政区",
    ]);
  });

  it("reads 联动 and 携手 as joint words after the compound, not 协同发展 (a strategy's name)", () => {
    expect(relationsBy([compoundPartners], "福建自贸试验区推动闽台联动发展。")).toEqual([
      "COOPERATES_WITH:FreeTradeZone:中国（福建）自由贸易试验区->Province:台湾省",
    ]);
    expect(relationsBy([compoundPartners], "天津自贸试验区服务京津冀协同发展战略。")).toEqual([]);
  });
});
