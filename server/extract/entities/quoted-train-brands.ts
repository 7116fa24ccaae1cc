import { nodeId } from "../catalog";
import { endsInBrand } from "../lexicon";
import { members } from "./corridor-abbreviations";
import type { EntityRule } from "./types";

/** A quoted brand, a route in brackets and the train words after it: “义新欧”中欧班列, “义新欧”(义乌—马德里)
 * 铁路班列, “蚌合欧”城际定向班列, “兰州号”中欧国际货运班列. */
const QUOTED =
  /[“"]([\u4e00-\u9fff]{2,5})[”"](\([^()\n]{2,20}\))?((?:中欧|亚欧|国际|铁路|货运|城际|定向|直达)*(?:班列|专列))?(\([^()\n]{2,20}\))?/g;
/** 中欧班列 right before the quote: 中欧班列“长安号”. */
const CHINA_EUROPE_BEFORE = /中欧(?:国际货运)?班列$/;

/**
 * China-Europe and regional trains named by a quoted brand: a place-abbreviation compound ending
 * abroad, written with 中欧班列 (“义新欧”中欧班列 → 中欧班列（义新欧）) or with other train words, kept as
 * written (“蚌合欧”城际定向班列, “渝新欧”国际铁路班列) unless the same brand is written with 中欧班列
 * in this passage or was in an earlier one, or a
 * “X号” brand tied to the China-Europe trains (中欧班列“长安号”, “兰州号”中欧国际货运班列 → 中欧班列X号).
 * A bracketed route after the brand or the train words belongs to the mention. A quoted word that is
 * no compound of places, or a 号 brand with no China-Europe train beside it, names nothing here.
 */
export const quotedTrainBrands: EntityRule = {
  name: "quoted-train-brands",
  type: "Corridor",
  priority: 3,
  find({ norm, n, add }) {
    // (every brand is quoted: a cheap test before the scan)
    if (!/[“"]/.test(norm)) return;
    const found = [...norm.matchAll(QUOTED)].map((m) => {
      const quoteAt = m.index ?? 0;
      const before = CHINA_EUROPE_BEFORE.exec(norm.slice(Math.max(0, quoteAt - 8), quoteAt))?.[0] ?? "";
      return { m, quoteAt, before, chinaEurope: before !== "" || (m[3] ?? "").startsWith("中欧") };
    });
    // one brand names one service: written once with 中欧班列 (in this passage or an earlier one, where
    // it was registered), it is that train everywhere
    const europeBrands = new Set(found.filter((f) => f.chinaEurope).map((f) => f.m[1]));
    for (const { m, quoteAt, before, chinaEurope } of found) {
      const inner = m[1] ?? "";
      const train = m[3] ?? "";
      let name: string | null = null;
      const parts = endsInBrand(inner) ? null : members(inner, quoteAt + 1, n);
      if (endsInBrand(inner) && inner.length >= 3 && chinaEurope) name = `中欧班列${inner}`;
      else if (parts && n.cat.countryAbbr.has(inner.at(-1) ?? "") && (train || before)) {
        const europe = `中欧班列（${inner}）`;
        const known = europeBrands.has(inner) || n.cat.get(nodeId("Corridor", europe)) !== undefined;
        name = chinaEurope || known ? europe : `${inner}${train}`;
      }
      if (!name) continue;
      const cs = quoteAt - before.length;
      // a bracket right after the quote belongs to the mention only when train words follow it
      const ce = quoteAt + m[0].length - (train ? 0 : (m[2] ?? "").length + (m[4] ?? "").length);
      add({ id: n.resolveOrRegister("Corridor", name), cs, ce, method: "pattern", parts: parts ?? [] });
    }
  },
};
