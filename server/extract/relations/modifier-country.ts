/**
 * A country written only as the modifier of another name (韩国昌原市, 中国安徽, 俄罗斯某某集团) or of a
 * person's office (俄罗斯副总理, 法国总统) is where that partner lies or whom the person serves, not a
 * partner itself: a COOPERATES_WITH end that is a country every mention of which in the passage runs
 * straight into (or lies inside) a named province, city, port, zone or organisation, or an office, is
 * dropped. A country also named on its own (与韩国及其昌原市), or by a one-character
 * abbreviation beside a partner word (对俄合作, 中俄, 与俄方), stays.
 */
import { idType as typeOf } from "../../../contracts/graph";
import type { Catalog } from "../catalog";
import type { Mention } from "../entities/types";
import type { FoundRelation } from "./context";
import { HEAD_TITLES } from "./cooperate";

/** What a country written right before it only locates (the name the country qualifies). */
const QUALIFIED = /^(Province|City|Port|Organization|DevZone|Area)$/;

/**
 * The office of a person a country qualifies (俄罗斯总统普京, 中国国家主席, 老挝驻华大使; titles.json "heads", not
 * 总统府, 大使馆): no party either.
 */
const OFFICE = new RegExp(`^(国家)?(驻[\u4e00-\u9fff]{1,4}?)?(${HEAD_TITLES})`);

/** Whether the mention of a country runs into a qualified name or an office, or lies inside a name. */
function qualifies(norm: string, m: Mention, ms: readonly Mention[]): boolean {
  if (OFFICE.test(norm.slice(m.ce, m.ce + 6))) return true;
  return ms.some(
    (x) =>
      x !== m &&
      QUALIFIED.test(typeOf(x.id)) &&
      (x.cs === m.ce || (x.cs <= m.cs && x.ce >= m.ce && x.ce - x.cs > m.ce - m.cs)),
  );
}

/** The country a character abbreviates (中 is China). */
function abbreviationOf(c: string, cat: Catalog): string | undefined {
  return c === "中" ? "Country:中国" : cat.countryAbbr.get(c);
}

/**
 * A one-character abbreviation of a country, outside any name, beside a partner word or another
 * abbreviation: 对俄, 与俄, 俄方, 中澳, 俄中.
 */
function abbreviated(norm: string, id: string, ms: readonly Mention[], cat: Catalog): boolean {
  for (let i = 0; i < norm.length; i++) {
    if (abbreviationOf(norm[i] as string, cat) !== id || ms.some((m) => m.cs <= i && i < m.ce)) continue;
    const prev = norm[i - 1] ?? "";
    const next = norm[i + 1] ?? "";
    if (/[对与和同及、]/.test(prev) || /[方、]/.test(next)) return true;
    if (abbreviationOf(prev, cat) || abbreviationOf(next, cat)) return true;
  }
  return false;
}

/** Whether the country `id` is named in the passage only as the modifier of another name. */
export function onlyModifier(
  norm: string,
  id: string,
  ms: readonly Mention[],
  abbr: readonly Mention[],
  cat: Catalog,
): boolean {
  if (typeOf(id) !== "Country" || abbr.some((a) => a.id === id)) return false;
  // (a country written inside a compound name, 中澳服务贸易论坛, 中德产业园, is named there as a side)
  if (ms.some((x) => x.parts.some((p) => p.id === id && p.cs > x.cs))) return false;
  const own = ms.filter((m) => m.id === id);
  return own.length > 0 && own.every((m) => qualifies(norm, m, ms)) && !abbreviated(norm, id, ms, cat);
}

/** The relations kept: no COOPERATES_WITH to or from a country named only as a modifier. */
export function withoutModifierCountries(
  norm: string,
  out: readonly FoundRelation[],
  ms: readonly Mention[],
  abbr: readonly Mention[],
  cat: Catalog,
): FoundRelation[] {
  const memo = new Map<string, boolean>();
  const only = (id: string) => {
    let v = memo.get(id);
    if (v === undefined) {
      v = onlyModifier(norm, id, ms, abbr, cat);
      memo.set(id, v);
    }
    return v;
  };
  return out.filter((r) => r.type !== "COOPERATES_WITH" || !(only(r.source) || only(r.target)));
}
