import { CLAUSE_MARKS, clauseOf } from "../clauses";
import { landNeighbour, pushBorders } from "./border-with";
import { typeOf } from "./context";
import { T_BORDER } from "./triggers";
import type { RelationRule } from "./types";

/** A closing quote then (区位/地缘)优势 in the same clause: a quoted description of a place's position. */
const QUOTED_ADVANTAGE = new RegExp(`^[^${CLAUSE_MARKS}]*[”"]的?(区位|地缘)?优势`);

/**
 * BORDERS: 内蒙古…外接俄罗斯和蒙古 / 外接俄蒙.
 */
export const borderTrigger: RelationRule = {
  name: "border-trigger",
  types: ["BORDERS"],
  find(rc) {
    const { norm, ms, cat, push, isCountry } = rc;
    const trig = T_BORDER.exec(norm);
    if (trig) {
      // (or, for a quoted description that precedes its subject — 凭借"…外接俄蒙通欧亚"的区位优势，内蒙古… —
      // the first province after it in the sentence)
      const sentEnd = norm.slice(trig.index).search(/[。！？!?]/);
      const prov =
        ms.filter((m) => typeOf(m.id) === "Province" && m.ce <= trig.index).pop() ??
        (QUOTED_ADVANTAGE.test(norm.slice(trig.index))
          ? ms.find(
              (m) =>
                typeOf(m.id) === "Province" &&
                m.cs > trig.index &&
                (sentEnd < 0 || m.cs < trig.index + sentEnd),
            )
          : undefined);
      if (prov) {
        const [, b] = clauseOf(norm, trig.index);
        pushBorders(
          rc,
          prov,
          (c) => c.cs >= trig.index && c.cs < b,
          (c) => c.ce,
        );
        // abbreviations right after the trigger: 外接俄蒙
        const after = trig.index + trig[0].length;
        for (let i = after; i < after + 3; i++) {
          const cid = cat.countryAbbr.get(norm[i] ?? "");
          if (!cid || !landNeighbour(cid) || !isCountry(cid)) break;
          if (ms.some((m) => m.cs <= i && i < m.ce)) break;
          push({
            type: "BORDERS",
            source: prov.id,
            target: cid,
            method: "pattern",
            confidence: 0.8,
            cs: prov.cs,
            ce: i + 1,
          });
        }
      }
    }
  },
};
