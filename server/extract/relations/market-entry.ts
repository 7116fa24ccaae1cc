import { clauseOf } from "../clauses";
import { trigger } from "../lexicon";
import { CLAUSE_LEAD, typeOf } from "./context";
import { listAfter, pointAt, pushPartners } from "./cooperate";
import type { RelationRule } from "./types";

/** Verbs of entering a market (triggers.json "marketEntry": 开拓, 拓展, 进军, 打开, 抢占…). */
const ENTER = new RegExp(trigger("marketEntry").source, "g");
/** What closes the partners: (等)(国家/地区)(的)市场 (开拓东南亚市场, 进军中东、非洲等新兴市场). */
const MARKET = /^(等)?[^，,；;。！？!?、]{0,6}?市场/;
const PARTNER = /^(Country|Province)$/;
/** Sides acting together right before the verb (共同拓展, 携手开拓). */
const JOINTLY = /(共同|携手|联合|一起|一道)$/;
const SUBJECT = ["FreeTradeZone", "Area", "Province", "City", "DevZone", "Port"];

/** The origin of a line that heads its clause (这条从甲市出发的线路，将拓宽乙洲市场): the line is the place's. */
const LINE_ORIGIN = new RegExp(
  `^(出发|始发|开出|启程)的[^，,；;。！？!?]{0,8}?(${trigger("unnamedRouteNoun").source}|列车|专列)`,
);

/**
 * Whether a place of an earlier clause is that clause's subject, and so the sentence's (甲市出台措施，支持企业
 * 开拓乙国市场): only a time word or a connective before it in its clause (not 在: 货物在甲港装船, a locative),
 * or the origin of the line that heads the clause (这条从甲市出发的线路，…).
 */
function opensClause(norm: string, s: { cs: number; ce: number }): boolean {
  const lead = norm.slice(clauseOf(norm, s.cs)[0], s.cs);
  if (/[从由自]$/.test(lead) && LINE_ORIGIN.test(norm.slice(s.ce))) return true;
  return CLAUSE_LEAD.test(lead) && !/在[\s“"]*$/.test(lead);
}

/**
 * Trade stated as entering a partner's market: 为陕西企业开拓东南亚市场, 帮助本地企业进军中东、非洲等
 * 市场 → COOPERATES_WITH from the subject (the shared choice: the place before the verb) to each
 * country or region listed right after the verb, when 市场 closes the list. A market named without
 * a partner (开拓国际市场), a partner without 市场 (开拓东南亚的合作空间), China's own market (the home
 * side), sides that expand markets together (共同拓展中国和阿联酋市场), or a verb with no subject before
 * it give nothing. The subject stands in the verb's own clause or opens an earlier clause as its subject
 * (甲市出台措施，支持企业开拓乙国市场) or is the origin of the line that does (这条从甲市出发的线路，将拓宽乙洲
 * 市场); a place inside an earlier clause (货物在甲港上船出口，便利公司拓展
 * 乙国市场; 连接甲省的新通道，为企业拓展乙国市场; 帮助甲市和乙市企业的产品注册，产品已进入丙国市场) or the
 * passage's context only sends or hosts what enters the market.
 */
export const marketEntry: RelationRule = {
  name: "market-entry",
  types: ["COOPERATES_WITH"],
  find({ norm, ms, push, subjectBefore, fromCtx }) {
    const cands = ms
      .filter((m) => PARTNER.test(typeOf(m.id)) && m.id !== "Country:中国")
      .sort((x, y) => x.cs - y.cs);
    for (const v of norm.matchAll(ENTER)) {
      const at = (v.index ?? 0) + v[0].length;
      const { list, end } = listAfter(norm, cands, at);
      const market = MARKET.exec(norm.slice(end));
      // (共同拓展A和B市场: the sides expand their own markets together, no side enters another's)
      if (list.length === 0 || !market || JOINTLY.test(norm.slice(0, v.index ?? 0))) continue;
      const s = subjectBefore(pointAt(v.index ?? 0), SUBJECT);
      if (!s || fromCtx.has(s)) continue;
      if (s.cs < clauseOf(norm, v.index ?? 0)[0] && !opensClause(norm, s)) continue;
      pushPartners(
        push,
        s,
        list.map((p) => p.id),
        v.index ?? 0,
        end + market[0].length,
      );
    }
  },
};
