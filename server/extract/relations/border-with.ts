import { CLAUSE_MARKS, clauseOf } from "../clauses";
import type { Mention } from "../entities/types";
import { RANK_CLOSE as CLOSE, OF_HEAD, readLexicon, relationAlt } from "../lexicon";
import { opensClause } from "./admin-belonging";
import { type RelationContext, typeOf } from "./context";
import { pointAt } from "./cooperate";
import { placesAfter } from "./located-at";
import { RANK_PATH } from "./shared-words";
import {
  BORDER_SUBUNIT_NAME_STOPS,
  BORDER_SUBUNIT_NOT_WORDS,
  T_ADMIN_BELONG,
  T_ADMIN_RANK,
  T_BORDER_PLACE_RANK,
  T_BORDER_SUBUNIT,
  T_BORDER_SUBUNIT_GROUP,
  T_BORDER_SUBUNIT_MANY,
  T_BORDER_SUBUNIT_NOT_NAME,
  T_BORDER_SUBUNIT_TAIL_ADVERB,
  T_BORDER_SUBUNIT_TAIL_DIRECTION,
  T_BORDER_WITH,
  T_LOCATED_AT,
} from "./triggers";
import type { RelationRule } from "./types";

/** 与 + the neighbours + a word of bordering (data/lexicon/triggers.json "borderWith"). */
const WITH = new RegExp(`与([^${CLAUSE_MARKS}与]{1,80}?)(${T_BORDER_WITH.source})`, "g");

/** The countries China shares a land border with (data/lexicon/land-neighbours.json): no sea neighbour. */
const LAND_NEIGHBOURS = new Set(
  readLexicon<{ countries: string[] }>("land-neighbours.json").countries.map((c) => `Country:${c}`),
);

/** Whether a country may be the target of BORDERS (a land neighbour of China). */
export function landNeighbour(id: string): boolean {
  return LAND_NEIGHBOURS.has(id);
}

/**
 * Whether the side may border only China's land neighbours: a province, or a city of a province (any
 * place the catalog does not know as foreign). A foreign city or division (a catalogued city with no
 * province, 万象) borders its own neighbours.
 */
function chineseSide(rc: RelationContext, id: string): boolean {
  if (typeOf(id) !== "City") return true;
  const e = rc.cat.get(id);
  return !e || !!e.parent || !e.inCatalog;
}

/**
 * BORDERS from a province to each land neighbour of China that `inSpan` accepts (any country for a
 * foreign side), quoted
 * from the province to `quoteEnd(country)`; shared by the BORDERS rules.
 */
export function pushBorders(
  rc: RelationContext,
  prov: Mention,
  inSpan: (c: Mention) => boolean,
  quoteEnd: (c: Mention) => number,
): void {
  for (const c of rc.of("Country")) {
    if (inSpan(c) && (landNeighbour(c.id) || !chineseSide(rc, prov.id)) && rc.isCountry(c.id)) {
      rc.push({
        type: "BORDERS",
        source: prov.id,
        target: c.id,
        method: "pattern",
        confidence: 0.85,
        cs: prov.cs,
        ce: quoteEnd(c),
      });
    }
  }
}

/**
 * Right after a place: its rank or 代管, closing the clause (乙市代管, 甲省地级市, 甲省下辖的县级市); not
 * 由乙市代管, where the place is the subject another administers (甲市由乙市代管，与越南接壤 → 甲市).
 */
const ADMIN_AFTER = new RegExp(
  `^(?!${relationAlt("borderAdminSubjectMarks")})${RANK_PATH}(${relationAlt("borderAdminEntrusted")}|${T_ADMIN_RANK.source})`,
);
/** The verbs after which a place says where the subject lies or belongs. */
const PLACE_VERBS = new RegExp(`${T_LOCATED_AT.source}|${T_ADMIN_BELONG.source}`, "g");

/**
 * Whether a rank (or 代管) right after `prov` closes its clause: 丙市，甲省省会，与… ranks 丙市, while a capital
 * that does not close its clause (甲省首府为丙市，与…接壤) leaves the province the subject.
 */
function rankedAfter(norm: string, prov: Mention, b: number): boolean {
  const r = ADMIN_AFTER.exec(norm.slice(prov.ce, b));
  return r !== null && CLOSE.test(norm.slice(prov.ce + r[0].length));
}

