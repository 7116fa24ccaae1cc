import { clauseOf } from "../clauses";
import { has, T_FOCUS, T_FOCUS_BRACKET, T_FOCUS_CTX, T_FOCUS_OTHER_TOPIC } from "./triggers";
import type { RelationRule } from "./types";

/**
 * FOCUSES_ON (table rows have their own, line-based rule)
 */
export const focus: RelationRule = {
  name: "focus",
  types: ["FOCUSES_ON"],
  find({ norm, ms, cat, inTable, fromCtx, push, of, subjectBefore, coordinated }) {
    for (const ind of inTable ? [] : of("Industry")) {
      // 世界生物医药科技集聚区建设（上海自贸试验区）: the zones in brackets closing the item's list
      // element are its subjects
      let e = ind.ce;
      while (e < norm.length && !/[、，；;,。！？!?(]/.test(norm[e] ?? "") && e - ind.ce <= 12) e++;
      if (norm[e] === "(") {
        const close = norm.indexOf(")", e);
        const inside =
          close > e ? ms.filter((x) => x.cs > e && x.ce <= close && /^(FreeTradeZone|Area):/.test(x.id)) : [];
        if (inside.length > 0 && has(norm, T_FOCUS_BRACKET, clauseOf(norm, ind.cs)[0], e)) {
          for (const z of inside)
            push({
              type: "FOCUSES_ON",
              source: z.id,
              target: ind.id,
              method: "pattern",
              confidence: 0.7,
              cs: ind.cs,
              ce: close + 1,
            });
          continue;
        }
        if (inside.length > 0) continue;
      }
      const s = subjectBefore(ind, ["FreeTradeZone", "Area", "Province", "City", "DevZone"]);
      if (!s) continue;
      // 涉及产业园区建设、数字经济…: a kind of development zone being built is an object, not a subject
      if (cat.get(s.id)?.properties.kind === "category" && /^(建设|开发)/.test(norm.slice(s.ce))) continue;
      if (!has(norm, fromCtx.has(s) ? T_FOCUS_CTX : T_FOCUS, s.cs, clauseOf(norm, ind.cs)[1])) continue;
      // 园区授牌，11项协议签订，涉及物流、能源等领域: the fields of deals or events named in between
      if (has(norm, T_FOCUS_OTHER_TOPIC, s.ce, ind.cs)) continue;
      // 深化与俄蒙在教育、科技、旅游等领域的文化交流: fields of cooperation, not of focus
      const [ia, ib] = clauseOf(norm, ind.cs);
      if (fromCtx.has(s) && /(与|同)[^，；。]*(合作|交流)/.test(norm.slice(ia, ib))) continue;
      // 农业合作, 旅游交流: a field of cooperation, not of focus
      // (also 能源资源战略合作, 旅游务实合作)
      if (/^[\u4e00-\u9fff]{0,2}?(合作|交流)/.test(norm.slice(ind.ce))) continue;
      // 上海、青岛、大连等也都出台…促进新型离岸贸易发展: every member of a coordinated subject
      for (const x of coordinated(s, true))
        push({
          type: "FOCUSES_ON",
          subj: x,
          source: x.id,
          target: ind.id,
          method: "pattern",
          confidence: 0.7,
          cs: Math.min(x.cs, s.cs),
          ce: ind.ce,
        });
    }
  },
};
