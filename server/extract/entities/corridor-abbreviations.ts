import type { Span } from "./names";
import type { EntityRule } from "./types";

/**
 * Corridors named by abbreviation compounds: 中蒙俄经济走廊, 中吉乌国际多式联运班列, 黔粤班列, 中老跨境公路班车.
 */
export const corridorAbbreviations: EntityRule = {
  name: "corridor-abbreviations",
  type: "Corridor",
  priority: 1,
  find({ norm, n, add }) {
    const compRe =
      /([\u4e00-\u9fff]{2,4}?)((?:国际|跨境|区域)?(?:多式联运|公路|铁海联运|货运)?)(经济走廊|大通道|通道|班列|公路班车|班车|铁路)/y;
    for (let at = 0; at < norm.length; at++) {
      compRe.lastIndex = at;
      const m = compRe.exec(norm);
      if (!m) continue;
      const comp = m[1] ?? "";
      const k = m.index ?? 0;
      const parts: Span[] = [];
      let ok = true;
      if (comp.startsWith("中")) {
        parts.push({ id: "Country:中国", cs: k, ce: k + 1 });
        for (let i = 1; i < comp.length; i++) {
          const id = n.cat.countryAbbr.get(comp[i] ?? "");
          if (!id) {
            ok = false;
            break;
          }
          parts.push({ id, cs: k + i, ce: k + i + 1 });
        }
      } else {
        for (let i = 0; i < comp.length; i++) {
          const id = n.cat.provinceAbbr.get(comp[i] ?? "");
          if (!id) {
            ok = false;
            break;
          }
          parts.push({ id, cs: k + i, ce: k + i + 1 });
        }
      }
      if (!ok || comp.length < 2) continue;
      const name = m[0];
      const id = n.resolveOrRegister("Corridor", name);
      add({ id, cs: k, ce: k + name.length, method: "pattern", parts });
    }
  },
};
