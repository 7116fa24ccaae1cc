/**
 * A country written only as the modifier of another name (韩国昌原市, 中国安徽) or of a person's office
 * (俄罗斯副总理, 法国总统) is where that partner lies or whom the person serves, not a partner itself: a
 * COOPERATES_WITH end that is a country every mention of which in the passage runs straight into a named
 * city, province, port, zone or organisation, or an office, is dropped. A country also named on its own
 * (与韩国及其昌原市), by an abbreviation (中俄, 与俄蒙: entities/abbreviations.ts, which also makes the country
 * opening an organisation's name its party: 新加坡企业发展局), or as a side inside a compound name
 * (中澳服务贸易论坛) stays; so does one before a foreign region (俄罗斯滨海边疆区, 老挝万象省), whose partner the
 * conventions name by its country.
 */
import { idType as typeOf } from "../../../contracts/graph";
import type { Mention } from "../entities/types";
import { GAZETTEER_CITIES, HEAD_TITLES, readLexicon, relationAlt } from "../lexicon";
import type { FoundRelation } from "./context";
import { locatesNext, meetingIn } from "./cooperate";
import { PLACED_GAP } from "./shared-words";

/** What a country written right before it only locates (the name the country qualifies). */
const QUALIFIED = /^(Province|City|Port|Organization|DevZone|Area)$/;

/**
 * The office of a person a country qualifies (俄罗斯总统普京, 中国国家主席, 老挝驻华大使; titles.json "heads", not
 * 总统府, 大使馆): no party either.
 */
const OFFICE = new RegExp(
  `^(${relationAlt("officeStateWords")})?((?:${relationAlt("officeStationedMarks")})[\u4e00-\u9fff]{1,4}?)?(${HEAD_TITLES})`,
);

/** The sentence around a mention (between 。！？； and the next). */
function sentenceAround(norm: string, m: Mention): [number, number] {
  const before = norm.slice(0, m.cs).search(/[。！？；;!?][^。！？；;!?]*$/);
  const after = norm.slice(m.ce).search(/[。！？；;!?]/);
  return [before + 1, after < 0 ? norm.length : m.ce + after];
}

/**
 * Whether the mention of a country runs into a qualified name, or into an office in a meeting (与越南总理某某会谈:
 * the person is met, as cooperate.ts metTitled decides; a leader who signs keeps the side), or lies inside a name.
 */
function qualifies(norm: string, m: Mention, ms: readonly Mention[]): boolean {
  if (OFFICE.test(norm.slice(m.ce, m.ce + 6))) return meetingIn(norm, ...sentenceAround(norm, m));
  return ms.some(
    (x) =>
      x !== m &&
      QUALIFIED.test(typeOf(x.id)) &&
      (x.cs === m.ce || (x.cs <= m.cs && x.ce >= m.ce && x.ce - x.cs > m.ce - m.cs)),
  );
}

const divisions = readLexicon<{ anyCountry: string[]; byCountry: Record<string, string[]> }>(
  "foreign-divisions.json",
);
/** The heads closing a foreign first-level division (省, 州, 大区, 边疆区, 县, 府: foreign-divisions.json). */
const DIVISION_END = new RegExp(
  `(${[...divisions.anyCountry, ...Object.keys(divisions.byCountry)].join("|")})$`,
);

/**
 * A foreign region typed City (滨海边疆区, 万象省, 山口县): its name ends in a division head and is no city of
 * the gazetteer (光州, 济州 stay cities). A country before it is the partner the conventions name.
 */
export function foreignRegion(norm: string, x: Mention): boolean {
  return (
    typeOf(x.id) === "City" &&
    DIVISION_END.test(norm.slice(x.cs, x.ce)) &&
    !GAZETTEER_CITIES.has(x.id.slice(x.id.indexOf(":") + 1))
  );
}

