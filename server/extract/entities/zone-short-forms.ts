import { provinceShort } from "../catalog";
import { hanRunBefore } from "../clauses";
import type { Span } from "./names";
import type { EntityRule } from "./types";

/**
 * Short forms and coordinated lists: 广西自贸试验区, 云南和广西自贸试验区, 上海、广东等自贸试验区.
 */
export const zoneShortForms: EntityRule = {
  name: "zone-short-forms",
  type: "FreeTradeZone",
  priority: 3,
  find({ norm, n, add }) {
    // (a cheap test before the scan: each keyword below holds one of these)
    if (!/自由贸易试验区|自贸|FTZ/.test(norm)) return;
    for (const m of norm.matchAll(/(自由贸易试验区|自贸试验区|自贸区|FTZ)(?!片区)/g)) {
      const k = m.index ?? 0;
      let pos = k;
      // optional "等", "N个", "沿海/内陆/沿边" between the list and the keyword
      const prefix = norm.slice(Math.max(0, k - 8), k);
      const mm =
        /(等)?(少数|多数|部分|一些|若干|其他)?(地|地区|省市|省份)?(的)?(\d+\s*个|[几一二三四五六七八九十]+个)?(沿海|内陆|沿边)?$/.exec(
          prefix,
        );
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
