import { provinceShort } from "../catalog";
import { hanRunBefore } from "../clauses";
import { entityAlt } from "../lexicon";
import type { Span } from "./names";
import type { EntityRule } from "./types";

/** The cores every keyword holds (entity-words.json zoneKeywordCores): a cheap test before the scan. */
const KEYWORD_CORE = new RegExp(entityAlt("zoneKeywordCores"));
/** A zone's keyword (entity-words.json zoneKeywords), not the start of 片区. */
const KEYWORD = new RegExp(`(${entityAlt("zoneKeywords")})(?!片区)`, "g");
/**
 * What may stand between a list of places and the keyword: 等, a quantifier (zoneListQuantifiers), a place noun
 * (zoneListPlaceNouns), 的, a count and a kind of zone (zoneListKinds).
 */
const LIST_TAIL = new RegExp(
  `(等)?(${entityAlt("zoneListQuantifiers")})?(${entityAlt("zoneListPlaceNouns")})?(的)?(\\d+\\s*个|[几一二三四五六七八九十]+个)?(${entityAlt("zoneListKinds")})?$`,
);

/**
 * Short forms and coordinated lists: 广西自贸试验区, 云南和广西自贸试验区, 上海、广东等自贸试验区.
 */
export const zoneShortForms: EntityRule = {
  name: "zone-short-forms",
  type: "FreeTradeZone",
  priority: 3,
  find({ norm, n, add }) {
    // (a cheap test before the scan: each keyword below holds one of these)
    if (!KEYWORD_CORE.test(norm)) return;
    for (const m of norm.matchAll(KEYWORD)) {
      const k = m.index ?? 0;
      let pos = k;
      // optional "等", "N个", "沿海/内陆/沿边" between the list and the keyword
      const prefix = norm.slice(Math.max(0, k - 8), k);
      const mm = LIST_TAIL.exec(prefix);
      if (mm?.[0]) pos = k - mm[0].length;
      let first = true;
      while (pos > 0) {
        // skip a parenthetical right before the keyword/separator: 上海（临港新片区）
        let end = pos;
        if (norm[end - 1] === ")") {
          const open = norm.lastIndexOf("(", end - 1);
          if (open >= 0 && end - open <= 12) end = open;
        }
        const start = hanRunBefore(norm, end, 5);
        const run = norm.slice(start, end);
        const suf = n.cat.placeSuffix(run);
        if (!suf) break;
        const ps = end - suf.form.length;
        const e = n.cat.get(suf.id);
        if (!e || e.type === "Country") break;
        const zid = n.zoneIdForPlace(e.type === "Province" ? provinceShort(e) : suf.form);
        const parts: Span[] = [];
        if (first && end === k) {
          add({ id: zid, cs: ps, ce: k + (m[1] ?? "").length, method: "pattern", parts });
        } else add({ id: zid, cs: ps, ce: end, method: "pattern", parts });
        first = false;
        const sep = norm[ps - 1];
        if (sep === "、" || sep === "和" || sep === "与" || sep === "及") pos = ps - 1;
        else break;
      }
    }
  },
};
