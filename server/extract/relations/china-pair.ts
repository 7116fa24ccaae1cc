import { T_TRADE } from "./triggers";
import type { RelationRule } from "./types";

/**
 * What a China + partner compound qualifies when it states dealings of the two (中越边贸, 中老贸易往来,
 * 中巴两国的货物进出口, 中日之间货物贸易): an optional "the two"/"between" and kind of
 * goods, then a trade word (triggers.json "trade") or 边贸. (Not 合作: 依托中俄蒙合作 is the dealings of
 * whoever relies on it.)
 */
const DEALINGS = new RegExp(
  `^(两国|双方|之间|间|双边)?(的)?(货物|服务|商品|农产品)?(边贸|边境贸易|${T_TRADE.source})`,
);
/**
 * Trade between China and partners named by one-character abbreviations after 中 (将促进中越边贸,
 * 中俄贸易快速增长, 中巴两国的货物进出口): COOPERATES_WITH from 中国 to each partner (cooperation through trade, as
 * data/README.md has it). Only runs outside names (中欧班列 is a name).
 */
export const chinaPair: RelationRule = {
  name: "china-pair",
  types: ["COOPERATES_WITH"],
  find({ norm, ms, cat, push }) {
    const covered = (i: number) => ms.some((m) => m.cs <= i && i < m.ce);
    for (const t of norm.matchAll(/中/g)) {
      const at = t.index ?? 0;
      // (nor inside a title: 《中俄货物贸易…路线图》 names a document)
      if (covered(at) || norm.lastIndexOf("《", at) > norm.lastIndexOf("》", at)) continue;
      const partners: string[] = [];
      let k = at + 1;
      while (k - at <= 3 && !covered(k) && cat.countryAbbr.has(norm[k] ?? "") && norm[k] !== "中")
        partners.push(cat.countryAbbr.get(norm[k++] ?? "") as string);
      const d = DEALINGS.exec(norm.slice(k));
      if (partners.length === 0 || !d) continue;
      for (const p of partners)
        push({
          type: "COOPERATES_WITH",
          source: "Country:中国",
          target: p,
          method: "pattern",
          confidence: 0.7,
          cs: at,
          ce: k + d[0].length,
        });
    }
  },
};
