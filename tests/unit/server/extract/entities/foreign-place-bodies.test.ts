import { describe, expect, it } from "vitest";
import { foreignCities } from "../../../../../server/extract/entities/foreign-cities";
import { foreignPlaceBodies } from "../../../../../server/extract/entities/foreign-place-bodies";
import { gazetteerCities } from "../../../../../server/extract/entities/gazetteer-cities";
import { governmentBodies } from "../../../../../server/extract/entities/government-bodies";
import { idsBy } from "../../../../support/rules";

// The order of the registry: the place rules find foreign cities after government-bodies has run.
const RULES = [governmentBodies, foreignCities, gazetteerCities, foreignPlaceBodies];

// A public body written after a foreign city or region is named with its place, as a Chinese city's is.
describe("public bodies after foreign places (entities/foreign-place-bodies.ts)", () => {
  it("names a foreign city's or region's government and its centres", () => {
    expect(idsBy(RULES, "布宜诺斯艾利斯市政府与该校联合举办展览。")).toContain(
      "Organization:布宜诺斯艾利斯市政府",
    );
    expect(idsBy(RULES, "双方代表在伊尔库茨克州政府会见了客人。")).toContain("Organization:伊尔库茨克州政府");
    expect(idsBy(RULES, "他访问了阿拉木图市会展发展中心。")).toContain("Organization:阿拉木图市会展发展中心");
  });

  it("names no body where the head is a common word or the place's clause goes on", () => {
    // a regional administration's level, a city's development as a topic, setting up an office there
    expect(idsBy(RULES, "布宜诺斯艾利斯的地方政府层级较多。").join()).not.toMatch(/Organization:/);
    expect(idsBy(RULES, "阿拉木图市发展中心城区的规划获批。").join()).not.toMatch(/Organization:/);
    expect(idsBy(RULES, "公司在伊尔库茨克设立办公室。").join()).not.toMatch(/Organization:/);
  });
});