/**
 * The place is in the places right after 位于/地处/隶属于 in its clause with no 的 after them (甲镇位于乙省
 * 丙州南部，与缅甸隔河相望; not 隶属于甲省的乙市与越南接壤, where 乙市 is the subject), or a rank closing the
 * clause follows it (丙市，甲省县级市，与越南接壤): the border is the subject's, not that place's.
 */
function placeOfSubject(norm: string, sorted: Mention[], prov: Mention): boolean {
  const [a, b] = clauseOf(norm, prov.cs);
  if (rankedAfter(norm, prov, b)) return true;
  for (const t of norm.slice(a, prov.cs).matchAll(PLACE_VERBS)) {
    // (the chain up to a 的: a place after it is the head the places modify, 隶属于甲省的乙市)
    const { chain } = placesAfter(norm, sorted, a + (t.index ?? 0) + t[0].length);
    const cut = chain.findIndex((m, i) => i > 0 && /的/.test(norm.slice(chain[i - 1]?.ce, m.cs)));
    const own = cut < 0 ? chain : chain.slice(0, cut);
    const k = own[own.length - 1]?.ce ?? 0;
    if (own.some((m) => m.cs === prov.cs) && !OF_HEAD.test(norm.slice(k))) return true;
  }
  return false;
}

/**
 * The side of the border when `prov` is only a place of the subject: the city an apposition or a later
 * clause describes, opening the clause right before (丹东市，辽宁省地级市，与朝鲜隔江相望 → 丹东市).
 */
function sideOf(norm: string, sorted: Mention[], prov: Mention): Mention | undefined {
  if (!placeOfSubject(norm, sorted, prov)) return prov;
  const [a] = clauseOf(norm, prov.cs);
  const city = sorted.find(
    (m) => typeOf(m.id) === "City" && m.ce < a && /^[，,]\s*$/.test(norm.slice(m.ce, a)),
  );
  return city && opensClause(norm, sorted, city) && !placeOfSubject(norm, sorted, city) ? city : undefined;
}

/** The most characters before a unit's head: its name (塔什库尔干塔吉克自治 + 县) or what describes it. */
const UNIT_MAX = 12;
const HEAD = T_BORDER_SUBUNIT.source;
/** A unit text opened by a counted, placing or describing word names no unit. */
const NOT_NAME = new RegExp(`^(?:${T_BORDER_SUBUNIT_NOT_NAME.source})`);
/**
 * Right after the place (its rank 地区/州/市 and 境内/下辖/所辖 at most between): 的 or 境内, a unit's name
 * and its head (甲省的乙县, 甲市境内的乙口岸, 甲地区下辖的乙县); the name has none of the characters of
 * "borderSubunitNameStops" (的, 是, 和, 、, 有…).
 */
const NAMED_AFTER = new RegExp(
  `^(?:${T_BORDER_PLACE_RANK.source})?(?:${relationAlt("borderUnitOwnWords")})?(?:的|境内)` +
    `([^${CLAUSE_MARKS}${BORDER_SUBUNIT_NAME_STOPS.join("")}]{1,${UNIT_MAX}}?)(${HEAD})`,
);
/** Further named units listed after the first (甲省的乙县、丙县与…, 乙县和丙县). */
const MORE_UNITS = `(?:[、和及][^${CLAUSE_MARKS}${BORDER_SUBUNIT_NAME_STOPS.join("")}]{1,${UNIT_MAX}}?(?:${HEAD}))*`;
/**
 * What follows a named unit (and the units listed with it) that is the side: 与 right after (a direction
 * and adverbs at most: 乙县北与…, 乙县西部也与…, 乙县分别与…), the clause's end, 地处/位于 (甲省的乙县地处边陲，与…),
 * or a clause predicating the unit (乙县是…自治县，与…; 乙县地形复杂，与…); not 甲省的特色小镇众多，与…, where a
 * counting predicate describes the units.
 */
const UNIT_TAIL = new RegExp(
  `^${MORE_UNITS}(?:(?:${T_BORDER_SUBUNIT_TAIL_DIRECTION.source})?(?:${T_BORDER_SUBUNIT_TAIL_ADVERB.source})*$` +
    `|[${CLAUSE_MARKS}]|${T_LOCATED_AT.source}|(?![^${CLAUSE_MARKS}]*(?:${T_BORDER_SUBUNIT_MANY.source}))` +
    `[^${CLAUSE_MARKS}]+[${CLAUSE_MARKS}])`,
);
/** A 的 later in the clause and an unnamed unit closing it (…南部的一个县，). */
const UNNAMED_AFTER = new RegExp(
  `^[^${CLAUSE_MARKS}]*?的([^${CLAUSE_MARKS}的]{0,${UNIT_MAX}}?)(${HEAD})(?=[${CLAUSE_MARKS}])`,
);

