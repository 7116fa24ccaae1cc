import type { EntityRule } from "./types";

/**
 * A section of a line named by its two ends right after the line's kind, bare or in brackets, and closed
 * by 段: 中老高速公路万象至万荣段, 白沙瓦至卡拉奇高速公路（木尔坦至苏库尔段）.
 */
const SECTION =
  /(铁路|高速公路|公路|高速(?!公路))[(（]?([\u4e00-\u9fff]{2,4}?)(?:至|到)([\u4e00-\u9fff]{2,4}?)段/g;

/**
 * The ends of a section of a named line (a corridor found before this rule ends at the kind) that no
 * other rule knows, as cities (the shape names places: towns, cities); known places are left to their
 * own rules. An end holding a known place, written as a station (…站, …南) or a border (冀晋界), is not
 * read.
 */
export const sectionEnds: EntityRule = {
  name: "section-ends",
  type: "City",
  priority: 1,
  find({ norm, n, cands, add }) {
    if (!norm.includes("段")) return;
    for (const m of norm.matchAll(SECTION)) {
      const lineEnd = (m.index ?? 0) + (m[1] ?? "").length;
      if (!cands.some((c) => c.ce === lineEnd && c.id.startsWith("Corridor:"))) continue;
      const x = m[2] ?? "";
      const y = m[3] ?? "";
      const xs = (m.index ?? 0) + m[0].length - 1 - y.length - 1 - x.length;
      for (const [name, cs] of [
        [x, xs],
        [y, xs + x.length + 1],
      ] as const) {
        if (n.placesIn(name).length > 0 || /[站界东西南北]$/.test(name)) continue;
        const id = n.cat.resolve(name, ["City"]) ?? n.ensure("City", name);
        add({ id, cs, ce: cs + name.length, method: "pattern" });
      }
    }
  },
};
