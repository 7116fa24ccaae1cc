import { describe, expect, it } from "vitest";
import { dropBylineNames } from "../../../../../server/extract/entities/byline-names";
import type { Mention } from "../../../../../server/extract/entities/types";

const at = (text: string, id: string, surface: string, from = 0): Mention => {
  const cs = text.indexOf(surface, from);
  return { id, cs, ce: cs + surface.length, method: "pattern", parts: [] };
};
const kept = (text: string, out: Mention[]) => {
  dropBylineNames(text, out);
  return out.map((m) => m.id);
};

// Invented datelines and bylines.
describe("places opening a reporter's name in a byline (entities/byline-names.ts)", () => {
  it("drops a city that opens a personal name in the byline after a dateline", () => {
    const text = "某某网 南宁3月5日电(周明 大同平)今年一季度边贸回暖。";
    const out = [at(text, "City:南宁", "南宁"), at(text, "City:大同", "大同")];
    expect(kept(text, out)).toEqual(["City:南宁"]);
    const text2 = "某报讯（记者 陈晓 通讯员 吕梁红）园区新签三个项目。";
    expect(kept(text2, [at(text2, "City:吕梁", "吕梁")])).toEqual([]);
  });

  it("keeps a place that is a whole token of the bracket, or in a bracket that is no byline", () => {
    const text = "某社电(大同 吕梁)两市联合举办推介会。";
    expect(kept(text, [at(text, "City:大同", "大同"), at(text, "City:吕梁", "吕梁")])).toEqual([
      "City:大同",
      "City:吕梁",
    ]);
    const text2 = "项目落户山西(吕梁飞地园区)后投产。";
    expect(kept(text2, [at(text2, "City:吕梁", "吕梁")])).toEqual(["City:吕梁"]);
    const text3 = "据介绍(记者从大同市商务局获悉)外贸增长。";
    expect(kept(text3, [at(text3, "City:大同", "大同")])).toEqual(["City:大同"]);
  });

  it("keeps a place right after a byline's bracket, outside it", () => {
    const text = "某社太原5月2日电(王强)吕梁市今天举行招商会。";
    expect(kept(text, [at(text, "City:太原", "太原"), at(text, "City:吕梁", "吕梁")])).toEqual([
      "City:太原",
      "City:吕梁",
    ]);
  });
});
