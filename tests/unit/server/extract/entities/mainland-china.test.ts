import { describe, expect, it } from "vitest";
import { mainlandChina } from "../../../../../server/extract/entities/mainland-china";
import { worldCountries } from "../../../../../server/extract/entities/world-countries";
import { idsBy } from "../../../../support/rules";

// Invented sentences; Country:中国 read from a bare 大陆 (world countries run first).
describe("entity rule mainland-china", () => {
  const china = (text: string) => idsBy([worldCountries, mainlandChina], text).includes("Country:中国");

  it("reads a bare 大陆 that opens its clause beside Taiwan or before a party verb as China", () => {
    expect(china("據報導，大陸與台灣先後表態支持多邊貿易。")).toBe(true);
    expect(china("去年3月大陸申請加入某項數位協定。")).toBe(true);
    expect(china("由於台灣和大陸簽署的協議仍未生效，業者觀望。")).toBe(true);
  });

  it("reads none in a longer word, as a modifier or with no party verb after it", () => {
    expect(china("北美大陆已经进入冬季。")).toBe(false);
    expect(china("新亚欧大陆桥经过这座城市。")).toBe(false);
    expect(china("这里有别于大陆其他地区。")).toBe(false);
    expect(china("评论认为，大陆经济增长放缓。")).toBe(false);
    expect(china("地质学家说，大陆也会缓慢漂移。")).toBe(false);
  });
});
