import { insideTitle } from "../clauses";
import { readLexicon } from "../lexicon";
import type { Names } from "./names";
import type { EntityRule } from "./types";

/** The category's written forms, full and short (跨境电子商务综合试验区, 跨境电商综试区). */
const CATEGORY = /(?:跨境电子商务|跨境电商)(?:综合试验区|综试区)/g;

/** 中国（杭州） or 中国(杭州) right before the category: the official bracketed form. */
const BRACKETED = /中国[（(]([\u4e00-\u9fff]{2,6})[）)]$/;

/** A body the zone's name opens (…综试区建设领导小组, …综试区办公室): data/lexicon/pilot-zone-bodies.json. */
const BODY = new RegExp(
  `^(?:建设|工作)?(?:${readLexicon<{ bodyHeads: string[] }>("pilot-zone-bodies.json").bodyHeads.join("|")})`,
);

/** The city whose name ends right at `end` (the longest such name of two to six characters), if any. */
function cityEndingAt(norm: string, end: number, n: Names): { id: string; start: number } | null {
  for (let len = 6; len >= 2; len--) {
    const start = end - len;
    if (start < 0) continue;
    const hit = n.startsWithPlace(norm.slice(start, end));
    if (hit && hit.len === len && hit.id.startsWith("City:")) return { id: hit.id, start };
  }
  return null;
}

/**
 * A city's cross-border e-commerce pilot zone, written after its city (长沙跨境电商综试区, 杭州跨境电子商务综合
 * 试验区, 中国（杭州）跨境电子商务综合试验区): every such zone is named by the State Council as
 * 中国（city）跨境电子商务综合试验区, the id it gets (the catalog's where it has one). The category written alone,
 * or after a province or a word that is no city (浙江跨境电商综试区, 推进跨境电商综试区建设), is left to the category
 * rules; so is a zone written inside a 《》 title or opening a body's name (…综试区建设领导小组).
 */
export const ecommercePilotZones: EntityRule = {
  name: "ecommerce-pilot-zones",
  type: "DevZone",
  priority: 2,
  find({ norm, n, add }) {
    for (const m of norm.matchAll(CATEGORY)) {
      const k = m.index ?? 0;
      const ce = k + m[0].length;
      // a document's title (《中国（X）跨境电子商务综合试验区实施方案》) or a body's name is no mention of the zone
      if (insideTitle(norm, k) || BODY.test(norm.slice(ce, ce + 8))) continue;
      const br = BRACKETED.exec(norm.slice(Math.max(0, k - 12), k));
      if (br) {
        const inner = br[1] ?? "";
        const city = n.startsWithPlace(inner);
        if (!city || city.len !== inner.length || !city.id.startsWith("City:")) continue;
        const cs = k - br[0].length;
        const ps = k - inner.length - 1;
        add({
          id: zoneId(n, city.id),
          cs,
          ce,
          method: "pattern",
          parts: [{ id: city.id, cs: ps, ce: k - 1 }],
        });
        continue;
      }
      const city = cityEndingAt(norm, k, n);
      if (!city) continue;
      add({
        id: zoneId(n, city.id),
        cs: city.start,
        ce,
        method: "pattern",
        parts: [{ id: city.id, cs: city.start, ce: k }],
      });
    }
  },
};

function zoneId(n: Names, cityId: string): string {
  const city = cityId.slice(cityId.indexOf(":") + 1);
  return n.resolveOrRegister("DevZone", `中国（${city}）跨境电子商务综合试验区`);
}
