import { SERVICE_BRAND_ENDS } from "../lexicon";
import type { EntityRule } from "./types";

/**
 * A brand written right after 中欧班列 without quotes: a 号 name (中欧班列长安号, 中欧班列齐鲁号) or an
 * express name (中欧班列蓉欧快铁). Two to four Han characters with no function word; the brand is part
 * of the service's name, as with quotes (中欧班列“长安号” → 中欧班列长安号).
 */
const BRAND = new RegExp(
  `中欧班列([\\u4e00-\\u9fff]{2,3}(?:${SERVICE_BRAND_ENDS.join("|")})|[\\u4e00-\\u9fff]{2,4}?(?:快铁|快线))`,
  "g",
);
/** Words a brand does not hold: function words and verbs of the clause (中欧班列开行号称…, 中欧班列的快线). */
const NOT_BRAND = /[的了在是将和与及等已从由经向往至到为首每该本其这]|开行|开通|发运/;

export const unquotedTrainBrands: EntityRule = {
  name: "unquoted-train-brands",
  type: "Corridor",
  priority: 3,
  find({ norm, n, add }) {
    for (const m of norm.matchAll(BRAND)) {
      const brand = m[1] ?? "";
      if (NOT_BRAND.test(brand)) continue;
      const cs = m.index ?? 0;
      add({ id: n.resolveOrRegister("Corridor", m[0]), cs, ce: cs + m[0].length, method: "pattern" });
    }
  },
};
