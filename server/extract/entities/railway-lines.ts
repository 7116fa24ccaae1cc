import { idType as typeOf } from "../../../contracts/graph";
import { hanRunBefore } from "../clauses";
import { addRoute, asWritten, gazetteerCity } from "./corridor-stops";
import type { Names, Span } from "./names";
import type { EntityContext, EntityRule, Mention } from "./types";

const LINE = /(电气化|跨境|高速|城际)?铁路(?![局集公口港段站])|高速公路(?![局段])|公路(?![局集段口港网])/g;

/**
 * One end of a line written at [from, to): a known place that fills it after an optional province or
 * country (广西百色, 俄罗斯赤塔), or an unseen name of two to five characters anchored by one (贵州黄桶).
 */
export function lineEnd(norm: string, from: number, to: number, n: Names): (Span & { name: string }) | null {
  const s = norm.slice(from, to);
  const places = n.placesIn(s);
  const last = places.at(-1);
  if (last && last.end === s.length)
    return { id: last.id, cs: from + last.start, ce: to, name: s.slice(last.start) };
  for (let i = 0; i <= s.length - 2; i++) {
    const id = gazetteerCity(n, s.slice(i));
    if (id) return { id, cs: from + i, ce: to, name: s.slice(i) };
  }
  const anchor = places.filter((p) => /^(Province|Country)$/.test(typeOf(p.id))).at(-1);
  const rest = anchor ? s.slice(anchor.end) : "";
  if (!anchor || rest.length < 2 || rest.length > 5 || n.placesIn(rest).length > 0) return null;
  const province = n.cat.get(anchor.id);
  const parent = typeOf(anchor.id) === "Province" ? province?.name : undefined;
  const id = n.cat.resolve(rest, ["City"]) ?? n.ensure("City", rest, parent ? { parent } : {});
  return { id, cs: from + anchor.end, ce: to, name: rest };
}

/**
 * Railway lines and roads named by their two ends: 南宁至防城港铁路, 贵州黄桶至广西百色铁路 (→ 黄桶至百色铁路),
 * 满洲里-俄罗斯赤塔电气化铁路 (→ 满洲里-赤塔电气化铁路), 南宁至河内高速公路; an end may be a city of the
 * foreign gazetteer (data/lexicon/foreign-cities.json). A province or country before an end is dropped
 * from the name; the two ends are the line's parts (and mentions, see recognize.ts).
 */
export const railwayLines: EntityRule = {
  name: "railway-lines",
  type: "Corridor",
  priority: 2,
  find: (ctx) => {
    for (const m of ctx.norm.matchAll(LINE)) readLine(ctx, m.index ?? 0, m[0]);
  },
};

/** The line whose kind word `kind` stands at k, when both its ends are places. */
function readLine(ctx: EntityContext, k: number, kind: string): void {
  const { norm, n } = ctx;
  const yFrom = hanRunBefore(norm, k, 9);
  const sep = Math.max(norm.lastIndexOf("至", k - 1), norm.lastIndexOf("-", k - 1));
  if (sep < 0 || k - sep - 1 < 2) return;
  const y = sep >= yFrom - 1 ? lineEnd(norm, sep + 1, k, n) : null;
  const x = y ? lineEnd(norm, hanRunBefore(norm, sep, 9), sep, n) : null;
  if (!x || !y || x.id === y.id) return;
  const join = asWritten(ctx, sep, sep + 1);
  addRoute(ctx, `${x.name}${join}${y.name}${kind}`, x.cs, k + kind.length, [x, y]);
}

/** The ends of railway lines found by this rule, as mentions of their own (黄桶 in 黄桶至百色铁路). */
export function lineEnds(ms: readonly Mention[]): Mention[] {
  return ms
    .filter(
      (m) =>
        m.id.startsWith("Corridor:") &&
        /^Corridor:[^至\-─—]{2,}[至\-─—].+(铁路|公路|班列|走廊|通道)$/.test(m.id),
    )
    .flatMap((m) => m.parts.map((p) => ({ ...p, method: "pattern" as const, parts: [] })));
}
