import type { EntityRule } from "./types";

/**
 * Border trade points and bilateral parks: 浦寨互市点, 中国-印尼、中国-菲律宾经贸创新发展示范园区.
 */
export const borderTradePoints: EntityRule = {
  name: "border-trade-points",
  type: "DevZone",
  priority: 1,
  find({ norm, n, add }) {
    for (const m of norm.matchAll(/互市点/g)) {
      const k = m.index ?? 0;
      const start = n.nameStart(norm, k, 4);
      const base = norm.slice(start, k);
      if (base.length < 2 || /边民|边境|该|各|这|互市/.test(base)) continue;
      const id = n.cat.resolve(`${base}互市点`, ["DevZone"]) ?? n.ensure("DevZone", `${base}互市点`, {});
      add({ id, cs: start, ce: k + 3, method: "pattern" });
    }
  },
};
