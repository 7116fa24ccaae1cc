import {
  CITY_ABBREVIATIONS,
  COMPOUND_LEAD_CHARS,
  charClassBody,
  DAY_LEAD,
  entityAlt,
  PARTNER_ABBREVIATIONS,
} from "../lexicon";
import { nonAbbreviationMask } from "./abbreviations";
import type { Names, Span } from "./names";
import type { EntityRule, Mention } from "./types";

/** The kinds that close a compound (its route, train, road or pipeline), as a regex source. */
const KINDS = entityAlt("corridorKinds");
const COMPOUND = new RegExp(
  `([\\u4e00-\\u9fff]{2,4}?)((?:${entityAlt("corridorScopes")})*(?:${entityAlt("corridorModes")})?(?:${entityAlt("corridorServiceScopes")})*)(${KINDS})`,
  "y",
);
/**
 * A phrase's opening before a compound of country abbreviations (lexicon.ts COMPOUND_LEAD_CHARS: the shared
 * function characters and 新). Wider than the former private class 以与和对向从在为将新: it adds 的是了把由经及、,
 * none of which is a country abbreviation (catalog abbr, bilateral-abbreviations.json), so no compound changes.
 */
const LEAD = new RegExp(`^[${charClassBody(COMPOUND_LEAD_CHARS)}]`);
/** The kind that closes every COMPOUND: a passage without one has no compound (a test before the scan by position). */
const KIND = new RegExp(KINDS);
/** A compound opened by the 日 of a day (3日中老铁路, 近日中欧班列: a date, then the service), not 日本. */
const DAY = new RegExp(`${DAY_LEAD}日$`);
/** An earlier item of a list sharing the kind: 中越、中老、中缅高速公路 (中越 and 中老 before 中缅…). */
const LISTED = /(中[\u4e00-\u9fff]{1,3})、$/;

/**
 * The members of a compound at k: after 中, country abbreviations (中蒙俄); otherwise province
 * abbreviations, or abbreviations of major cities (data/lexicon/city-abbreviations.json: 渝深 → 重庆, 深圳),
 * the last member possibly a country or continent the route reaches (湘粤非, 义新欧).
 */
export function members(comp: string, k: number, n: Names): Span[] | null {
  const countries = countryCompound(comp, k, n);
  if (countries) return countries;
  const parts: Span[] = [];
  const china = comp.startsWith("中");
  if (china) parts.push({ id: "Country:中国", cs: k, ce: k + 1 });
  for (let i = china ? 1 : 0; i < comp.length; i++) {
    const ch = comp[i] ?? "";
    const city = CITY_ABBREVIATIONS.get(ch);
    // a route named from Chinese places may end abroad: 湘粤非 (Africa), 义新欧, 哈欧 (Europe)
    const abroad = !china && i === comp.length - 1 && i > 0 ? n.cat.countryAbbr.get(ch) : undefined;
    const id = china
      ? n.cat.countryAbbr.get(ch)
      : (n.cat.provinceAbbr.get(ch) ?? (city ? n.cat.places.get(city) : undefined) ?? abroad);
    if (!id) return null;
    parts.push({ id, cs: k + i, ce: k + i + 1 });
  }
  return comp.length < 2 ? null : parts;
}

/**
 * A compound of three or more country abbreviations with 中 inside, not first (孟中印缅: 孟加拉国, 中国,
 * 印度, 缅甸; the catalog's abbr field or data/lexicon/bilateral-abbreviations.json), or null.
 */
