import { clauseOf } from "../clauses";
import { typeOf } from "./context";
import type { RelationRule } from "./types";

/**
 * LINKED_PORT of an area, zone or development zone that rests on its ports: 崇左片区依托凭祥口岸和
 * 友谊关口岸，…; 两江新区主要依托果园港…;
 * 福建自贸试验区将统筹厦门港、福州港两大港口资源. The ports are the object of the verb.
 */
export const portReliance: RelationRule = {
  name: "port-reliance",
  types: ["LINKED_PORT"],
  find({ norm, ms, push }) {
    for (const v of norm.matchAll(/依托|背靠|统筹|将[^，；。]{0,4}?纳入/g)) {
      const at = v.index ?? 0;
      const [ca, cb] = clauseOf(norm, at);
      const subj = ms
        .filter((x) => /^(Area|FreeTradeZone|DevZone)$/.test(typeOf(x.id)) && x.ce <= at && x.cs >= ca)
        .pop();
      if (!subj || !/^\s*(则|将|还|也|正|已|主要|充分|积极|进一步){0,2}\s*$/.test(norm.slice(subj.ce, at)))
        continue;
      // the object runs up to the next verb of the clause
      const rest = norm.slice(at + v[0].length, cb);
      const stop = rest.search(/推动|发展|重点|打造|建设|形成|开展|实现|是|深度|积极|加快|联动发展/);
      const end = at + v[0].length + (stop < 0 ? rest.length : stop);
      for (const p of ms)
        if (typeOf(p.id) === "Port" && p.cs >= at && p.ce <= end)
          push({
            type: "LINKED_PORT",
            source: subj.id,
            target: p.id,
            method: "pattern",
            confidence: 0.7,
            cs: subj.cs,
            ce: p.ce,
          });
    }
  },
};
