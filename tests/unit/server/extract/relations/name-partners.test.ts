import { describe, expect, it } from "vitest";
import { namePartners } from "../../../../../server/extract/relations/name-partners";
import { relationsBy } from "../../../../support/rules";

// Invented sentences: joint parks named by a China + partner compound.
describe("relation rule name-partners", () => {
  it("makes a park named 中X… cooperate with each partner of the compound", () => {
    expect(relationsBy([namePartners], "中德(沈阳)高端装备制造产业园再添新项目。")).toEqual([
      "COOPERATES_WITH:DevZone:中德(沈阳)高端装备制造产业园->Country:德国",
    ]);
    expect(relationsBy([namePartners], "中俄蒙合作示范区正式揭牌。")).toEqual([
      "COOPERATES_WITH:DevZone:中俄蒙合作示范区->Country:俄罗斯",
      "COOPERATES_WITH:DevZone:中俄蒙合作示范区->Country:蒙古国",
    ]);
    // a place before the compound (岳阳中非…) and traditional characters
    expect(relationsBy([namePartners], "長沙中非經貿產業園開園。")).toEqual([
      "COOPERATES_WITH:DevZone:长沙中非经贸产业园->Country:非洲",
    ]);
  });

  it("gives nothing for a full country name in a name, a route, or 中国 itself", () => {
    // (a full name says where, not with whom)
    expect(relationsBy([namePartners], "泰国罗勇工业园吸引企业入驻。")).toEqual([]);
    // (a corridor is a route: name-internal gives its ends)
    expect(relationsBy([namePartners], "中欧班列开行量稳步增长。")).toEqual([]);
    expect(relationsBy([namePartners], "中国（上海）自由贸易试验区临港新片区。")).toEqual([]);
  });

  it("gives a joint zone the partners of the region compound before 合作 in its name (the first member is its own side)", () => {
    expect(relationsBy([namePartners], "广州南沙粤港澳全面合作示范区建设提速。")).toEqual([
      "COOPERATES_WITH:DevZone:广州南沙粤港澳全面合作示范区->Province:香港特别行政区",
      "COOPERATES_WITH:DevZone:广州南沙粤港澳全面合作示范区->Province:澳门特别行政区",
    ]);
    // (a compound not followed by 合作 in the name says nothing)
    expect(relationsBy([namePartners], "粤港澳大湾区建设提速。")).toEqual([]);
  });
});