/**
 * The name written right after the country or province `x` that `x` only locates (cooperate.ts locatesNext: 与某国某市,
 * 与某国某集团), the longest there; not a foreign region (俄罗斯滨海边疆区, foreignRegion), whose country the
 * conventions name as the partner. Read by cooperation.ts and co-signatories.ts.
 */
export function locatedAfter(norm: string, ms: readonly Mention[], x: Mention): Mention | undefined {
  const y = ms.filter((m) => m.cs === x.ce).sort((p, q) => q.ce - p.ce)[0];
  return y && locatesNext(x, y) && !foreignRegion(norm, y) ? y : undefined;
}

/** Whether the country `id` is named in the passage only as the modifier of another name. */
export function onlyModifier(
  norm: string,
  id: string,
  ms: readonly Mention[],
  abbr: readonly Mention[],
): boolean {
  // (a country named by an abbreviation, 中俄, 与俄蒙, or as the party of a name that opens with it,
  // 新加坡企业发展局: entities/abbreviations.ts, is a side; the seed sets give such a name's country one)
  if (typeOf(id) !== "Country" || abbr.some((a) => a.id === id)) return false;
  // (a country written inside a compound name, 中澳服务贸易论坛, 中德产业园, is named there as a side)
  if (ms.some((x) => x.parts.some((p) => p.id === id && p.cs > x.cs))) return false;
  const own = ms.filter((m) => m.id === id);
  const names = ms.filter((x) => !foreignRegion(norm, x));
  return own.length > 0 && own.every((m) => qualifies(norm, m, names));
}

/**
 * Whether the relation's quoted span holds a mention of the country `id` (whole passage when it has
 * none): a relation read from an abbreviation (中澳农产品贸易, 扩大对俄合作) quotes none and is the rule's own.
 */
function quotesName(r: FoundRelation, id: string, ms: readonly Mention[]): boolean {
  const cs = r.cs ?? 0;
  const ce = r.ce ?? Number.POSITIVE_INFINITY;
  return ms.some((m) => m.id === id && m.cs >= cs && m.ce <= ce);
}

const PLACE = /^(City|Port|Province)$/;
/** Whether `gap` is all that stands between a country and a place it places (shared-words.ts PLACED_GAP). */
const placedGap = (gap: string) => PLACED_GAP.exec(gap)?.[0] === gap;

/**
 * Whether the passage writes a mention of the place `placeId` right after a mention of the country
 * `countryId` (老挝首都万象): the place lies in that country, and the two are no partners of each other
 * (…南至老挝首都万象，是…中老合作建设的铁路 gives no 万象 → 老挝).
 */
function placedIn(norm: string, placeId: string, countryId: string, ms: readonly Mention[]): boolean {
  if (typeOf(countryId) !== "Country" || !PLACE.test(typeOf(placeId))) return false;
  return ms.some(
    (x) =>
      x.id === placeId &&
      ms.some((c) => c.id === countryId && c.ce <= x.cs && placedGap(norm.slice(c.ce, x.cs))),
  );
}

/**
 * The relations kept: no COOPERATES_WITH to or from a country named only as a modifier in its span, nor
 * between a place and the country the passage places it in.
 */
export function withoutModifierCountries(
  norm: string,
  out: readonly FoundRelation[],
  ms: readonly Mention[],
  abbr: readonly Mention[],
): FoundRelation[] {
  const memo = new Map<string, boolean>();
  const only = (r: FoundRelation, id: string) => {
    let v = memo.get(id);
    if (v === undefined) {
      v = onlyModifier(norm, id, ms, abbr);
      memo.set(id, v);
    }
    return v && quotesName(r, id, ms);
  };
  return out.filter(
    (r) =>
      r.type !== "COOPERATES_WITH" ||
      !(
        only(r, r.source) ||
        only(r, r.target) ||
        placedIn(norm, r.source, r.target, ms) ||
        placedIn(norm, r.target, r.source, ms)
      ),
  );
}
