import { GAZETTEER_CITIES } from "../lexicon";
import type { Names, Span } from "./names";
import type { EntityContext } from "./types";

/**
 * A city of the foreign gazetteer (data/lexicon/foreign-cities.json) standing as a stop or an end of a
 * route: its catalogued City, else an unseen City registered with no province (it is foreign). Null for
 * a name the gazetteer does not hold.
 */
export function gazetteerCity(n: Names, s: string): string | null {
  if (!GAZETTEER_CITIES.has(s)) return null;
  const known = n.cat.resolve(s, ["City"]);
  return known?.startsWith("City:") ? known : n.ensure("City", s);
}

/**
 * The normalised text [from, to) with each em dash kept as written (大理—瑞丽铁路 stays so, as the sets
 * name a route; the normalised text reads every dash as "-").
 */
export function asWritten(ctx: EntityContext, from: number, to: number): string {
  const s = ctx.norm.slice(from, to);
  const clean = ctx.clean;
  if (!clean || !s.includes("-")) return s;
  let out = "";
  for (let i = 0; i < s.length; i++) out += s[i] === "-" && clean[from + i] === "—" ? "—" : s[i];
  return out;
}

/** Adds a corridor named by its stops (the stops, as spans of the passage, are its parts). */
export function addRoute(ctx: EntityContext, name: string, cs: number, ce: number, stops: Span[]): void {
  const parts = stops.map(({ id, cs, ce }) => ({ id, cs, ce }));
  ctx.add({ id: ctx.n.resolveOrRegister("Corridor", name), cs, ce, method: "pattern", parts });
}
