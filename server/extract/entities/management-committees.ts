import type { EntityRule } from "./types";

/**
 * Management committees of a zone or area: 中国（上海）自由贸易试验区临港新片区管理委员会.
 */
export const managementCommittees: EntityRule = {
  name: "management-committees",
  type: "Organization",
  priority: 2,
  find({ norm, n, add, cands }) {
    for (const m of norm.matchAll(/管理委员会|管委会/g)) {
      const k = m.index ?? 0;
      const area = cands.find((c) => c.ce === k && /^(Area|FreeTradeZone|DevZone):/.test(c.id));
      if (!area) continue;
      const zone = cands.find((c) => c.ce === area.cs && c.id.startsWith("FreeTradeZone:"));
      const cs = zone ? zone.cs : area.cs;
      const name = `${norm.slice(cs, k)}管理委员会`.replace(/\(/g, "（").replace(/\)/g, "）");
      const id = n.cat.resolve(name, ["Organization"]) ?? n.ensure("Organization", name);
      add({ id, cs, ce: k + m[0].length, method: "pattern" });
    }
  },
};
