import type { Span } from "./names";
import type { EntityRule } from "./types";

/**
 * A service named with its operators in brackets: 中欧班列（成渝）, 中欧班列（长安号）.
 */
export const bracketedServices: EntityRule = {
  name: "bracketed-services",
  type: "Corridor",
  priority: 3,
  find({ norm, n, add, cands }) {
    for (const c of [...cands]) {
      if (!c.id.startsWith("Corridor:") || !/班列|班车/.test(c.id) || norm[c.ce] !== "(") continue;
      const b = /^\(([\u4e00-\u9fff]{2,4})\)/.exec(norm.slice(c.ce));
      if (!b) continue;
      const inside = b[1] ?? "";
      const name = `${n.cat.get(c.id)?.name ?? c.id.slice(9)}（${inside}）`;
      const parts: Span[] = [];
      for (const [k, ch] of [...inside].entries()) {
        const pid = n.cat.provinceAbbr.get(ch);
        if (pid) parts.push({ id: pid, cs: c.ce + 1 + k, ce: c.ce + 2 + k });
      }
      const id = n.cat.resolve(name, ["Corridor"]) ?? n.ensure("Corridor", name);
      add({ id, cs: c.cs, ce: c.ce + b[0].length, method: "pattern", parts });
    }
  },
};
