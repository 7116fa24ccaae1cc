import { GENERIC_AGREEMENT_TITLE } from "../lexicon";
import { FTA_WORDS, formalFtaPartner, ftaId, ftaPairBefore } from "./fta-names";
import type { Names, Span } from "./names";
import type { EntityRule } from "./types";

const ENDS_FTA = new RegExp(`(?:${FTA_WORDS})$`);

/** A bilateral agreement's title (《马尔代夫中国自由贸易协定》, formal titles) as 中国-X自由贸易协定. */
function bilateralTitle(n: Names, title: string, k: number): { id: string; parts: Span[] } | null {
  const word = ENDS_FTA.exec(title);
  if (!word) return null;
  const head = title.slice(0, word.index);
  const formal = formalFtaPartner(n, head);
  if (formal) return { id: ftaId(n, formal, title), parts: [] };
  const pair = ftaPairBefore(n, head, head.length);
  if (pair?.cs !== 0) return null;
  return {
    id: ftaId(n, pair.partner, title),
    parts: [{ ...pair.part, cs: k + pair.part.cs, ce: k + pair.part.ce }],
  };
}

/**
 * A cooperation agreement of Chinese places (《兰州市与连云港市区域合作发展战略协议》, 《上海江苏浙江
 * 自由贸易试验区联动发展战略合作框架协议》): a title that opens with a city or province and is a 合作…协议
 * is a local government's document, no trade agreement.
 */
function domesticCooperation(n: Names, title: string): boolean {
  if (!/协议$/.test(title) || !title.includes("合作")) return false;
  const p = n.cat.placePrefix(title);
  return !!p && /^(City|Province):/.test(p.id);
}

/**
 * Agreements: 《…协定》 titles; a bilateral FTA's title (formal or by its pair) is named 中国-X自由贸易协定
 * (fta-names.ts), with the written title as an alias. A cooperation agreement between Chinese places
 * is none, nor a title of kind words alone (《经济合作协议》) the catalog lacks.
 */
export const agreementTitles: EntityRule = {
  name: "agreement-titles",
  type: "Agreement",
  priority: 3,
  find({ norm, n, add }) {
    for (const m of norm.matchAll(/《([^《》]{2,40})》/g)) {
      const title = m[1] ?? "";
      // a bare 《协定》 is a short reference to a title named before it, not a name
      if (!/.(协定|协议|伙伴关系安排|经贸关系的安排)$/.test(title) || /^(该|本)?(协定|协议)$/.test(title))
        continue;
      if (domesticCooperation(n, title)) continue;
      const k = (m.index ?? 0) + 1;
      const fta = bilateralTitle(n, title, k);
      if (fta) {
        add({ id: fta.id, cs: k, ce: k + title.length, method: "pattern", parts: fta.parts });
        continue;
      }
      // a title of kind words alone (双方洽签《经济合作协议》) names none unless the catalog has it
      if (GENERIC_AGREEMENT_TITLE.test(title) && !n.cat.resolve(title, ["Agreement"])) continue;
      const id = n.resolveOrRegister("Agreement", title);
      add({
        id,
        cs: k,
        ce: k + title.length,
        method: n.cat.get(id)?.inCatalog ? "catalog" : "pattern",
        parts: n.agreementParties(id, title, k),
      });
    }
  },
};
