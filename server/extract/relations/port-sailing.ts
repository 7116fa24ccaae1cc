import { clauseStart, sentenceEnd, sentenceStart } from "../clauses";
import type { Mention } from "../entities/types";
import { trigger } from "../lexicon";
import { typeOf } from "./context";
import { LINE_PLACE, pushPartners } from "./cooperate";
import { type ListShape, listedPlaces } from "./line-lists";
import { isService } from "./services";
import type { RelationRule } from "./types";

/** A word of a ship or sea line in the sentence (triggers.json "sailLine": 航线, 班轮, 集装箱船, 货轮…). */
const SEA = trigger("sailLine");
/**
 * The verb before the destinations (triggers.json "sailTo": 到达, 抵达, 直达, 挂靠…). Most are also arrival words of
 * "routeMark"; the list stays apart because routeMark holds other marks (via, from) a sea line's arrival is not.
 */
const SAIL_TO = new RegExp(`(${trigger("sailTo").source})`);
/**
 * The port is where the line starts: 从/由/自 before it (a port group's name between: 从山东港口烟台港; FROM
 * is at most 7 characters, so the 8 before the port are tested), 出发/始发/起航 right after it (triggers.json
 * "sailFrom").
 */
const FROM = /[从由自]([\u4e00-\u9fff]{2,4}港口)?$/;
const DEPART = new RegExp(`^(${trigger("sailFrom").source})`);
/** Between the departure and the verb: a short stretch with no other origin (沿中国沿海南下后). */
const BETWEEN = /^[^。！？!?；;从由自]{0,24}?$/;
/** A corridor named as a line (甲乙直航航线, …快线): the sentence is about that line, which the routes rules read. */
const LINE_NAME = /(航线|班列|快线|专列|班轮)$/;
/**
 * A line named after 的 and not recognised as a corridor (开通直达日本的甲乙直航航线): a name, not a new line
 * (…新航线), one pointed at (这条…航线) nor one described by its kind (…的集装箱航线).
 */
const NAMED_LINE = /的(?![这這该該此])([^，,；;。、“”"‘’]{2,8}?)(?<!新)航线/;
/** A line described only by its kind (集装箱航线, 外贸航线; triggers.json "lineKind"): no name. */
const LINE_KIND = new RegExp(`^(${trigger("lineKind").source})+$`);
/** Whether the sentence names a line after 的 by more than its kind. */
function namedLine(sentence: string): boolean {
  const name = NAMED_LINE.exec(sentence)?.[1];
  return name !== undefined && !LINE_KIND.test(name);
}

/**
 * Joints between destinations: 、和及, nothing (a region or country written right before a place), and
 * unrecognised names between 、 (…、那瓦西瓦、皮帕瓦沃、巴生).
 */
const JOINT = /^(、[^、等和及，,；;。！？!?\s]{1,6})*(、|和|及|以及)?$/;

/** The places listed from `at` on, back to back or joined by 、和及 (a country before a place is an item too). */
export const DESTINATIONS: ListShape = { joint: (gap) => JOINT.test(gap), countryPlaces: false };

/**
 * COOPERATES_WITH from a port to the places a sea line sails to from it (航线从天津港出发，沿中国沿海南下后
 * 到达新加坡、科伦坡、巴生等港口; 新航线…从天津港出发到达东南亚新加坡、巴生等港口): the port after 从/由/自 and
 * before 出发/始发/起航, a verb of arrival (triggers.json "sailTo") at most a short stretch later in the same
 * sentence, the places listed right after it, and a ship or sea-line word (triggers.json "sailLine") in the
 * clause of the departure (what departs is the ship or line). Not when the sentence names a service (a named train or line: the routes rules read it) or
 * when the origin is no port (a city's trains and flights are other rules').
 */
export const portSailing: RelationRule = {
  name: "port-sailing",
  types: ["COOPERATES_WITH"],
  find({ norm, ms, cat, push }) {
    if (!SEA.test(norm) || !SAIL_TO.test(norm)) return;
    const places = ms.filter((m) => LINE_PLACE.test(typeOf(m.id))).sort((x, y) => x.cs - y.cs || y.ce - x.ce);
    for (const o of ms) {
      if (typeOf(o.id) !== "Port" || !FROM.test(norm.slice(Math.max(0, o.cs - 8), o.cs))) continue;
      const depart = DEPART.exec(norm.slice(o.ce));
      if (!depart) continue;
      const from = sentenceStart(norm, o.cs);
      const sentence = norm.slice(from, sentenceEnd(norm, o.ce));
      if (!SEA.test(norm.slice(clauseStart(norm, o.cs), o.ce + depart[0].length))) continue;
      const named = (m: Mention) =>
        isService(m.id, ms, cat, norm) ||
        (typeOf(m.id) === "Corridor" && LINE_NAME.test(norm.slice(m.cs, m.ce)));
      if (namedLine(sentence) || ms.some((m) => m.cs >= from && m.cs < from + sentence.length && named(m)))
        continue;
      const after = o.ce + depart[0].length;
      const verb = SAIL_TO.exec(norm.slice(after, from + sentence.length));
      if (!verb || !BETWEEN.test(norm.slice(after, after + verb.index))) continue;
      const at = after + verb.index + verb[0].length;
      const list = listedPlaces(norm, places, at, DESTINATIONS);
      const last = list[list.length - 1];
      if (last)
        pushPartners(
          push,
          o,
          list.map((m) => m.id),
          o.cs,
          last.ce,
        );
    }
  },
};
