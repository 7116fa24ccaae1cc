import type { Catalog } from "../catalog";
import type { Span } from "../entities/names";
import type { Mention } from "../entities/types";
import { insideWord } from "../inside-words";
import { SERVICE_EPITHETS } from "../lexicon";
import { homeProvince } from "./compound-partners";
import { typeOf } from "./context";
import type { RelationRule } from "./types";

/**
 * A Corridor named by its route, places joined by dashes (甲-乙-丙, 甲—乙). Ids are written from the
 * normalised text, which folds every dash to "-" or "─", with an em dash "—" restored where the source had
 * one (corridor-stops.ts asWritten): those three are the only dashes an id holds.
 */
const DASH_CHAIN = /^Corridor:[\u4e00-\u9fff]{2,8}[-—─]/;

/** The head word of a port's name. */
const PORT_HEAD = /(口岸|港口|港|机场|空港)$/;

/**
 * Parts of a place-led name that are its host's partners, not its location: the one-character members of
 * an abbreviation compound written after the host place (广州南沙粤港澳全面合作示范区: 港, 澳; 深圳前海深港
 * 现代服务业合作区: 港), except the host itself and the host's province (粤 of 广州, 深 of 深圳).
 */
export function partnerParts(m: Mention, cat: Catalog): Set<string> {
  const out = new Set<string>();
  const host = m.parts.find((p) => p.cs === m.cs && p.ce - p.cs >= 2);
  if (!host) return out;
  const own = new Set([host.id, homeProvince(host.id, cat)]);
  const single = m.parts.filter((p) => p.ce - p.cs === 1 && p.cs >= host.ce);
  for (const p of single) {
    const inCompound = single.some((q) => q !== p && (q.ce === p.cs || q.cs === p.ce));
    if (inCompound && !own.has(p.id)) out.add(p.id);
  }
  return out;
}

/**
 * Whether a part of a port's name is read across the head word (清水河口岸: not 河口). (A port written as
 * the bare city name, 连云港, is left out too: the annotations record no LOCATED_IN from the name alone.)
 */
export function acrossHead(norm: string, m: Mention, p: Span): boolean {
  if (typeOf(m.id) !== "Port") return false;
  const head = PORT_HEAD.exec(norm.slice(m.cs, m.ce));
  const headAt = head ? m.ce - head[0].length : m.ce;
  return p.cs < headAt && p.ce > headAt;
}

/** The port named inside a body's name that holds the place part `p` at its start (a port's committee). */
function portHolding(m: Mention, p: Span): Span | undefined {
  return m.parts.find((q) => typeOf(q.id) === "Port" && q.cs === p.cs && q.ce > p.ce);
}

/**
 * Whether the part `p` of the name `m` is read inside an epithet of a region written in the name (the 鲁 of
 * 中欧班列（齐鲁号）: lexicon.ts SERVICE_EPITHETS): the brand praises its home region, it states no place the
 * route joins.
 */
function inEpithet(norm: string, m: Mention, p: Span): boolean {
  return SERVICE_EPITHETS.some((e) => {
    const at = norm.slice(m.cs, m.ce).indexOf(e);
    return at >= 0 && p.cs >= m.cs + at && p.ce <= m.cs + at + e.length;
  });
}

/**
 * Name-internal facts: 二连浩特铁路口岸 → 二连浩特, 中国（内蒙古）… → 内蒙古, 中蒙俄经济走廊 → 蒙古国, 俄罗斯.
 */
export const nameInternal: RelationRule = {
  name: "name-internal",
  types: ["LOCATED_IN", "CONNECTS"],
  find({ norm, ms, cat, push }) {
    for (const m of ms) {
      const t = typeOf(m.id);
      const partners = partnerParts(m, cat);
      for (const p of m.parts) {
        const pt = typeOf(p.id);
        // a place read across the port's head word is no part of the name (清水河口岸: not 河口)
        if (acrossHead(norm, m, p)) continue;
        // nor is a place held by a longer word (北海 of 北海道新千岁机场: Hokkaido, name-boundaries.json)
        if (insideWord(norm, p.cs, p.ce)) continue;
        // a place-led name lies in its place (no LOCATED_IN to a country: places lie in provinces and cities);
        // a name that is all the place's name leads with nothing (a new area by its short form: 南沙 → 南沙新区)
        const whole = t === "DevZone" && p.cs === m.cs && p.ce === m.ce;
        if (
          (t === "Port" || t === "Area" || t === "DevZone" || t === "FreeTradeZone") &&
          (pt === "City" || pt === "Province") &&
          !whole
        ) {
          if (partners.has(p.id)) continue;
          push({
            type: "LOCATED_IN",
            source: m.id,
            target: p.id,
            method: "pattern",
            confidence: 0.9,
            cs: m.cs,
            ce: m.ce,
          });
        }
        // a place-led port written inside a body's name (某省(某市)国际陆港管委会) lies in its place too
        const host =
          t === "Organization" && (pt === "City" || pt === "Province") ? portHolding(m, p) : undefined;
        if (host) {
          push({
            type: "LOCATED_IN",
            source: host.id,
            target: p.id,
            method: "pattern",
            confidence: 0.9,
            cs: m.cs,
            ce: m.ce,
          });
        }
        if (
          t === "Corridor" &&
          (pt === "Country" || pt === "Province" || pt === "City") &&
          p.id !== "Country:中国" &&
          !inEpithet(norm, m, p) &&
          // a world region in a brand compound (中欧班列, 中亚欧班列) is no stated end of the route
          // (a route written as a dash chain, 甲-乙-欧洲, states the region it runs to)
          !(pt === "Country" && cat.get(p.id)?.properties.kind === "region" && !DASH_CHAIN.test(m.id))
        ) {
          push({
            type: "CONNECTS",
            source: m.id,
            target: p.id,
            method: "pattern",
            confidence: 0.85,
            cs: m.cs,
            ce: m.ce,
          });
        }
      }
    }
  },
};
