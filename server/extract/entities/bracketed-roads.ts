import { entityAlt } from "../lexicon";
import type { Names, Span } from "./names";
import { lineEnd } from "./railway-lines";
import type { EntityRule } from "./types";

/**
 * Two characters, either of them followed by the place it abbreviates in brackets, then a road kind:
 * 蒙(自)新(街)高速, 新河(红河新街至河口)高速公路.
 */
const ROAD = new RegExp(
  String.raw`([\u4e00-\u9fff])(\([\u4e00-\u9fff]{1,3}\))?([\u4e00-\u9fff])(\([^()]{1,30}\))?(${entityAlt("bracketRoadKinds")})`,
  "g",
);
/** Any road kind: a cheap test before the scan. */
const ROAD_WORD = new RegExp(entityAlt("bracketRoadCheapWords"));
/** Words between the stops of a route written in brackets. */
const STOP_SEPARATOR = new RegExp(entityAlt("bracketStopSeparators"), "g");
/** A gate or port word after a stop (越南老街国门). */
const GATE = new RegExp(`(${entityAlt("bracketGateWords")})$`);

/** The stops of a route spelled out in the bracket at [from, to): each segment ends with one. */
function bracketStops(norm: string, from: number, to: number, n: Names): Span[] {
  const stops: Span[] = [];
  let start = from;
  const cuts = [...norm.slice(from, to).matchAll(STOP_SEPARATOR)].map((c) => ({
    at: from + (c.index ?? 0),
    len: c[0].length,
  }));
  for (const cut of [...cuts, { at: to, len: 0 }]) {
    const end = cut.at - (GATE.exec(norm.slice(start, cut.at))?.[0].length ?? 0);
    const stop = end - start >= 2 ? lineEnd(norm, start, end, n) : null;
    if (stop) stops.push({ id: stop.id, cs: stop.cs, ce: stop.ce });
    start = cut.at + cut.len;
  }
  return stops;
}

/**
 * Roads named by the abbreviations of their ends, the ends spelled out in brackets: 蒙(自)新(街)高速
 * → 蒙新高速, 新河(红河新街至河口)高速公路 → 新河高速公路. The stops written in the brackets (each a
 * known place or a gazetteer city ending its segment) are its parts.
 */
export const bracketedRoads: EntityRule = {
  name: "bracketed-roads",
  type: "Corridor",
  priority: 2,
  find({ norm, n, add }) {
    // (every road ends in 高速 or 公路: a cheap test before the scan)
    if (!ROAD_WORD.test(norm)) return;
    for (const m of norm.matchAll(ROAD)) {
      if (!m[2] && !m[4]) continue;
      const cs = m.index ?? 0;
      const name = `${m[1]}${m[3]}${m[5]}`;
      const parts = [...m[0].matchAll(/\(([^()]+)\)/g)].flatMap((b) => {
        const at = cs + (b.index ?? 0) + 1;
        return bracketStops(norm, at, at + (b[1] ?? "").length, n);
      });
      add({ id: n.resolveOrRegister("Corridor", name), cs, ce: cs + m[0].length, method: "pattern", parts });
    }
  },
};
