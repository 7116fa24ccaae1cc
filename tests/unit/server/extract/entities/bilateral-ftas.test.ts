import { describe, expect, it } from "vitest";
import { loadCatalog } from "../../../../../server/extract/catalog";
import { bilateralFtas } from "../../../../../server/extract/entities/bilateral-ftas";
import { catalogSurfaces } from "../../../../../server/extract/entities/catalog-surfaces";
import { worldCountries } from "../../../../../server/extract/entities/world-countries";
import { Recognizer } from "../../../../../server/extract/recognize";
import { normalize } from "../../../../../server/extract/text";
import { mentionsBy } from "../../../../support/rules";

// Invented sentences; mentions as "id@surface" after overlaps are resolved.
describe("entity rule bilateral-ftas", () => {
  it("reads 中+partner items before 等自由贸易协定", () => {
    expect(mentionsBy([bilateralFtas], "中韩、中瑞士等自由贸易协定已经生效。")).toEqual([
      "Agreement:中韩自由贸易协定@中韩",
      "Agreement:中国-瑞士自由贸易协定@中瑞士",
    ]);
  });

  it("names a dashed pair in either order on the catalog's pattern 中国-X自由贸易协定", () => {
    const rules = [worldCountries, bilateralFtas];
    expect(mentionsBy(rules, "中國—秘魯自由貿易協定明年生效。")).toContain(
      "Agreement:中国-秘鲁自由贸易协定@中國—秘魯",
    );
    expect(mentionsBy(rules, "双方表示，乌拉圭—中国自由贸易协定将带来实惠。")).toContain(
      "Agreement:中国-乌拉圭自由贸易协定@乌拉圭—中国",
    );
  });

  it("reads a partner written before 中国 and one-character pairs both ways", () => {
    const rules = [worldCountries, bilateralFtas];
    expect(mentionsBy(rules, "议会批准了冰岛中国自由贸易协定。")).toContain(
      "Agreement:中国-冰岛自由贸易协定@冰岛中国",
    );
    expect(
      mentionsBy(rules, "中厄自贸协定与厄中自贸协定是同一份文件。").filter((m) => m.startsWith("Agreement")),
    ).toEqual(["Agreement:中国-厄瓜多尔自由贸易协定@中厄", "Agreement:中国-厄瓜多尔自由贸易协定@厄中"]);
  });

  it("reads a one-character partner as the country the document named before with that initial", () => {
    const rec = new Recognizer(loadCatalog(), [catalogSurfaces, worldCountries, bilateralFtas]);
    const text = ["两国代表在尼加拉瓜首都会面。", "中尼自贸协定将降低关税。"];
    rec.startDocument(text.join(""));
    rec.recognize(normalize(text[0] ?? ""));
    const ids = rec.recognize(normalize(text[1] ?? "")).map((m) => m.id);
    expect(ids).toContain("Agreement:中国-尼加拉瓜自由贸易协定");
    expect(ids).not.toContain("Agreement:中国-尼泊尔自由贸易协定");
  });

  it("finds no agreement without a country in the pair", () => {
    expect(
      mentionsBy([worldCountries, bilateralFtas], "集中力量推进自贸协定谈判，签署中国自由贸易协定。").filter(
        (m) => m.startsWith("Agreement"),
      ),
    ).toEqual([]);
  });
});