function countryCompound(comp: string, k: number, n: Names): Span[] | null {
  if (comp.length < 3 || !comp.slice(1).includes("中") || comp.startsWith("中")) return null;
  // 以中欧班列为…, 新中欧班列线路: a function character or 新 (new) before a compound, not 以色列 or 新加坡
  if (LEAD.test(comp)) return null;
  const parts: Span[] = [];
  for (let i = 0; i < comp.length; i++) {
    const ch = comp[i] ?? "";
    const partner = PARTNER_ABBREVIATIONS[ch];
    const id =
      ch === "中"
        ? "Country:中国"
        : (n.cat.countryAbbr.get(ch) ?? (partner ? n.cat.resolve(partner, ["Country"]) : undefined));
    if (!id) return null;
    parts.push({ id, cs: k + i, ce: k + i + 1 });
  }
  return parts;
}

/**
 * A run of abbreviations that belongs to a place's name: the place itself (银川铁路: 银川, not 银+川) or a
 * place running into its first character (德黑兰国际货运班列: 德黑兰, not 黑+兰).
 */
function inPlaceName(norm: string, k: number, len: number, n: Names): boolean {
  if (n.cat.places.get(norm.slice(k, k + len))) return true;
  for (let i = Math.max(0, k - 3); i < k; i++)
    for (let j = k + 1; j <= Math.min(norm.length, i + 8); j++)
      if (n.cat.places.get(norm.slice(i, j))) return true;
  return false;
}

/**
 * Corridors named by abbreviation compounds: 中蒙俄经济走廊, 中吉乌国际多式联运班列, 黔粤班列, 中老跨境公路班车,
 * 中缅油气管道, 渝深班列; earlier items of a list sharing the kind (中越、中老高速公路 → 中越高速公路).
 */
export const corridorAbbreviations: EntityRule = {
  name: "corridor-abbreviations",
  type: "Corridor",
  priority: 1,
  find({ norm, n, add }) {
    if (!KIND.test(norm)) return;
    // (同意中老铁路: the 意 of 同意 is no abbreviation of 意大利, non-abbreviations.json)
    const word = nonAbbreviationMask(norm);
    for (let at = 0; at < norm.length; at++) {
      if (word[at]) continue;
      COMPOUND.lastIndex = at;
      const m = COMPOUND.exec(norm);
      if (!m) continue;
      const comp = m[1] ?? "";
      const k = m.index ?? 0;
      if (DAY.test(norm.slice(Math.max(0, k - 1), k + 1))) continue;
      const parts = members(comp, k, n);
      if (!parts || inPlaceName(norm, k, comp.length, n)) continue;
      // 中欧货运班列, 中欧国际货运班列: the catalogued service named with a word of its kind in between
      const plain = m[2] ? n.cat.resolve(`${comp}${m[3] ?? ""}`, ["Corridor"]) : undefined;
      add({
        id: plain?.startsWith("Corridor:") ? plain : n.resolveOrRegister("Corridor", m[0]),
        cs: k,
        ce: k + m[0].length,
        method: "pattern",
        parts,
      });
      const kind = m[0].slice(comp.length);
      for (let pos = k, prev = LISTED.exec(norm.slice(Math.max(0, pos - 5), pos)); prev; ) {
        const item = prev[1] ?? "";
        const cs = pos - prev[0].length;
        const listed = members(item, cs, n);
        if (!listed) break;
        const id = n.resolveOrRegister("Corridor", `${item}${kind}`);
        add({ id, cs, ce: cs + item.length, method: "pattern", parts: listed });
        pos = cs;
        prev = LISTED.exec(norm.slice(Math.max(0, pos - 5), pos));
      }
    }
  },
};

/**
 * The provinces and cities a service names by abbreviation (湘滇班列 → 湖南, 云南; 渝深班列 → 重庆, 深圳),
 * as mentions of their own. Country members (中蒙俄) stay parts only.
 */
export function compoundMembers(ms: readonly Mention[]): Mention[] {
  return ms
    .filter((m) => m.id.startsWith("Corridor:") && m.parts.length >= 2)
    .filter((m) => m.parts.every((p) => p.ce - p.cs === 1 && /^(Province|City):/.test(p.id)))
    .flatMap((m) => m.parts.map((p) => ({ ...p, method: "pattern" as const, parts: [] })));
}
