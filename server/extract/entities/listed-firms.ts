import { clauseStart } from "../clauses";
import { FIRM_RANKS } from "../lexicon";
import type { EntityRule } from "./types";

/** What closes a list of firms: 等, a count, a rank of firms (data/lexicon/org-boundaries.json) and the noun. */
const LIST_END = new RegExp(`等(多家|\\d+家|[一二三四五六七八九十几]+家)?(${FIRM_RANKS})?(企业|公司)`, "g");

/**
 * Firms listed before 等多家…企业: 吸引了空客、四川国际航空、川航维修基地等多家重点企业入驻.
 */
export const listedFirms: EntityRule = {
  name: "listed-firms",
  type: "Organization",
  priority: 0,
  find({ norm, n, add }) {
    for (const m of norm.matchAll(LIST_END)) {
      const end = m.index ?? 0;
      const a = clauseStart(norm, end);
      const body = norm.slice(a, end);
      if (!body.includes("、")) continue;
      let off = a;
      const pieces = body.split("、");
      for (const [pi, piece] of pieces.entries()) {
        const cs = off;
        off += piece.length + 1;
        let name = piece;
        let s0 = cs;
        if (pi === 0) {
          // the first item follows the verb (吸引了空客, 吸引到空客)
          const v = /^.*(吸引(?:到|了)?|引进(?:到|了)?|包括|如|有)/.exec(piece);
          if (!v) continue;
          name = piece.slice(v[0].length);
          s0 = cs + v[0].length;
        }
        if (!/^[\u4e00-\u9fffA-Za-z]{2,12}$/.test(name)) continue;
        if (n.cat.resolve(name)) continue;
        if (n.placesIn(name).some((p) => p.start === 0 && p.end === name.length)) continue;
        const id = n.ensure("Organization", name);
        add({ id, cs: s0, ce: s0 + name.length, method: "pattern" });
      }
    }
  },
};
