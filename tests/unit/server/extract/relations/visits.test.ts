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
});
