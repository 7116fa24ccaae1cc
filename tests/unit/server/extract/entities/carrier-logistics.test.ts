import { describe, expect, it } from "vitest";
import { areas } from "../../../../../server/extract/entities/areas";
import { industries } from "../../../../../server/extract/entities/industries";
import { idsBy } from "../../../../support/rules";

// Logistics in a sentence about a carrier is the carrier's business, not a field a place develops.
describe("logistics of a carrier (entities/carrier-logistics.ts)", () => {
  it("drops logistics a train service, a route or a railway bureau speeds up or supports", () => {
    expect(idsBy([industries], "这趟班列的常态化运行，将有力加速国际物流。")).not.toContain(
      "Industry:国际物流",
    );
    expect(idsBy([industries], "新开的货运航线为外贸企业带来了可靠的跨境物流支撑。")).not.toContain(
      "Industry:跨境物流",
    );
    expect(idsBy([industries], "铁路局持续推进现代物流转型，多开行货运列车。")).not.toContain(
      "Industry:现代物流",
    );
  });

  it("keeps logistics a zone or a focus word governs, and logistics with no carrier", () => {
    // a focus word before the sector in its clause
    expect(idsBy([industries], "依托新开的货运航线，该市重点发展航空物流。")).toContain("Industry:航空物流");
    // a zone named in the sentence
    expect(idsBy([areas, industries], "班列开行后，沙湾片区的国际物流日渐兴旺。")).toContain(
      "Industry:国际物流",
    );
    // no carrier in the sentence: a sector of a city's plan
    expect(idsBy([industries], "全市今年将大力发展现代物流和电子商务。")).toContain("Industry:现代物流");
    // a carrier, but the sector is no logistics
    expect(idsBy([industries], "班列开通后，当地积极发展跨境电商。")).toContain("Industry:跨境电商");
  });
});
