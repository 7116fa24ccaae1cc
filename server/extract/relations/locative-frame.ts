import { clauseOf } from "../clauses";
import { typeOf } from "./context";
import type { RelationRule } from "./types";

/**
 * ON_CORRIDOR from a locative frame: 在满洲里铁路口岸，龙门吊起落间…，中欧班列鸣笛启程 — the trains of a
 * service start, stop or clear customs at the place the sentence is set in.
 */
export const locativeFrame: RelationRule = {
  name: "locative-frame",
  types: ["ON_CORRIDOR"],
  find({ norm, pool, push, of, sentStartOf }) {
    for (const c of of("Corridor")) {
      if (!/班列|班车/.test(c.id)) continue;
      const [, cb] = clauseOf(norm, c.cs);
      if (!/启程|出发|开行|始发|驶出|驶离|出境|入境|经停|通关|发车|抵达/.test(norm.slice(c.ce, cb))) continue;
      const sentA = sentStartOf(c.cs);
      const frames = pool.filter(
        (x) =>
          /^(Port|City|Area)$/.test(typeOf(x.id)) &&
          x.cs >= sentA &&
          x.ce <= c.cs &&
          norm[x.cs - 1] === "在" &&
          /^[，,]/.test(norm.slice(x.ce)),
      );
      const frame = frames[frames.length - 1];
      if (!frame) continue;
      push({
        type: "ON_CORRIDOR",
        subj: frame,
        source: frame.id,
        target: c.id,
        method: "pattern",
        confidence: 0.65,
        cs: frame.cs - 1,
        ce: cb,
      });
    }
  },
};
