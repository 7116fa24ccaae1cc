import { describe, expect, it } from "vitest";
import { loadCatalog } from "../../../../../server/extract/catalog";
import { cityCounties } from "../../../../../server/extract/entities/city-counties";
import { listedCounties } from "../../../../../server/extract/entities/listed-counties";
import { Recognizer } from "../../../../../server/extract/recognize";
import { normalize } from "../../../../../server/extract/text";
import { mentionsBy } from "../../../../support/rules";

// Invented sentences; mentions as "id@surface" after overlaps are resolved.
describe("entity rule listed-counties", () => {
  it("reads counties and county-level cities listed after a place, a city without 市", () => {
    expect(mentionsBy([cityCounties, listedCounties], "首批联动区为长沙、宁乡市、平江县和茶陵县。")).toEqual([
      "City:长沙@长沙",
      "City:宁乡@宁乡市",
      "City:平江县@平江县",
    ]);
    expect(mentionsBy([cityCounties, listedCounties], "覆盖长沙县、平江县、汨罗市等地。")).toEqual([
      "City:长沙县@长沙县",
      "City:平江县@平江县",
      "City:汨罗@汨罗市",
    ]);
  });

  it("reads no item after a word that is no place, nor 城市, 超市 or 上市", () => {
    expect(
      mentionsBy([listedCounties], "商场、超市、大城市和岳阳、上市等事项，建设、新城县。", false),
    ).toEqual([]);
  });

  it("reads no count of the listed places as part of the last item (台中、台南三市: three cities)", () => {
    // the whole recognizer: the item counts only after a city another rule reads before it
    const rec = new Recognizer(loadCatalog());
    const all = (s: string) => {
      const norm = normalize(s);
      rec.startDocument(norm);
      return rec.recognize(norm).map((m) => `${m.id}@${norm.slice(m.cs, m.ce)}`);
    };
    expect(all("台中、台南三市，联合办展。")).toContain("City:台南@台南");
    expect(all("台中、台南三市，联合办展。").filter((m) => m.includes("三"))).toEqual([]);
    expect(all("南宁、柳州二市等地签约。").filter((m) => m.includes("二"))).toEqual([]);
    expect(all("南宁、柳州二市等地签约。")).toContain("City:柳州@柳州");
  });
});
