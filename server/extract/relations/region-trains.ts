import { clauseEnd, clauseStart } from "../clauses";
import type { Mention } from "../entities/types";
import { NEGATORS, readLexicon, relationAlt, trigger } from "../lexicon";
import { type RelationContext, typeOf } from "./context";
import {
  chainDenied,
  IDENTIFY_NOT,
  IDENTIFY_OPENER,
  NOT_RUN,
  PLANNED,
  TRAIN_COUNTED,
  trainTrip,
} from "./routes";
import { isService } from "./services";
import type { RelationRule } from "./types";

/** Kind words of a train (document-aliases.json kindWords: 国际, 货运, 铁海联运…). */
const KINDS = readLexicon<{ kindWords: string[] }>("document-aliases.json").kindWords;
/**
 * The rest of a train phrase headed by a region, right after the region's name: a direction word
 * (relation-words.json "regionTrainDirections": 方向), kind words, then a train noun (triggers.json
 * "routeTrainNouns": 班列, 列车, 专列, 班车): 中亚国际货运班列, 南亚铁海联运班列, 中亚方向班列.
 */
const TRAIN_AFTER = new RegExp(
  `^(?:${relationAlt("regionTrainDirections")})?(?:${KINDS.join("|")})*(?:${trigger("routeTrainNouns").source})`,
);
/** A negator in the identifying clause before the region (并非中亚方向班列, 不是…): the train is said not to be one. */
const DENIED = new RegExp(NEGATORS);

/**
 * Whether the service's run is only planned, wished, conditioned, denied or asked about, as routes.ts reads a
 * route (chainDenied: 尚无…, …并不存在, …停运, …尚未开行, a facility after the train, a question; NOT_RUN before the
 * service in its clause: 没有, 计划, 如果), or a plan or a future date from the service to the train phrase's clause
 * end (…计划明年开行, …将于下月发车，这是…).
 */
function notRun(rc: RelationContext, s: Mention, end: number): boolean {
  const before = rc.norm.slice(clauseStart(rc.norm, s.cs), s.cs);
  return (
    chainDenied(rc, s, { ...s, ce: end }) ||
    NOT_RUN.test(before) ||
    PLANNED.test(rc.norm.slice(s.ce, clauseEnd(rc.norm, end)))
  );
}

/** Whether `id` is a world region (a Country of the catalog's kind "region": 中亚, 南亚, 东南亚). */
function region(rc: RelationContext, id: string): boolean {
  return typeOf(id) === "Country" && rc.cat.get(id)?.properties.kind === "region";
}

/**
 * Whether the clause [cs, at) before the region identifies a counted train (routes.ts IDENTIFY_OPENER and
 * TRAIN_COUNTED: 这是甲市首趟…, 此为乙省开行的第一列…), not after 继 (IDENTIFY_NOT: the standard compared)
 * nor denied (这不是…).
 */
function identifiesTrain(rc: RelationContext, cs: number, at: number): boolean {
  const lead = rc.norm.slice(cs, at);
  return (
    IDENTIFY_OPENER.test(lead) &&
    TRAIN_COUNTED.test(lead.replace(/的$/, "")) &&
    !IDENTIFY_NOT.test(lead) &&
    !DENIED.test(lead)
  );
}

/**
 * The service the train phrase at `r` names: the service whose name ends right before the region
 * (“某某号”中亚国际货运班列: the brand's own train words), or, when the region's clause identifies a counted train
 * (identifiesTrain) and the sentence before that clause tells a train's trip (routes.ts trainTrip: …“某某号”班列从
 * 甲地始发，这是甲市首趟中亚方向班列), the last service named in it.
 */
function serviceOf(rc: RelationContext, r: Mention): Mention | undefined {
  const services = rc.of("Corridor").filter((s) => isService(s.id, rc.ms, rc.cat, rc.norm));
  const right = services.find((s) => s.ce === r.cs);
  if (right) return right;
  const cs = clauseStart(rc.norm, r.cs);
  if (!identifiesTrain(rc, cs, r.cs)) return undefined;
  const sentence = rc.sentStartOf(cs);
  const s = services.filter((x) => x.cs >= sentence && x.ce <= cs).pop();
  return s && trainTrip(rc, rc.norm.slice(0, cs), sentence) ? s : undefined;
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
      const train = region(rc, r.id) ? TRAIN_AFTER.exec(rc.norm.slice(r.ce)) : null;
      if (!train) continue;
      const s = serviceOf(rc, r);
      if (!s || notRun(rc, s, r.ce + train[0].length)) continue;
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
