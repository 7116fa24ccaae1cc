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
 * Agreements: 《…协定》 titles; a bilateral FTA's title (formal or by its pair) is named 中国-X自由贸易协定
 * (fta-names.ts), with the written title as an alias.
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
      const k = (m.index ?? 0) + 1;
      const fta = bilateralTitle(n, title, k);
      if (fta) {
        add({ id: fta.id, cs: k, ce: k + title.length, method: "pattern", parts: fta.parts });
        continue;
      }
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
