import { clauseStart, hanRunBefore } from "../clauses";
import type { EntityRule } from "./types";

/**
 * Alliances and joint bodies of zones: 黄河流域自由贸易试验区联盟, 黑吉辽自由贸易试验区联盟.
 */
export const zoneAlliances: EntityRule = {
  name: "zone-alliances",
  type: "Organization",
  priority: 3,
  find({ norm, n, add }) {
    for (const m of norm.matchAll(/(自由贸易试验区|自贸试验区|自贸区)(联盟|联席会议)/g)) {
      const k = m.index ?? 0;
      let a = hanRunBefore(norm, k, 8);
      const v = /^.*(成立|组建|建立|创建|加入|发起|牵头|设立|推动|的|和|与)/.exec(norm.slice(a, k));
      if (v) a += v[0].length;
      if (k - a < 2) continue;
      const name = norm.slice(a, k + m[0].length);
      // a body only proposed (可…组建, 加快创建, 推动设立) does not exist yet: no Organization
      const ca = clauseStart(norm, a);
      if (/组建|创建|筹建|推动|建议|拟|可/.test(norm.slice(ca, a))) continue;
      const id = n.cat.resolve(name, ["Organization"]) ?? n.ensure("Organization", name);
      add({ id, cs: a, ce: k + m[0].length, method: "pattern" });
    }
  },
};
