import { addRoute, asWritten, gazetteerCity } from "./corridor-stops";
import type { Names, Span } from "./names";
import type { EntityContext, EntityRule } from "./types";

/** The kind of service or corridor that closes a chain of stops. */
const KIND = /(?:国际)?(经济走廊|走廊|班列|高速公路|公路|铁路|通道)/g;
/** Stops joined by dashes, the last one right before the kind (a closing quote may stand between). */
const CHAIN = /((?:[\u4e00-\u9fff]{2,8}[-─])+[\u4e00-\u9fff]{2,6})[」”"]?$/;

/** A stop: a known place, or a city of the foreign gazetteer (registered as a City with no province). */
function stop(n: Names, s: string): string | null {
  return n.cat.places.get(s) ?? gazetteerCity(n, s);
}

/** The first stop: the longest known place ending the run before the first dash (开通了连云港 → 连云港). */
function firstStop(n: Names, s: string): { id: string; name: string } | null {
  for (let i = 0; i <= s.length - 2; i++) {
    const id = stop(n, s.slice(i));
    if (id) return { id, name: s.slice(i) };
  }
  return null;
}

/**
 * Routes named by their stops joined by dashes: 连云港-哈萨克斯坦-欧洲班列, 「昆明─老街─河内」经济走廊.
 * Every stop is a known place or a city of the foreign gazetteer (data/lexicon/foreign-cities.json);
 * the stops are the route's parts (and mentions). The name keeps the stops and dashes as written.
 */
export const routeChains: EntityRule = {
  name: "route-chains",
  type: "Corridor",
  priority: 2,
  find(ctx) {
    for (const m of ctx.norm.matchAll(KIND)) readChain(ctx, m.index ?? 0, m[0]);
  },
};

/** The chain of stops right before the kind word `kind` at k, when every stop is a place. */
function readChain(ctx: EntityContext, k: number, kind: string): void {
  const { norm, n } = ctx;
  const before = norm.slice(Math.max(0, k - 48), k);
  const c = CHAIN.exec(before);
  if (!c) return;
  const items = (c[1] ?? "").split(/[-─]/);
  const first = firstStop(n, items[0] ?? "");
  if (!first) return;
  const rest = items.slice(1).map((s) => stop(n, s));
  if (rest.some((id) => !id)) return;
  let at = k - before.length + (c.index ?? 0) + (items[0] ?? "").length - first.name.length;
  const cs = at;
  const stops: Span[] = [];
  [first.name, ...items.slice(1)].forEach((s, i) => {
    stops.push({ id: i === 0 ? first.id : (rest[i - 1] as string), cs: at, ce: at + s.length });
    at += s.length + 1;
  });
  addRoute(ctx, `${asWritten(ctx, cs, at - 1)}${kind}`, cs, k + kind.length, stops);
}
