import { typeOf } from "./context";
import type { RelationRule } from "./types";

/**
 * 深圳、珠海、汕头（广东省）和厦门（福建省）: cities before a bracketed province lie in it.
 */
export const bracketedProvince: RelationRule = {
  name: "bracketed-province",
  types: ["LOCATED_IN"],
  find({ norm, ms, push }) {
    for (const p of ms) {
      if (typeOf(p.id) !== "Province" || norm[p.cs - 1] !== "(" || norm[p.ce] !== ")") continue;
      let pos = p.cs - 1;
      for (;;) {
        const c = ms.find((x) => x.ce === pos && typeOf(x.id) === "City");
        if (!c) break;
        push({
          type: "LOCATED_IN",
          source: c.id,
          target: p.id,
          method: "pattern",
          confidence: 0.85,
          cs: c.cs,
          ce: p.ce + 1,
        });
        if (!/[、]/.test(norm[c.cs - 1] ?? "")) break;
        pos = c.cs - 1;
      }
    }
  },
};
