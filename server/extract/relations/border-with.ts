import { CLAUSE_MARKS, clauseOf } from "../clauses";
import type { Mention } from "../entities/types";
import { readLexicon } from "../lexicon";
import { type RelationContext, typeOf } from "./context";
import { pointAt } from "./cooperate";
import { T_ADMIN_BELONG, T_ADMIN_RANK, T_BORDER_WITH, T_LOCATED_AT } from "./triggers";
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

/** Right after a place in its clause: its rank or 代管 (乙市代管, 甲省地级市, 甲省下辖的县级市). */
const ADMIN_AFTER = new RegExp(
  `^([\\u4e00-\\u9fff]{0,8}?(自治州|州|盟|地区))?(下辖的?|所辖的?)?(代管|${T_ADMIN_RANK.source})`,
);

/**
 * The place follows 位于/地处 in its clause (甲镇位于乙省丙州南部，与缅甸隔河相望): it says where the
 * subject lies, and the border is the subject's, not that place's.
 */
function placeOfSubject(norm: string, prov: Mention): boolean {
  const [a, b] = clauseOf(norm, prov.cs);
  // (also a place of an administrative statement: 丙市，为甲省县级市，由乙市代管，与越南接壤; 丙市，
  // 隶属于甲省…: the place the subject belongs to)
  return (
    T_LOCATED_AT.test(norm.slice(a, prov.cs)) ||
    T_ADMIN_BELONG.test(norm.slice(a, prov.cs)) ||
    ADMIN_AFTER.test(norm.slice(prov.ce, b))
  );
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
      if (!prov || rc.fromCtx.has(prov) || placeOfSubject(norm, prov)) continue;
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
