import { clauseEnd, clauseStart, QUESTION_REST } from "../clauses";
import type { Mention } from "../entities/types";
import { ABSENT_BEFORE, NEGATORS, RUN_DENIED, readLexicon, relationAlt, trigger } from "../lexicon";
import { type RelationContext, typeOf } from "./context";
import { isService } from "./services";
import type { RelationRule } from "./types";

/** Kind words of a train (document-aliases.json kindWords: 国际, 货运, 铁海联运…). */
const KINDS = readLexicon<{ kindWords: string[] }>("document-aliases.json").kindWords;
/**
 * The rest of a train phrase headed by a region, right after the region's name: a direction word
 * (relation-words.json "regionTrainDirections": 方向), kind words, then a train noun
 * ("regionTrainNouns": 班列, 专列): 中亚国际货运班列, 南亚铁海联运班列, 中亚方向班列.
 */
const TRAIN_AFTER = new RegExp(
  `^(?:${relationAlt("regionTrainDirections")})?(?:${KINDS.join("|")})*(?:${relationAlt("regionTrainNouns")})`,
);
/** A clause identifying the train of the clause before (triggers.json "routeIdentifyOpeners": 这是, 此为). */
const IDENTIFY = new RegExp(`^[\\s“"]*(?:${trigger("routeIdentifyOpeners").source})`);
/** A negator in the clause before the region (并非中亚方向班列, 不是…): the train is said not to be one. */
const DENIED = new RegExp(NEGATORS);

/** Plans, wishes and conditions before the service in its clause (triggers.json "serviceRunFrames", "serviceRunConditions"). */
const NOT_RUN = new RegExp(`${trigger("serviceRunFrames").source}|${trigger("serviceRunConditions").source}`);

/**
 * Whether the service's run is only planned, wished, conditioned, denied or asked about: a frame or an absence
 * before it in its clause (计划开行…, 如果…开通, 尚无…), a denied run after it (尚未开行) or a question closing it.
 */
function notRun(rc: RelationContext, s: Mention, r: Mention): boolean {
  const before = rc.norm.slice(clauseStart(rc.norm, s.cs), s.cs);
  const after = rc.norm.slice(r.ce, clauseEnd(rc.norm, r.ce));
  return (
    NOT_RUN.test(before) ||
    ABSENT_BEFORE.test(before) ||
    RUN_DENIED.test(after) ||
    QUESTION_REST.test(rc.norm.slice(r.ce))
  );
}

/** Whether `id` is a world region (a Country of the catalog's kind "region": 中亚, 南亚, 东盟). */
function region(rc: RelationContext, id: string): boolean {
  return typeOf(id) === "Country" && rc.cat.get(id)?.properties.kind === "region";
}

/**
 * The service the train phrase at `r` names: the service whose name ends right before the region
 * (“某某号”中亚国际货运班列: the brand's own train words), or, when the region's clause identifies the train of
 * the clause before (…“某某号”班列从甲地始发，这是甲市首趟中亚方向班列), the last service named before that clause
 * in the sentence.
 */
function serviceOf(rc: RelationContext, r: Mention): Mention | undefined {
  const services = rc.of("Corridor").filter((s) => isService(s.id, rc.ms, rc.cat, rc.norm));
  const right = services.find((s) => s.ce === r.cs);
  if (right) return right;
  const cs = clauseStart(rc.norm, r.cs);
  const lead = rc.norm.slice(cs, r.cs);
  if (!IDENTIFY.test(lead) || DENIED.test(lead)) return undefined;
  const sentence = rc.sentStartOf(cs);
  return services.filter((s) => s.cs >= sentence && s.ce <= cs).pop();
}

/**
 * A train phrase headed by a world region (中亚国际货运班列, 中亚方向班列) says where the train runs: the service
 * it names (serviceOf) connects the region (CONNECTS). Sets 19–22 annotate it for a quoted brand before the
 * region's train words and for a train the next clause identifies as 首趟中亚方向班列.
 */
export const regionTrains: RelationRule = {
  name: "region-trains",
  types: ["CONNECTS"],
  find(rc) {
    for (const r of rc.ms) {
      if (!region(rc, r.id) || !TRAIN_AFTER.test(rc.norm.slice(r.ce))) continue;
      const s = serviceOf(rc, r);
      if (!s || notRun(rc, s, r)) continue;
      rc.push({
        type: "CONNECTS",
        source: s.id,
        target: r.id,
        method: "pattern",
        confidence: 0.7,
        cs: Math.min(s.cs, r.cs),
        ce: r.ce,
      });
    }
  },
};
