import { clauseOf } from "../clauses";
import { typeOf } from "./context";
import { T_CONNECT } from "./triggers";
import type { RelationRule } from "./types";

/**
 * CONNECTS by trigger: 中欧班列…奔赴欧洲.
 */
export const connectTrigger: RelationRule = {
  name: "connect-trigger",
  types: ["CONNECTS"],
  find({ norm, ms, push, of }) {
    for (const corr of of("Corridor")) {
      const [, b] = clauseOf(norm, corr.cs);
      const seg = norm.slice(corr.ce, b);
      const t = T_CONNECT.exec(seg);
      if (!t) continue;
      for (const x of ms) {
        const xt = typeOf(x.id);
        if (
          x.cs >= corr.ce + t.index &&
          x.cs < b &&
          ["Country", "City", "Port", "Province"].includes(xt) &&
          x.id !== "Country:中国"
        ) {
          push({
            type: "CONNECTS",
            source: corr.id,
            target: x.id,
            method: "pattern",
            confidence: 0.75,
            cs: corr.cs,
            ce: x.ce,
          });
        }
      }
    }
  },
};
