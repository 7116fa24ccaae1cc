import { clauseOf } from "../clauses";
import { negotiated, stageOf } from "./stage";
import type { RelationRule } from "./types";

/**
 * An agreement named by its two parties written in full (中国-东协FTA, 泰国-印度FTA, 澳洲与香港自由贸易及投资协定:
 * entities/party-named-agreements.ts, whose parts they are): ALIGNS_WITH from each party, with the stage its clause
 * states (…将于明年正式生效 → in_force) or none. An agreement still under talks (启动中国-X自由贸易协定谈判) gives none:
 * negotiation is no membership. One-character compounds (中韩) are not parts written in full and give nothing here.
 */
export const namedParties: RelationRule = {
  name: "named-parties",
  types: ["ALIGNS_WITH"],
  find({ norm, of, push }) {
    for (const ag of of("Agreement")) {
      const parties = ag.parts.filter((p) => p.ce - p.cs >= 2 && p.cs >= ag.cs && p.ce <= ag.ce);
      if (parties.length !== 2 || parties[0]?.id === parties[1]?.id || negotiated(norm, ag.ce)) continue;
      const [a, b] = clauseOf(norm, ag.ce);
      const stage = stageOf(norm.slice(a, b + 1));
      for (const p of parties)
        push({
          type: "ALIGNS_WITH",
          source: p.id,
          target: ag.id,
          method: "pattern",
          confidence: 0.7,
          cs: ag.cs,
          ce: b,
          ...stage,
        });
    }
  },
};
