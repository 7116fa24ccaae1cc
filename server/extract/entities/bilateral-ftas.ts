import { FTA_WORDS, ftaId, ftaPairBefore } from "./fta-names";
import type { EntityRule } from "./types";

const FTA = new RegExp(`(等)?(升级)?(?:${FTA_WORDS})`, "g");

/**
 * Bilateral free trade agreements named by their pair (fta-names.ts): 中国—塞尔维亚自由贸易协定,
 * 厄瓜多尔—中国自由贸易协定, 中厄自贸协定, 厄中自贸协定, and lists (中韩、中瑞士等自由贸易协定), each
 * as the catalog's 中国-X自由贸易协定 with the partner as its part.
 */
export const bilateralFtas: EntityRule = {
  name: "bilateral-ftas",
  type: "Agreement",
  priority: 1,
  find({ norm, n, add }) {
    for (const m of norm.matchAll(FTA)) {
      let pos = m.index ?? 0;
      while (pos > 1) {
        const pair = ftaPairBefore(n, norm, pos);
        if (!pair) break;
        add({ id: ftaId(n, pair.partner), cs: pair.cs, ce: pos, method: "pattern", parts: [pair.part] });
        if (norm[pair.cs - 1] === "、" || norm[pair.cs - 1] === "和") pos = pair.cs - 1;
        else break;
      }
    }
  },
};
