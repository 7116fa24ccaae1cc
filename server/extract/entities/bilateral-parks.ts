import type { EntityRule } from "./types";

/**

 */
export const bilateralParks: EntityRule = {
  name: "bilateral-parks",
  type: "DevZone",
  priority: 1,
  find({ norm, n, add }) {
    for (const m of norm.matchAll(
      /中国-([\u4e00-\u9fff]{2,6}?)((?:经贸|产业|工业|农业)[\u4e00-\u9fff]{0,8}?(?:园区|产业园|合作区))/g,
    )) {
      const k = m.index ?? 0;
      const cid = n.cat.resolve(m[1] ?? "", ["Country"]);
      if (!cid?.startsWith("Country:")) continue;
      const suffix = m[2] ?? "";
      // the name keeps the country as written (中国-印尼…), its part is the catalogued country
      const mk = (cs: number, ce: number, written: string, countryId: string, pcs: number) => {
        const name = `中国-${written}${suffix}`;
        const id = n.cat.resolve(name, ["DevZone"]) ?? n.ensure("DevZone", name, {});
        add({ id, cs, ce, method: "pattern", parts: [{ id: countryId, cs: pcs, ce: pcs + written.length }] });
      };
      mk(k, k + m[0].length, m[1] ?? "", cid, k + 3);
      // shared suffix: 中国-印尼、中国-菲律宾经贸…园区 → also 中国-印尼经贸…园区
      let pos = k;
      for (;;) {
        const prev = /中国-([\u4e00-\u9fff]{2,6})、$/.exec(norm.slice(Math.max(0, pos - 12), pos));
        if (!prev) break;
        const pcs = pos - prev[0].length;
        const pid = n.cat.resolve(prev[1] ?? "", ["Country"]);
        if (!pid?.startsWith("Country:")) break;
        mk(pcs, pos - 1, prev[1] ?? "", pid, pcs + 3);
        pos = pcs;
      }
    }
  },
};
