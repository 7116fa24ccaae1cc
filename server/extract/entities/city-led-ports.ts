import { hanRunBefore } from "../clauses";
import { COUNTED, GENERIC_MORPHEMES, STRONG_STOPS } from "../lexicon";
import type { EntityRule } from "./types";

/** Heads of a port named by a city and the locality of its station or airport (长春兴隆铁路口岸, 南昌向塘国际陆港). */
const HEAD = /(?:铁路|公路|航空|陆路)口岸|国际陆港/g;
/**
 * Characters a locality's own name does not hold: particles, conjunctions, clause verbs. Not lexicon.ts
 * NAME_FUNCTION_CHARS, which holds 向: a locality may (南昌向塘国际陆港).
 */
const STOP = /[的是在了为将把对从以和与及等到至经过可已还也并又被让使由个、]/;

/**
 * Ports named by a city and then a locality inside it (长春兴隆山铁路口岸, 南昌向塘铁路口岸, 银川河东机场航空口岸,
 * 南昌向塘国际陆港): the city written without 市 right before a locality of two to four characters belongs
 * to the name as written and places the port. A locality holding a place (满洲里铁路口岸 after 长春, 向欧洲)
 * or a generic word (国际, 综合) leaves the port to the other port rules.
 */
export const cityLedPorts: EntityRule = {
  name: "city-led-ports",
  type: "Port",
  priority: 2,
  find({ norm, n, add }) {
    for (const m of norm.matchAll(HEAD)) {
      const k = m.index ?? 0;
      const from = hanRunBefore(norm, k, 10);
      const city = n
        .placesIn(norm.slice(from, k))
        .filter((p) => p.id.startsWith("City:"))
        .at(-1);
      if (!city) continue;
      const cs = from + city.start;
      const local = norm.slice(from + city.end, k);
      if (local.length < 2 || local.length > 4 || STOP.test(local) || /^[市县区]/.test(local)) continue;
      // 满洲里、绥芬河两大铁路口岸: a count shares the head among listed places, it is no locality
      if (COUNTED.test(local)) continue;
      if (GENERIC_MORPHEMES.test(local) || STRONG_STOPS.some((w) => w.length > 1 && local.includes(w)))
        continue;
      // a catalogued port after its city (凭祥友谊关口岸 → 友谊关口岸) keeps its own name
      const known = n.cat.resolve(`${local}${m[0]}`, ["Port"]);
      if (n.placesIn(local).length > 0 || (known && n.cat.get(known)?.inCatalog)) continue;
      const ce = k + m[0].length;
      add({
        id: n.resolveOrRegister("Port", norm.slice(cs, ce)),
        cs,
        ce,
        method: "pattern",
        parts: [{ id: city.id, cs, ce: from + city.end }],
      });
    }
  },
};
