import { CLAUSE_END, clauseOf } from "../clauses";
import type { Mention } from "../entities/types";
import { relationAlt, trigger } from "../lexicon";
import { type RelationContext, typeOf } from "./context";
import type { RelationRule } from "./types";

/** Verbs of an area resting on, owning or bordering its ports (data/lexicon/triggers.json "portRely"). */
const RELY = new RegExp(trigger("portRely").source, "g");
const SUBJECT = /^(Area|FreeTradeZone|DevZone)$/;
/** What may stand between the subject (or the clause start) and the verb. */
const ADVERBS = new RegExp(`^\\s*(${relationAlt("portRelyAdverbs")}){0,2}\\s*$`);
/** The next verb of the clause, which ends the object of the verb (portRelyObjectStops). */
const OBJECT_STOP = new RegExp(relationAlt("portRelyObjectStops"));
/** Clauses a topic may be carried over (大兴机场片区位于…，地处…，具有…，西接北京大兴国际机场). */
const MAX_CLAUSES = 8;

/**
 * The topic of a chain of clauses with no subject of their own: the area, zone or development zone
 * that opens the first clause of the chain (within MAX_CLAUSES of the same sentence). A clause
 * opened by a name of another kind (a city, a body) ends the chain.
 */
function topic(rc: RelationContext, clauseAt: number): Mention | undefined {
  const { norm, ms } = rc;
  for (let end = clauseAt - 1, n = 0; end > 0 && n < MAX_CLAUSES; n++) {
    if (/[。！？!?]/.test(norm[end] ?? "")) return undefined;
    const [a] = clauseOf(norm, end - 1);
    const lead = /^[\s“"「]*/.exec(norm.slice(a))?.[0].length ?? 0;
    const opener = ms.find((x) => x.cs === a + lead && x.ce <= end);
    if (opener) return SUBJECT.test(typeOf(opener.id)) ? opener : undefined;
    end = a - 1;
    if (end >= 0 && !CLAUSE_END.test(norm[end] ?? "")) return undefined;
  }
  return undefined;
}

/**
 * LINKED_PORT of an area, zone or development zone that rests on, owns or borders its ports: 崇左片区
 * 依托凭祥口岸和友谊关口岸，…; 两江新区主要依托果园港…; 福建自贸试验区将统筹厦门港、福州港两大港口资源;
 * 大兴机场片区位于…，背靠临空经济区，西接北京大兴国际机场 (the topic of a chain of clauses with no
 * subject of their own). The ports are the object of the verb.
 */
export const portReliance: RelationRule = {
  name: "port-reliance",
  types: ["LINKED_PORT"],
  find(rc) {
    const { norm, ms, push } = rc;
    for (const v of norm.matchAll(RELY)) {
      const at = v.index ?? 0;
      const [ca, cb] = clauseOf(norm, at);
      const own = ms.filter((x) => SUBJECT.test(typeOf(x.id)) && x.ce <= at && x.cs >= ca).pop();
      const subj = own
        ? ADVERBS.test(norm.slice(own.ce, at))
          ? own
          : undefined
        : ADVERBS.test(norm.slice(ca, at))
          ? topic(rc, ca)
          : undefined;
      if (!subj) continue;
      // the object runs up to the next verb of the clause
      const rest = norm.slice(at + v[0].length, cb);
      const stop = rest.search(OBJECT_STOP);
      const end = at + v[0].length + (stop < 0 ? rest.length : stop);
      // (with a carried topic, a verb phrase that modifies a noun is no predicate: 拥有南沙港的企业增多)
      for (const p of ms)
        if (typeOf(p.id) === "Port" && p.cs >= at && p.ce <= end && (own || norm[p.ce] !== "的"))
          push({
            type: "LINKED_PORT",
            source: subj.id,
            target: p.id,
            method: "pattern",
            confidence: 0.7,
            cs: Math.min(subj.cs, at),
            ce: p.ce,
          });
    }
  },
};
