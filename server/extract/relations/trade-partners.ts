import type { Mention } from "../entities/types";
import { typeOf } from "./context";
import type { RelationRule } from "./types";

const PARTNER =
  /(是|为|成为|系)([^，。；;]{0,12}?)(第[一二三四五六七八九十\d]+大|最大的?|重要的?|主要的?)(贸易伙伴国?|出口市场|进口来源地|外资来源地|投资来源地)/g;
const REGION = /^(Province|City|FreeTradeZone|Area)$/;

/**
 * Cooperation through trade: 欧盟是该省第二大贸易伙伴, 东盟已成为广西最大的贸易伙伴. The partner is the
 * country right before the verb; the subject is the place named in between, else the last place of
 * that kind named before (该省 → a province, 该市 → a city, also inside a name), else the carried one.
 */
export const tradePartners: RelationRule = {
  name: "trade-partners",
  types: ["COOPERATES_WITH"],
  find({ norm, ms, push, ctxSubject }) {
    for (const m of norm.matchAll(PARTNER)) {
      const at = m.index ?? 0;
      const partner = ms.find((x) => typeOf(x.id) === "Country" && x.ce <= at && at - x.ce <= 2);
      if (!partner || partner.id === "Country:中国") continue;
      const mid = at + (m[1] ?? "").length;
      const midEnd = mid + (m[2] ?? "").length;
      let subj: Mention | undefined = ms.find(
        (x) => REGION.test(typeOf(x.id)) && x.cs >= mid && x.ce <= midEnd,
      );
      if (!subj && /[该本我全](省|区)/.test(m[2] ?? ""))
        subj = lastOf(ms, "Province", partner.cs) ?? ctxSubject(partner, ["Province"]);
      else if (!subj && /[该本我全]市/.test(m[2] ?? ""))
        subj = lastOf(ms, "City", partner.cs) ?? ctxSubject(partner, ["City"]);
      if (!subj) continue;
      push({
        type: "COOPERATES_WITH",
        subj,
        source: subj.id,
        target: partner.id,
        method: "pattern",
        confidence: 0.7,
        cs: partner.cs,
        ce: at + m[0].length,
      });
    }
  },
};

/** The last mention of a type (or name part of that type) before `pos`. */
function lastOf(ms: Mention[], type: string, pos: number): Mention | undefined {
  const found = ms.flatMap((m) => [m, ...m.parts.map((p) => ({ ...p, method: m.method, parts: [] }))]);
  return found.filter((x) => typeOf(x.id) === type && x.ce <= pos).pop();
}
