import { describe, expect, it } from "vitest";
import { visits } from "../../../../../server/extract/relations/visits";
import { relationsBy } from "../../../../support/rules";

// Invented sentences; relations as "TYPE:source->target", this rule only.
describe("relation rule visits", () => {
  it("makes the visiting side cooperate with each host listed after 出访/访问", () => {
    expect(relationsBy([visits], "海南省代表团下月将出访新加坡、马来西亚及泰国。")).toEqual([
      "COOPERATES_WITH:Province:海南省->Country:新加坡",
      "COOPERATES_WITH:Province:海南省->Country:马来西亚",
      "COOPERATES_WITH:Province:海南省->Country:泰国",
    ]);
    // a first host not recognised as a name does not hide the others
    expect(relationsBy([visits], "海南省代表团将出访某某岛国、泰国。")).toEqual([
      "COOPERATES_WITH:Province:海南省->Country:泰国",
    ]);
  });

  it("gives nothing for a foreign delegation visiting, or a visit with no visitor named in the sentence", () => {
    expect(relationsBy([visits], "广西自贸试验区迎来越南代表团访问泰国。")).toEqual([]);
    expect(relationsBy([visits], "海南省发布新规。代表团将出访泰国。")).toEqual([]);
  });

  it("gives nothing for a titled head visiting in person, but keeps a delegation he leads and a trip abroad", () => {
    expect(relationsBy([visits], "海南省省长某某昨日访问泰国，参观了一家工厂。")).toEqual([]);
    expect(relationsBy([visits], "宁波市市长某某近日到访匈牙利。")).toEqual([]);
    expect(relationsBy([visits], "海南省副省长某某日前走访新加坡多家企业。")).toEqual([]);
    expect(relationsBy([visits], "海南省省长某某率团访问泰国。")).toEqual([
      "COOPERATES_WITH:Province:海南省->Country:泰国",
    ]);
    expect(relationsBy([visits], "海南省省长某某出访泰国、马来西亚。")).toEqual([
      "COOPERATES_WITH:Province:海南省->Country:泰国",
      "COOPERATES_WITH:Province:海南省->Country:马来西亚",
    ]);
  });

  it("reads 特区…行政长官 and a 市长 sharing its 市 with the name, and no 率先 or 团队 as a delegation (review22g 6, 7)", () => {
    expect(relationsBy([visits], "澳门特区行政长官某某访问广东省。")).toEqual([]);
    expect(relationsBy([visits], "香港特区行政长官某某到访泰国。")).toEqual([]);
    expect(relationsBy([visits], "杭州市长某某访问日本。")).toEqual([]);
    expect(relationsBy([visits], "宁波市长某某到访德国。")).toEqual([]);
    expect(relationsBy([visits], "重庆市市长某某今年率先访问匈牙利。")).toEqual([]);
    expect(relationsBy([visits], "宁波市市长某某和团队走访德国企业。")).toEqual([]);
    expect(relationsBy([visits], "杭州市长某某率代表团访问日本。")).toEqual([
      "COOPERATES_WITH:City:杭州->Country:日本",
    ]);
  });
});
