import { QUANTIFIER } from "./names";
import type { EntityRule } from "./types";

/**
 * Rail and sea-rail services named in quotes: “蓉欧快铁”, “湘粤非”铁海联运, “长安号”班列. The quoted
 * name is a service when it ends in a service word or one follows the closing quote.
 */
export const quotedServices: EntityRule = {
  name: "quoted-services",
  type: "Corridor",
  priority: 2,
  find({ norm, n, add, cands }) {
    for (const m of norm.matchAll(
      /[“"]([\u4e00-\u9fff]{2,8}|[\u4e00-\u9fff]{2,4}·[\u4e00-\u9fff]{2,5})[”"](铁海联运班列|铁海联运|国际货运班列|国际班列|货运班列|班列|专列)?/g,
    )) {
      const inner = m[1] ?? "";
      // a quoted line name is the service's own name (“湘滇·澜湄线”国际货运班列 → 湘滇·澜湄线)
      // …that a train word follows in its clause (not “底线”, “生命线”)
      const clause = /^[^，。；！？,;!?]{0,24}?(班列|专列|班车)/.test(
        norm.slice((m.index ?? 0) + inner.length + 2),
      );
      const line = /[^专直]线$/.test(inner) && clause;
      const after = line ? "" : (m[2] ?? "");
      if (!after && !line && !/(快铁|班列|专列|铁海联运)$/.test(inner)) continue;
      if (inner.includes("·") && !line) continue;
      // “四向多条”国际货运班列 counts trains, it names none
      if (QUANTIFIER.test(inner)) continue;
      const name = `${inner}${after}`;
      const cs = m.index ?? 0;
      // a catalogued service inside the quotes keeps its own name (“海丝”中欧班列 stays 中欧班列)
      if (cands.some((c) => c.id.startsWith("Corridor:") && c.cs >= cs && c.ce <= cs + m[0].length)) continue;
      const ce = line ? cs + inner.length + 2 : cs + m[0].length;
      add({ id: n.resolveOrRegister("Corridor", name), cs, ce, method: "pattern" });
    }
  },
};
