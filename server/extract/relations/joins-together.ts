import { trigger } from "../lexicon";
import { typeOf } from "./context";
import type { RelationRule } from "./types";

/** Verbs that join what 把/将 names (联合在一起, 连接起来…: data/lexicon/triggers.json "joinTogether"). */
const JOIN = trigger("joinTogether");
/** The corridor as the subject of 把/将: only modal words and adverbs between them. */
const LEAD = /^[”"」]?(能|能够|可|可以|将|要|已|正|还|也|则|进一步)*(把|将)$/;
const TARGET = /^(Country|City|Province)$/;

/**
 * A corridor that joins the places it names with 把/将: 中巴经济走廊能把南亚、中亚等…紧密联合在一起;
 * 中欧班列将成都和罗兹连接起来 → CONNECTS from the corridor to each place between 把 and the verb, in
 * the same clause. A corridor that is not the subject of 把 (成都把中欧班列和…连接起来) gives nothing.
 */
export const joinsTogether: RelationRule = {
  name: "joins-together",
  types: ["CONNECTS"],
  find({ norm, ms, push, of }) {
    for (const corr of of("Corridor")) {
      const rest = norm.slice(corr.ce);
      const ba = /^[^，,；;。！？!?]{0,6}?(把|将)/.exec(rest);
      if (!ba || !LEAD.test(ba[0])) continue;
      const from = corr.ce + ba[0].length;
      const clause = norm.slice(from).search(/[，,；;。！？!?]/);
      const join = JOIN.exec(norm.slice(from, clause < 0 ? norm.length : from + clause));
      if (!join) continue;
      const end = from + join.index;
      for (const x of ms) {
        if (x.cs < from || x.ce > end || !TARGET.test(typeOf(x.id)) || x.id === "Country:中国") continue;
        push({
          type: "CONNECTS",
          source: corr.id,
          target: x.id,
          method: "pattern",
          confidence: 0.75,
          cs: corr.cs,
          ce: end + join[0].length,
        });
      }
    }
  },
};
