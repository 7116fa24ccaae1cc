import { describe, expect, it } from "vitest";
import { loadCatalog } from "../../../../../server/extract/catalog";
import { dropBylineNames } from "../../../../../server/extract/entities/byline-names";
import type { Mention } from "../../../../../server/extract/entities/types";
import { Recognizer } from "../../../../../server/extract/recognize";

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

// Invented sentences: a word ending in 电 or 讯 that is no dateline, and places that file the news.
describe("no byline without a dateline or a reporter's title (entities/byline-names.ts)", () => {
  it("keeps places in a bracket after 供电, 充电 or 用电 (no date or media name before the cue)", () => {
    const text = "两地试点综合能源供电（广州南沙 深圳前海）取得成效";
    expect(kept(text, [at(text, "City:广州", "广州"), at(text, "City:深圳", "深圳")])).toEqual([
      "City:广州",
      "City:深圳",
    ]);
    const text2 = "新能源汽车充电(上海浦东 杭州萧山)网络覆盖全区";
    expect(kept(text2, [at(text2, "City:杭州", "杭州")])).toEqual(["City:杭州"]);
    const text3 = "全省用电（南宁供区 柳州供区）负荷创新高";
    expect(kept(text3, [at(text3, "City:南宁", "南宁"), at(text3, "City:柳州", "柳州")])).toEqual([
      "City:南宁",
      "City:柳州",
    ]);
  });

  it("keeps a reporter's filing place (郑州报道, 南宁摄影) and a bracket opened by 记者站", () => {
    const text = "（记者 李明 郑州报道）";
    expect(kept(text, [at(text, "City:郑州", "郑州")])).toEqual(["City:郑州"]);
    const text2 = "某报讯（记者 王强 南宁摄影）";
    expect(kept(text2, [at(text2, "City:南宁", "南宁")])).toEqual(["City:南宁"]);
    const text3 = "（记者站 太原分站）";
    expect(kept(text3, [at(text3, "City:太原", "太原")])).toEqual(["City:太原"]);
    const text4 = "（记者站 吕梁红）";
    expect(kept(text4, [at(text4, "City:吕梁", "吕梁")])).toEqual(["City:吕梁"]);
  });

  it("drops the place of a name through the whole recognizer, after a dated dateline", () => {
    const n = new Recognizer(loadCatalog());
    const text = "某某网南宁3月5日电（记者 大同平）边贸回暖。";
    n.startDocument(text);
    const ids = n.recognize(text).map((m) => m.id);
    expect(ids).not.toContain("City:大同");
    const text2 = "全省用电（南宁供区 柳州供区）负荷创新高";
    n.startDocument(text2);
    expect(n.recognize(text2).map((m) => m.id)).toEqual(expect.arrayContaining(["City:南宁", "City:柳州"]));
  });

  it("reads a media name and its place of filing before 电 as a dateline (某网北京电（记者 南宁红）)", () => {
    const text = "青岚网北京电（记者 南宁红）论坛今天开幕。";
    expect(kept(text, [at(text, "City:南宁", "南宁")])).toEqual([]);
    const text2 = "青岚网北京电（南宁红 大同飞）论坛今天开幕。";
    expect(kept(text2, [at(text2, "City:南宁", "南宁"), at(text2, "City:大同", "大同")])).toEqual([]);
    // a place that is a whole token of the bracket stays
    const text3 = "国家电网广西电（南宁 柳州）已联网。";
    expect(kept(text3, [at(text3, "City:南宁", "南宁")])).toEqual(["City:南宁"]);
  });
});
