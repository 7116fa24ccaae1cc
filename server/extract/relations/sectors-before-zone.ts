import { CLAUSE_MARKS, clauseOf } from "../clauses";
import type { Mention } from "../entities/types";
import { alternatives, readLexicon } from "../lexicon";
import { typeOf } from "./context";
import type { RelationRule } from "./types";

/** data/lexicon/industry.json: the verbs and role nouns of a clause whose sectors come before their zone. */
const LEX = readLexicon<{
  zoneAfterSettleVerbs: string[];
  zoneAfterRoleVerbs: string[];
  zoneAfterRoleNouns: string[];
}>("industry.json");
/** A verb of settling written right before the zone (…项目签约落户甲片区, …企业入驻乙园区). */
const SETTLE_BEFORE = new RegExp(`(?:${alternatives(LEX.zoneAfterSettleVerbs).source})$`);
/** A verb of becoming written right before the zone (甲产业正在成为乙片区发展的重要支撑). */
const ROLE_BEFORE = new RegExp(`(?:${alternatives(LEX.zoneAfterRoleVerbs).source})$`);
/** After the zone: its role the sector is (…的重要支撑, …的支柱产业), in the clause. */
const ROLE_AFTER = new RegExp(
  `^[^${CLAUSE_MARKS}：:]{0,8}?的[^${CLAUSE_MARKS}：:]{0,6}?(?:${alternatives(LEX.zoneAfterRoleNouns).source})`,
);
/** Zones that develop sectors. */
const ZONE = /^(FreeTradeZone|Area|DevZone)$/;

/** The zone a clause names after its sectors by a verb of settling or of becoming its role, or undefined. */
function zoneAfter(norm: string, ms: readonly Mention[], last: Mention): Mention | undefined {
  const [, e] = clauseOf(norm, last.cs);
  const z = ms.find((x) => x.cs > last.ce && x.ce <= e && ZONE.test(typeOf(x.id)));
  if (!z) return undefined;
  // (no other place between the sectors and the zone: 甲市企业生产的…落户乙区 names its own subject)
  if (ms.some((x) => x.cs > last.ce && x.cs < z.cs && typeOf(x.id) !== "Industry")) return undefined;
  const before = norm.slice(last.ce, z.cs);
  if (SETTLE_BEFORE.test(before)) return z;
  return ROLE_BEFORE.test(before) && ROLE_AFTER.test(norm.slice(z.ce, e)) ? z : undefined;
}

/**
 * Sectors written before the zone that develops them, in one clause: what settles in the zone (包括甲、乙等
 * 产业项目签约落户丙片区) or becomes its role (甲产业正在成为乙片区发展的重要支撑, 甲业已成为乙区的支柱产业).
 * The verbs and role nouns are data (industry.json zoneAfterSettleVerbs, zoneAfterRoleVerbs, zoneAfterRoleNouns).
 */
export const sectorsBeforeZone: RelationRule = {
  name: "sectors-before-zone",
  types: ["FOCUSES_ON"],
  find({ norm, ms, inTable, push }) {
    if (inTable) return;
    const sectors = ms.filter((x) => typeOf(x.id) === "Industry");
    for (const ind of sectors) {
      const [, e] = clauseOf(norm, ind.cs);
      // the clause's last sector before any zone reads the verb
      const last = sectors.filter((x) => x.cs >= ind.cs && x.ce <= e).at(-1) ?? ind;
      const z = zoneAfter(norm, ms, last);
      if (!z || ms.some((x) => x.cs > ind.ce && x.cs < last.cs && ZONE.test(typeOf(x.id)))) continue;
      push({
        type: "FOCUSES_ON",
        subj: z,
        source: z.id,
        target: ind.id,
        method: "pattern",
        confidence: 0.7,
        cs: ind.cs,
        ce: z.ce,
      });
    }
  },
};
