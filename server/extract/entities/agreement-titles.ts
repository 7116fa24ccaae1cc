import type { EntityRule } from "./types";

/**
 * Agreements: 《…协定》 titles and bilateral FTAs (中韩、中瑞士等自由贸易协定).
 */
export const agreementTitles: EntityRule = {
  name: "agreement-titles",
  type: "Agreement",
  priority: 3,
  find({ norm, n, add }) {
    for (const m of norm.matchAll(/《([^《》]{2,40})》/g)) {
      const title = m[1] ?? "";
      if (!/(协定|协议|伙伴关系安排|经贸关系的安排)$/.test(title)) continue;
      const k = (m.index ?? 0) + 1;
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
