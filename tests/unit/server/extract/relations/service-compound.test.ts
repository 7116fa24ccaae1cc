import { describe, expect, it } from "vitest";
import { serviceCompound } from "../../../../../server/extract/relations/service-compound";
import { relationsBy } from "../../../../support/rules";

// Invented sentences; relations as "TYPE:source->target", this rule only.
describe("relation rule service-compound", () => {
  it("connects a service to the origin, provinces and region its abbreviation compound spells", () => {
    expect(relationsBy([serviceCompound], "首趟“汉新欧”班列今晨发车。")).toEqual([
      "CONNECTS:Corridor:汉新欧班列->City:武汉",
      "CONNECTS:Corridor:汉新欧班列->Province:新疆维吾尔自治区",
      "CONNECTS:Corridor:汉新欧班列->Country:欧洲",
    ]);
    expect(relationsBy([serviceCompound], "“厦蓉欧”班列今日开行。")).toEqual([
      "CONNECTS:Corridor:厦蓉欧班列->City:厦门",
      "CONNECTS:Corridor:厦蓉欧班列->City:成都",
      "CONNECTS:Corridor:厦蓉欧班列->Country:欧洲",
    ]);
  });

  it("reads a compound before a named line (“湘黔·澜湄线”)", () => {
    expect(relationsBy([serviceCompound], "首列“湘黔·澜湄线”国际货运班列今日开行。")).toEqual([
      "CONNECTS:Corridor:湘黔·澜湄线->Province:湖南省",
      "CONNECTS:Corridor:湘黔·澜湄线->Province:贵州省",
    ]);
  });

  it("reads the compound in brackets after the brand (中欧班列（渝新欧）)", () => {
    expect(relationsBy([serviceCompound], "中欧班列（渝新欧）今年开行千列。")).toEqual([
      "CONNECTS:Corridor:中欧班列（渝新欧）->Province:重庆市",
      "CONNECTS:Corridor:中欧班列（渝新欧）->Province:新疆维吾尔自治区",
      "CONNECTS:Corridor:中欧班列（渝新欧）->Country:欧洲",
    ]);
  });

  it("gives nothing for a brand led by 中, a name not made of abbreviations, or an unknown character", () => {
    // 中欧班列: a world region in a brand compound is no stated end
    expect(relationsBy([serviceCompound], "中欧班列今日开行。")).toEqual([]);
    expect(relationsBy([serviceCompound], "“长安号”班列今日开行。")).toEqual([]);
    // 西 is no abbreviation of the gazetteer (西安 or 西欧?): the whole compound is left alone
    expect(relationsBy([serviceCompound], "“冀西欧”班列今日开行。")).toEqual([]);
    // an ordinary word before the service noun is no compound
    expect(relationsBy([serviceCompound], "两地合作班列今日开行。")).toEqual([]);
    // a railway line named by its ends is no service compound (name-internal.ts reads its parts)
    expect(relationsBy([serviceCompound], "京哈铁路今日改造。")).toEqual([]);
  });

  it("reads no compound in a county's name in brackets (新津 is a district, not 新疆 and 天津)", () => {
    expect(relationsBy([serviceCompound], "中欧班列（新津）本月发车。")).toEqual([]);
    expect(relationsBy([serviceCompound], "中欧班列（渝新欧）本月发车。")).toContain(
      "CONNECTS:Corridor:中欧班列（渝新欧）->Province:新疆维吾尔自治区",
    );
  });
});
