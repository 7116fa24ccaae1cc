import { nodeId } from "../catalog";
import { industryItems } from "./industry-items";
import type { EntityRule } from "./types";

/**
 * Industries named in lists of fields: "聚焦智能工厂、智慧交通、智慧城市等重点应用领域",
 * "以智能网联汽车、服务机器人和无人机领域为突破点", "推动跨境电商、保税维修等外贸新业态", and
 * "X产业" (智能产业, 航空维修制造产业). Catalog industries keep priority on overlaps.
 */
export const industries: EntityRule = {
  name: "industries",
  type: "Industry",
  priority: 0,
  find({ norm, n, add }) {
    for (const it of industryItems(norm, n)) {
      const known = n.cat.resolve(it.name, ["Industry"]);
      // registered without a surface form: a word such as 金融 or 教育 is a sector only where a
      // list or 产业 says so, not wherever it occurs later
      const id = known?.startsWith("Industry:") ? known : nodeId("Industry", it.name);
      if (!n.cat.get(id))
        n.cat.entities.set(id, {
          type: "Industry",
          name: it.name,
          nameEn: null,
          aliases: [],
          properties: {},
          inCatalog: false,
        });
      add({ id, cs: it.cs, ce: it.ce, method: "pattern" });
    }
  },
};