/** Whether the head ending at `he` sits inside an ordinary word (城镇, 之乡, 乡村, 县城, 口岸城市). */
function headInWord(text: string, hs: number, he: number): boolean {
  return BORDER_SUBUNIT_NOT_WORDS.some((w) => {
    const i = text.indexOf(w, Math.max(0, hs - w.length + 1));
    return i >= 0 && i < he;
  });
}

/** The unit's text and head end in `after` when `re` finds one that is no ordinary word, else undefined. */
function unitOf(after: string, re: RegExp): { unit: string; end: number; gathered: boolean } | undefined {
  const m = re.exec(after);
  if (m === null) return undefined;
  const unit = m[1] ?? "";
  const he = m[0].length;
  const hs = he - (m[2]?.length ?? 0);
  if (headInWord(after, hs, he)) return undefined;
  // (the head and the character after it too: 国门乡镇 are towns taken together)
  return { unit, end: he, gathered: T_BORDER_SUBUNIT_GROUP.test(after.slice(hs - unit.length, he + 1)) };
}

/**
 * Whether the place only modifies a smaller unit written after it, the side of the border: a unit named
 * right after it (甲地区的乙县地处…，与丙国接壤; 甲市境内的乙口岸与丙国…隔江相望), or an unnamed one closing the
 * clause when the place does not open its clause (丁是甲州最南边的一个县，与丙国相邻: 丁 is the side; but 乙县
 * 是甲州西北部的一个县，与丙国接壤 describes 乙县, the side, and 甲省是…的重要口岸 describes the place).
 * Units counted or gathered (甲省的8个边境县, 各县, 部分县, 许多城镇) leave the place the side.
 */
function modifiesSubunit(norm: string, sorted: Mention[], side: Mention, at: number): boolean {
  const after = norm.slice(side.ce, at);
  const named = unitOf(after, NAMED_AFTER);
  if (named && !named.gathered && !NOT_NAME.test(named.unit) && UNIT_TAIL.test(after.slice(named.end)))
    return true;
  if (opensClause(norm, sorted, side)) return false;
  const unnamed = unitOf(after, UNNAMED_AFTER);
  return unnamed !== undefined && !unnamed.gathered;
}

/**
 * BORDERS: 广西与越南接壤 / 黑龙江省与俄罗斯毗邻 / 珲春与朝鲜隔图们江相望 (province + 与 + countries +
 * trigger); the subject
 * of the clause when no province stands right before 与 (内蒙古处于…，与蒙古国、俄罗斯接壤).
 */
export const borderWith: RelationRule = {
  name: "border-with",
  types: ["BORDERS"],
  find(rc) {
    const { norm, ms } = rc;
    // (the neighbours of an earlier 与…接壤 are no subject of a later one: 广西…西与云南接壤，…，西南与越南
    // 相连 → the subject before that earlier one)
    const neighbours: [number, number][] = [];
    const sorted = [...ms, ...rc.abbr].sort((x, y) => x.cs - y.cs);
    for (const m of norm.matchAll(WITH)) {
      const at = m.index ?? 0;
      // the province right before 与, else the subject of the clause (内蒙古处于…，与蒙古国、俄罗斯接壤;
      // 德宏州三面与缅甸接壤: a prefecture city too)
      let prov =
        ms
          .filter(
            (x) =>
              typeOf(x.id) === "Province" && x.ce <= at && /^[\u4e00-\u9fff]?$/.test(norm.slice(x.ce, at)),
          )
          .pop() ?? rc.subjectBefore(pointAt(at), ["Province", "City"]);
      for (const [a, b] of [...neighbours].reverse())
        if (prov && prov.cs >= a && prov.ce <= b)
          prov = rc.subjectBefore(pointAt(a - 1), ["Province", "City"]);
      neighbours.push([at + 1, at + 1 + (m[1]?.length ?? 0)]);
      if (prov && !rc.fromCtx.has(prov)) prov = sideOf(norm, sorted, prov);
      if (!prov || rc.fromCtx.has(prov) || modifiesSubunit(norm, sorted, prov, at)) continue;
      const end = at + 1 + (m[1]?.length ?? 0);
      pushBorders(
        rc,
        prov,
        (c) => c.cs > at && c.ce <= end,
        () => at + m[0].length,
      );
    }
  },
};
