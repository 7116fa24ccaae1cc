import { describe, expect, it } from "vitest";
import { industries } from "../../../../../server/extract/entities/industries";
import { idsBy } from "../../../../support/rules";

// A sector a new link is expected to benefit (…航线的开通，将推动乙产业发展) is no field a place develops.
describe("sectors as effects of a link's opening (entities/route-effects.ts)", () => {
  it("drops a sector whose clause opens with a verb of effect after a link's opening", () => {
    for (const [text, id] of [
      ["甲城至乙港的客货航线的开通，将有力推动两地生物医药产业发展。", "Industry:生物医药"],
      ["随着丙县至丁镇的公路全线贯通，将促进沿线农业和旅游发展。", "Industry:旅游"],
      ["这趟班列的开行，拓展了出海通道，可吸引周边冷链物流产业向本市集聚。", "Industry:冷链物流"],
    ] as const)
      expect(idsBy([industries], text), text).not.toContain(id);
  });

  it("keeps the sector when a zone is named, no link opens, or the clause does not open with the effect", () => {
    for (const [text, id] of [
      // a zone in the passage: its owner may develop the sector
      ["甲航线的开通，将有力推动临港片区生物医药产业发展。", "Industry:生物医药"],
      // no link's opening in the sentence
      ["市政府出台新政，将有力推动生物医药产业发展。", "Industry:生物医药"],
      // the link's opening is in another sentence
      ["甲航线开通。该市将推动生物医药产业发展。", "Industry:生物医药"],
      // a focus stated before the effect verb in the clause
      ["甲航线开通后，该市重点发展并推动生物医药产业。", "Industry:生物医药"],
    ] as const)
      expect(idsBy([industries], text), text).toContain(id);
  });
});
