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
      /[“"]([\u4e00-\u9fff]{2,8})[”"](铁海联运班列|铁海联运|国际货运班列|国际班列|货运班列|班列|专列)?/g,
    )) {
      const inner = m[1] ?? "";
      const after = m[2] ?? "";
      if (!after && !/(快铁|班列|专列|铁海联运)$/.test(inner)) continue;
      // “四向多条”国际货运班列 counts trains, it names none
      if (QUANTIFIER.test(inner)) continue;
      const name = `${inner}${after}`;
      const cs = m.index ?? 0;
      // a catalogued service inside the quotes keeps its own name (“海丝”中欧班列 stays 中欧班列)
      if (cands.some((c) => c.id.startsWith("Corridor:") && c.cs >= cs && c.ce <= cs + m[0].length)) continue;
      add({ id: n.resolveOrRegister("Corridor", name), cs, ce: cs + m[0].length, method: "pattern" });
    }
  },
};
