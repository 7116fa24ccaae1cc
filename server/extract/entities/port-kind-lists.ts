import { hanRunBefore } from "../clauses";
import { CONJUNCTION_CHARS, PORT_KIND_SOURCE } from "../lexicon";
import type { Span } from "./names";
import type { Candidate, EntityContext, EntityRule } from "./types";

/**
 * A run of kinds of port joined by 、, 和, 及 or 与, each with or without its own 口岸, the last with it
 * (公路口岸、铁路口岸和航空口岸; 铁路、公路、航空口岸): port-objects.json portKinds.
 */
const KINDS = new RegExp(
  `(${PORT_KIND_SOURCE})(口岸)?((?:[${CONJUNCTION_CHARS}]${PORT_KIND_SOURCE}(?:口岸)?)*[${CONJUNCTION_CHARS}]${PORT_KIND_SOURCE}口岸)`,
  "g",
);
const ONE_KIND = new RegExp(`[${CONJUNCTION_CHARS}](${PORT_KIND_SOURCE})(口岸)?`, "g");

/**
 * Ports of several kinds sharing the place written before the first (满洲里市公路口岸、铁路口岸和航空口岸;
 * 某某铁路、公路、航空口岸): each kind is a port named by the place and the kind, X+kind+口岸, the city's 市
 * left out of the name (the dev notes' 满洲里公路口岸 for 满洲里市公路口岸). The place is a catalogued City
 * ending right before the first kind, or before its 市; anything else before the run names no port here.
 */
export const portKindLists: EntityRule = {
  name: "port-kind-lists",
  type: "Port",
  priority: 3,
  find({ norm, n, cands, add }) {
    for (const m of norm.matchAll(KINDS)) {
      const k = m.index ?? 0;
      const first = m[1] ?? "";
      const firstEnd = k + first.length + (m[2] ?? "").length;
      const base = placeBefore(norm, n, k) ?? portBefore(cands, first, firstEnd, m[2]);
      if (!base) continue;
      const port = (kind: string) => n.resolveOrRegister("Port", `${base.name}${kind}口岸`);
      if (base.place)
        add({ id: port(first), cs: base.cs, ce: firstEnd, method: "pattern", parts: [base.place] });
      const rest = m[3] ?? "";
      const restStart = k + m[0].length - rest.length;
      for (const o of rest.matchAll(ONE_KIND)) {
        const kind = o[1] ?? "";
        const ks = restStart + (o.index ?? 0) + 1;
        add({ id: port(kind), cs: ks, ce: ks + kind.length + (o[2] ?? "").length, method: "pattern" });
      }
    }
  },
};

type Base = { name: string; cs: number; place?: Span };

/** A catalogued City ending right before position `k`, or before a 市 there (满洲里市): the ports' place. */
function placeBefore(norm: string, n: EntityContext["n"], k: number): Base | undefined {
  const before = norm.slice(hanRunBefore(norm, k, 10), k);
  const withCity = before.endsWith("市");
  const run = withCity ? before.slice(0, -1) : before;
  const city = n
    .placesIn(run)
    .filter((p) => p.id.startsWith("City:"))
    .at(-1);
  if (!city || city.end !== run.length) return undefined;
  const cs = k - before.length + city.start;
  return { name: run.slice(city.start), cs, place: { id: city.id, cs, ce: cs + city.end - city.start } };
}

/**
 * The base of a port an earlier rule read ending at the first kind's 口岸 (某某公路口岸 and 水运口岸, 某某 unseen):
 * its name without the kind, two characters at least.
 */
function portBefore(cands: readonly Candidate[], kind: string, end: number, head?: string): Base | undefined {
  if (!head) return undefined;
  const tail = `${kind}口岸`;
  const c = cands.find((o) => o.ce === end && o.id.startsWith("Port:") && o.id.endsWith(tail));
  const name = c ? c.id.slice(5, -tail.length) : "";
  return c && name.length >= 2 ? { name, cs: c.cs } : undefined;
}
