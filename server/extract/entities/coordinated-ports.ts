import { entityAlt, PORT_KIND_SOURCE } from "../lexicon";
import { ports } from "./ports";
import type { EntityRule } from "./types";

/**
 * The second of two coordinated ports (泸州港与水富港, 青岛港和日照港, 满洲里口岸及绥芬河口岸): a
 * conjunction right after a port's head ends the text before the next port's name, which the port rule
 * then reads alone (it reads the pair as one coordinated base and skips it).
 */
const PAIR = new RegExp(
  `(?:${entityAlt("pairPortHeads")})(?:${entityAlt("pairJoiners")})([\\u4e00-\\u9fff]{2,8}?(?:${PORT_KIND_SOURCE}?口岸|港))`,
  "g",
);

export const coordinatedPorts: EntityRule = {
  name: "coordinated-ports",
  type: "Port",
  priority: 1,
  find({ norm, n, cands, add }) {
    for (const m of norm.matchAll(PAIR)) {
      const second = m[1] ?? "";
      const cs = (m.index ?? 0) + m[0].length - second.length;
      const ce = cs + second.length;
      // already read by an earlier rule (a catalogued port, a place-led name)
      if (cands.some((c) => c.cs <= cs && c.ce >= ce && c.id.startsWith("Port:"))) continue;
      // the port rule on the second name alone, with the character after it (港口 is no port's head)
      const sub = norm.slice(cs, ce + 1);
      ports.find({
        norm: sub,
        n,
        cands: [],
        add: (c) => {
          if (c.cs === 0 && c.ce === second.length)
            add({
              ...c,
              cs: c.cs + cs,
              ce: c.ce + cs,
              parts: (c.parts ?? []).map((p) => ({ ...p, cs: p.cs + cs, ce: p.ce + cs })),
            });
        },
      });
    }
  },
};
