import { clauseOf } from "../clauses";
import { typeOf } from "./context";
import type { RelationRule } from "./types";

/**
 * Fields before the places that develop them: 在集成电路、人工智能等新一代信息技术领域，重点支持上海、
 * 北京、武汉等；在新能源汽车领域，重点支持上海、武汉等.
 */
export const fieldsBeforePlaces: RelationRule = {
  name: "fields-before-places",
  types: ["FOCUSES_ON"],
  find({ norm, ms, push }) {
    for (const f of norm.matchAll(
      /在([^，；;。]{2,80}?)(领域|产业|方面)[，,]\s*(重点|着力|优先|积极)?(支持|布局|鼓励|推动|发展)/g,
    )) {
      const fa = (f.index ?? 0) + 1;
      const fb = fa + (f[1] ?? "").length + (f[2] ?? "").length;
      const va = (f.index ?? 0) + f[0].length;
      const [, vb] = clauseOf(norm, va);
      const fields = ms.filter((x) => typeOf(x.id) === "Industry" && x.cs >= fa && x.ce <= fb);
      const places = ms.filter(
        (x) => /^(Province|City|FreeTradeZone|Area)$/.test(typeOf(x.id)) && x.cs >= va && x.ce <= vb,
      );
      for (const p of places)
        for (const ind of fields)
          push({
            type: "FOCUSES_ON",
            source: p.id,
            target: ind.id,
            method: "pattern",
            confidence: 0.7,
            cs: f.index ?? 0,
            ce: p.ce,
          });
    }
  },
};
