import type { Catalog } from "../catalog";
import { clauseEnd, clauseStart, LIST_MARKS, QUESTION_REST, SENTENCE_END, sentenceStart } from "../clauses";
import { BYLINE } from "../entities/dateline-outlets";
import { STATION_SUFFIX } from "../entities/station-names";
import type { Mention } from "../entities/types";
import {
  ABSENT_BEFORE,
  CLAUSE_LINKS,
  CLAUSE_TIMES,
  COPULA_ADVERBS,
  COUNT_NUMERAL,
  NEGATED,
  NEGATORS,
  RUN_DENIED,
  relationAlt,
  trigger,
  triggerWords,
} from "../lexicon";
import { type RelationContext, typeOf } from "./context";
import { chainAfter } from "./route-chain";
import { isViaService, legEnd, legStart, openedBy, openerEnd, ROUTE_PLACE } from "./route-leg";
import { originCity } from "./route-terminal";
import { isService, quotedBrandService } from "./services";
import { classOfNext } from "./stops";
import type { RelationRule } from "./types";

/**
 * Words that open a stop of a route (data/lexicon/triggers.json "routeMark"): origin (自/从/以…为起点,
 * 起点为), transit (经/途经/跨越), destination (至/到/抵达/终点为).
 */
export const ROUTE_MARK = new RegExp(`(${trigger("routeMark").source}|${trigger("routeStatedEnd").source})$`);
/**
 * The stated ends of a route written with their directions (北起中国昆明、南抵老挝万象的中老铁路; 东起连云港，
 * 西至鹿特丹): "routeStatedEnd", then a short description of the place (东起我国黄海之滨的江苏省连云港市)
 * with no separator in it.
 */
const STATED_END = new RegExp(`(${trigger("routeStatedEnd").source})[^，,；;。！？!?、和与及“”"]{0,12}$`);
/** Words that close an origin written before them (沈阳始发、经二连浩特到…): "routeOriginAfter". */
const ORIGIN_AFTER = new RegExp(`^(${trigger("routeOriginAfter").source})`);
/**
 * 开行 and 启程 ("routeDepartAt") as the verb of the clause, as place-service.ts reads a run verb: followed by
 * the clause end, 了, 后, 以来, 时, a count (开行超过800列, 开行的第三列; not a count of years, 开行十周年) or a
 * measure (开行量: triggers.json "serviceRunAfterLead", "serviceRunCounters", "serviceRunMeasures"), or a route
 * mark (开行，驶往…; 启程前往) — not a verb modifying a noun (举行开行十周年座谈会, 召开开行工作会议, 启程仪式).
 */
const DEPART_COUNTERS = triggerWords("serviceRunCounters").filter((w) => !w.endsWith("年"));
const DEPART_AT = `(?:${trigger("routeDepartAt").source})(?=(?:${trigger("serviceRunAfterLead").source})*(?:以来|之后|时)?(?:$|[，,；;。！？!?、（(]|${trigger("routeMark").source}|[上数]?(?:[0-9.]|${COUNT_NUMERAL})+(?:${DEPART_COUNTERS.join("|")})|首[列趟班]|的?(?:${trigger("serviceRunMeasures").source})))`;
/**
 * Words that close a place where the service halts, opened by 在 (在蒙古国扎门乌德站停留, 在哈萨克斯坦、
 * 波兰两次换轨, 在西安集结后): "routeHalt", or leaves from (在南昌某铁路口岸鸣笛起航, 在某陆港首发):
 * "routeOriginAfter", "sailFrom" and "routeDepartAt" (启程, 开行: read only as the verb, DEPART_AT), after an
 * optional station word and a short adverbial. Read only when the service is the subject of the clause holding
 * 在 (serviceAt).
 */
const HALT_AFTER = new RegExp(
  `^(${relationAlt("routeHaltStationWords")})?[^，,；;。！？!?、和与及]{0,6}?(${["routeHalt", "routeOriginAfter", "sailFrom"].map((n) => trigger(n).source).join("|")}|${DEPART_AT})`,
);
/**
 * What may stand before 在 in a clause whose subject is the service, named or left out (随后在…, 3月5日在…,
 * 中欧班列今晨在…, 出境后在…): time words, adverbs (function-words.json clauseTimes, copulaAdverbs, clauseLinks;
 * triggers.json "routeLeadAdverbs"), dates, and quotes or a bracket after the service (中欧班列(南昌—莫斯科)在…).
 */
const LEAD_ADVERBIAL = new RegExp(
  `^([\\s，,”"」]|[(（][^()（）]*[)）]|${CLAUSE_TIMES}|${COPULA_ADVERBS}|${CLAUSE_LINKS}|${trigger("routeLeadAdverbs").source}|${COUNT_NUMERAL}+(${relationAlt("routeDateUnits")}))*$`,
);

/**
 * 首趟中欧班列今晨在钦州港鸣笛启航, 列车在二连浩特换装, …从重庆出发，在霍尔果斯换装后: the place opened by the
 * 在 at `at` is the service's only when the clause holding 在 has no subject but the service or a train noun
 * ("routeTrainNouns") — not 一艘邮轮在厦门港启航, 嘉宾们在连云港港启程, 马拉松在西安出发.
 */
function serviceAt(rc: RelationContext, s: Mention, at: number): boolean {
  const c = clauseStart(rc.norm, at);
  // (一列旅游专列在…, 返岗务工专列在…: a train noun not the service's own is another train)
  const k = subjectEnd(rc, s, c, at, true);
  if (!LEAD_ADVERBIAL.test(rc.norm.slice(k, at))) return false;
  // (no subject written in the clause: none other may be written in a clause between the service and it —
  // …仪式结束后，嘉宾们乘车离开，随后在…启程)
  return k > c || s.ce > c || !peopleIn(rc.norm.slice(s.ce, c));
}
/**
 * Where the subject of the clause [c, at) ends when it is the service or a train noun: after the service when it
 * stands there, after the last train noun (with `ownOnly`, only a train noun that is the service's own,
 * ownTrain), else `c`.
 */
function subjectEnd(rc: RelationContext, s: Mention, c: number, at: number, ownOnly: boolean): number {
  let k = s.cs >= c && s.ce <= at ? s.ce : c;
  for (const m of rc.norm.slice(c, at).matchAll(TRAIN_NOUNS)) {
    if (ownOnly && !ownTrain(rc, s, c, c + m.index)) continue;
    k = Math.max(k, c + m.index + m[0].length);
  }
  return k;
}
/** A railway line by its name (中老铁路, 雅万高铁): it runs trains of several kinds itself. */
const RAILWAY_LINE = new RegExp(`(${relationAlt("routeRailwayLineHeads")})$`);
/** Modifiers of a train noun that keep it the service's (triggers.json "serviceOwnTrainLeads"; 该趟, 回程, 满载…的). */
const OWN_LEADS = `(?:${trigger("serviceOwnTrainLeads").source})`;
const OWN_MODIFIER = new RegExp(`^${OWN_LEADS}*$`);
/** …and for a railway line the kinds of train it runs (triggers.json "railwayOwnTrainKinds": 国际旅客, 动车组). */
const RAIL_OWN_MODIFIER = new RegExp(`^(?:${OWN_LEADS}|${trigger("railwayOwnTrainKinds").source}|组)*$`);
/**
 * Whether the train noun at `i`, in the clause starting at `c`, is the service's own train: the service's name
 * itself, a train noun right after the name (through quotes), or one after lead adverbials of the clause
 * (LEAD_ADVERBIAL), with only an own modifier between (列车, 该趟班列, 回程班列, 满载汽车的列车; after a
 * railway line also 旅客列车, 动车组列车). Any other modifier makes it another train (返岗务工专列,
 * 研学专列, 一列旅游专列, 城际列车).
 */
function ownTrain(rc: RelationContext, s: Mention, c: number, i: number): boolean {
  if (i >= s.cs && i < s.ce) return true;
  const own = RAILWAY_LINE.test(rc.norm.slice(s.cs, s.ce)) ? RAIL_OWN_MODIFIER : OWN_MODIFIER;
  if (s.ce <= i && s.cs >= c && own.test(rc.norm.slice(s.ce, i).replace(/^[”"」]+/, ""))) return true;
  for (let j = i; j >= c; j--)
    if (own.test(rc.norm.slice(j, i)) && LEAD_ADVERBIAL.test(rc.norm.slice(c, j))) return true;
  return false;
}
/** Travellers (routeTravellers) or people written with 们 (嘉宾们) in a stretch of text. */
function peopleIn(text: string): boolean {
  return TRAVELLERS.test(text) || /[\u4e00-\u9fff]们/.test(text);
}
/**
 * Marks of a stop read only in a clause whose subject is the service or a train noun, its cargo fronted by
 * 把/将 allowed (…出发，把年货送往重庆; 向着重庆方向进发): "routeOwnMark" — not 快递员把包裹送往…, 选手们向着…进发.
 */
const OWN_MARK = new RegExp(`(${trigger("routeOwnMark").source})$`);
const FRONTED_CARGO = /[把将][^，,；;。！？!?]{1,16}$/;
function ownMarkAt(rc: RelationContext, s: Mention, at: number): boolean {
  const c = clauseStart(rc.norm, at);
  const k = subjectEnd(rc, s, c, at, false);
  if (!LEAD_ADVERBIAL.test(rc.norm.slice(k, at).replace(FRONTED_CARGO, ""))) return false;
  return k > c || carriedOver(rc, s, c);
}
/** A clause that opens with a stop of a route or 在 after lead adverbials (…，途经阿拉山口，…): no new subject. */
const MARK_OPENING = new RegExp(`^(${trigger("routeMark").source}|在)`);
/** Where a stop (MARK_OPENING) opens `t` after lead words (`lead`) within its first `window` characters, or -1. */
function stopOpening(t: string, lead: RegExp, window: number): number {
  return (
    [...Array(Math.min(t.length, window)).keys()].find(
      (i) => lead.test(t.slice(0, i)) && MARK_OPENING.test(t.slice(i)),
    ) ?? -1
  );
}
/** A time clause the service only dates (中欧班列开通后，…; 班列开行以来): its subject does not carry over. */
const TIME_CLAUSE = new RegExp(`(${relationAlt("routeTimeClauseEnds")})$`);
/**
 * Whether the subject of the service's clause carries over to the subjectless clause starting at `c`: the
 * service stands in an earlier clause of the sentence that is no time clause, and every clause between
 * them opens with a stop or holds a train noun (not 中欧班列开通后，医院组织专家，将病人送往…).
 */
function carriedOver(rc: RelationContext, s: Mention, c: number): boolean {
  const sc = clauseStart(rc.norm, s.cs);
  if (s.ce > c || sc < sentenceStart(rc.norm, c)) return false;
  let a = clauseEnd(rc.norm, s.ce);
  if (TIME_CLAUSE.test(rc.norm.slice(sc, a))) return false;
  while (a + 1 < c) {
    const b = clauseEnd(rc.norm, a + 1);
    const t = rc.norm.slice(a + 1, b);
    TRAIN_NOUNS.lastIndex = 0;
    if (stopOpening(t, LEAD_ADVERBIAL, 10) < 0 && !TRAIN_NOUNS.test(t)) return false;
    a = b;
  }
  return true;
}
/**
 * Whether another carrier or travellers are written between the service and a route mark at `at` (中欧班列
 * 开行当天，一艘邮轮在厦门港启航，前往…; 一列旅游专列…驶往…): the stops after the mark are theirs.
 */
function otherCarrier(rc: RelationContext, s: Mention, at: number): boolean {
  if (s.ce > at) return false;
  // (a railway line runs passenger and bullet trains itself: 中老铁路开通后，旅客列车从昆明开往万象)
  const kinds = RAILWAY_LINE.test(rc.norm.slice(s.cs, s.ce)) ? RAIL_KINDS : KINDS;
  // (from the last train noun of the service before the mark: 旅客…，货物列车从昆明开往…)
  let a = s.ce;
  for (const m of rc.norm.slice(s.ce, at).matchAll(TRAIN_NOUNS)) {
    const k = s.ce + m.index;
    if (!kinds.counted.test(rc.norm.slice(Math.max(s.ce, k - 4), k))) a = k + m[0].length;
  }
  const between = rc.norm.slice(a, at);
  return kinds.other.test(between) || peopleIn(between);
}
/**
 * Another carrier (一艘邮轮, 游轮, a train of a kind of triggers.json "otherTrainKinds": 旅游, 城际, 高铁…, with at
 * most two characters after the kind, 动车组列车), and what makes a train noun another train (一列旅游专列,
 * 两趟列车, 观光班车, 城际列车), from the kinds given.
 */
function carrierKinds(words: readonly string[]): { other: RegExp; counted: RegExp } {
  const kind = `(?:${words.join("|")})[\u4e00-\u9fff]{0,2}`;
  return {
    other: new RegExp(
      `[一两二三四五六七八九十几多数](${relationAlt("routeVesselCounters")})|[邮游货客]轮|${kind}(?:${trigger("routeTrainNouns").source})`,
    ),
    counted: new RegExp(`(?:[一两二三四五六七八九十几多数][列趟辆]|${kind})$`),
  };
}
const KINDS = carrierKinds(triggerWords("otherTrainKinds"));
/** After a railway line, the kinds it runs itself ("railwayOwnTrainKinds") are no other train. */
const RAIL_KINDS = carrierKinds(
  triggerWords("otherTrainKinds").filter((w) => !triggerWords("railwayOwnTrainKinds").includes(w)),
);
/**
 * Words that close a place where the service crosses the border (由绥芬河铁路口岸出境, 霍尔果斯、
 * 阿拉山口口岸进出境，…; 经霍尔果斯口岸出境前往…): "routeBorderCrossing", right after the place or its
 * station word and closing the clause or followed by the next stop's mark (not 进境免税店, 过境点: a
 * crossing word heading a noun).
 */
const CROSSING_AFTER = new RegExp(
  `^(${relationAlt("routeCrossingStationWords")})?(${trigger("routeBorderCrossing").source})(${relationAlt("routeCrossingAfter")})?(?=[，,；;。！？!?的]|$|(${trigger("routeMark").source}))`,
);
/**
 * People crossing or travelling (旅客经满洲里口岸出境旅游, 口岸入境的俄罗斯游客, 许多游客从霍尔果斯口岸出境),
 * and firms or traders going somewhere themselves (企业前往东盟, 客商直奔义乌; not 满载企业货物):
 * "routeTravellers". A place is theirs, not a stop of the service, when they are named between the last train
 * before the place (the service or "routeTrainNouns": 班列, 列车) and the end of the place's clause; a
 * traveller word in an earlier clause about something else (…人员往来增多，班列从义乌出发) does not count.
 */
const TRAVELLERS = trigger("routeTravellers");
const TRAIN_NOUNS = new RegExp(trigger("routeTrainNouns").source, "g");

/** Whether travellers, not the service, go through the place (see TRAVELLERS). */
function travellersAt(rc: RelationContext, from: number, p: Mention): boolean {
  let a = from;
  for (const m of rc.norm.slice(from, p.cs).matchAll(TRAIN_NOUNS)) a = from + m.index + m[0].length;
  return TRAVELLERS.test(rc.norm.slice(a, clauseEnd(rc.norm, p.cs)));
}
/**
 * A verb of people riding or following a train, right before the service: the ride verbs of goods and
 * people (triggers.json "cargoRide": 搭乘, 乘坐, 坐上…) and the people-only "routeRideVerbs" (跟着, 随同…),
 * 着/了 and a quote allowed after it as in carried-goods.ts (记者搭乘了中欧班列). A verb not right before
 * the service (乘坐的中欧班列, 跟随采访的中欧班列) is not read.
 */
const RIDE_BEFORE = new RegExp(
  `(${trigger("cargoRide").source}|${trigger("routeRideVerbs").source})[着了]?[“"]?$`,
);
/** Travellers visiting places (来到, 走进, 参观, 甲、乙等站点): "routeRideVisit". */
const RIDE_VISIT = trigger("routeRideVisit");
/** People riding: travellers (routeTravellers) or a group of people (triggers.json "peopleGroups": 学生, 师生…). */
const RIDERS = new RegExp(
  `${TRAVELLERS.source}|(?:${trigger("peopleGroups").source})(?!${relationAlt("routeRiderNotTrains")})`,
);
/** Words giving the service's own run (从…出发, 至, 直达, 经, 抵达): "routeRideRun". */
const RIDE_RUN = trigger("routeRideRun");
/** Freight words (货物, 集装箱, goods nouns: "quotedLineFreight"): goods ride along, the run is the train's. */
const RIDE_FREIGHT = trigger("quotedLineFreight");
/**
 * The end of the clause in which travellers ride or follow the service and visit places (记者跟着班列来到
 * 甲、乙等站点): the places of that clause are their trip's, not stops the service is said to have; a
 * later clause (该班列随后经甲出境) keeps its stops. -1 when the clause gives the service's own run
 * (游客乘坐某铁路从甲到乙, 可从甲直达乙), names freight riding with them, or has no visit word. Goods riding
 * the service (货物搭乘班列运抵…) have no traveller word and keep their stops.
 */
function riddenUntil(rc: RelationContext, s: Mention): number {
  const before = rc.norm.slice(clauseStart(rc.norm, s.cs), s.cs);
  if (!RIDE_BEFORE.test(before) || !RIDERS.test(before)) return -1;
  const end = clauseEnd(rc.norm, s.ce);
  const after = rc.norm.slice(s.ce, end);
  if (!RIDE_VISIT.test(after) || RIDE_RUN.test(after) || RIDE_FREIGHT.test(before + after)) return -1;
  return end;
}
/** Words that close the two ends of a line (往返于昆明与万象之间; 昆明与万象间的货运班列): "routeBetween". */
const BETWEEN = new RegExp(`^(${trigger("routeBetween").source})`);
/**
 * A corridor that is a route but no service (中巴经济走廊, 西部陆海新通道, 昆明至河内公路): the ports on
 * it are read, and the places only at its stated ends (起点新疆喀什，终点巴基斯坦瓜达尔港), since 经广西
 * after a broad corridor is often the way the goods take, not a stop the corridor names.
 */
const ROUTE = new RegExp(`${relationAlt("routeLineNouns")}$`);
/** The two ends of lines a corridor runs (…间的多条物流新线路), not of trade (…之间的贸易). */
const LINES_BETWEEN = new RegExp(
  `${BETWEEN.source}的?[^，,；;。！？!?]{0,8}?(${trigger("routeNoun").source})`,
);
const END_WORD = new RegExp(
  `(${relationAlt("routeEndWords")})(${relationAlt("routeEndCopulas")})?[\\u4e00-\\u9fff]{0,6}$`,
);
/** The stated extent of a broad corridor: 拓展至湖南、湖北等中部省份, 延伸到东盟. */
const EXTENT = new RegExp(`(${relationAlt("routeExtentVerbs")})(${relationAlt("routeExtentMarks")})$`);
/** What closes an end opened by 以: 以A、B为起点, 以莫斯科为目的地/终点站. */
const ORIGIN_FRAME = new RegExp(`^[^，,；;。！？!?]*?为(${relationAlt("routeOriginFrameEnds")})`);
/** What closes a destination opened by 向: 向德国汉堡进发 (not 向东盟出口). */
const HEADING_FRAME = new RegExp(`^[^，,；;。！？!?]*?(${relationAlt("routeHeadingVerbs")})`);
/**
 * 途经甲、乙、丙等站: places listed as the stations the train passes (a station is no place of the route, as
 * 甲站 is not), closed by 等 and a station word (entities/station-names.ts STATION_SUFFIX, 车站, 枢纽站) after an
 * unrecognised last name at most; not 等站点 (stops). Read only after a passing mark (PASSING).
 */
const STATION_LIST = new RegExp(
  `^[\u4e00-\u9fff]{0,6}?等${COUNT_NUMERAL}*个?(?:枢纽|车)?${STATION_SUFFIX}(?!点)`,
);
/** A mark of passing through (triggers.json "routePassing": 途经, 经过, 穿越) earlier in the clause. */
const PASSING = new RegExp(`(?:${trigger("routePassing").source})[^，,；;。！？!?]*$`);
/** An elliptical list of crossings (经霍尔果斯、阿拉山口两大口岸): its places name ports, not cities. */
const PORT_ELLIPSIS = new RegExp(
  `^[两二三四五六七八九十几多\\d]+(${relationAlt("routePortEllipsisCounters")})?(${relationAlt("routePortEllipsisKinds")})*(${relationAlt("routePortEllipsisHeads")})`,
);
/**
 * What joins a place to the place it lies in: 的, or the head noun of an apposition (俄罗斯首都莫斯科,
 * 斯洛伐克城市多布拉, 吉尔吉斯斯坦边境城市贾拉拉巴德, 中亚国家哈萨克斯坦): triggers.json "routeAppositionHeads".
 */
const APPOSITION = new RegExp(`(的|${trigger("routeAppositionHeads").source})$`);
const IN_PLACE = /^(City|Country|Province)$/;
/** Places joined into one route written with dashes (青岛—曼海姆). */
const DASH = /[—\-─–]/;
/** What joins the places of a route named by its ends before its service: dashes, or 至 (西安至华沙). */
const CHAIN_JOIN = /^(?:[—\-─–]+|至)/;
const CHAIN_JOIN_BEFORE = /(?:[—\-─–]+|至)$/;
/** What may stand between such a chain and the service: a count of lines (等3条), 的, quotes. */
const CHAIN_TO_SERVICE = /^(?:等[\d一二三四五六七八九十两]*[条趟列个]?)?的?[“"「『‘']*$/;
/** A facility named after the service (triggers.json "serviceFacilityHeads"): the chain qualifies it, not the trains. */
const FACILITY_AFTER = new RegExp(`^[”"」』’]*(?:${trigger("serviceFacilityHeads").source})`);
const ABSENT_AFTER = trigger("routeAbsentAfter");
/**
 * A sentence about an unnamed train of the service named before (首班去程班列由…发出, 同日，一列
 * 满载板材的回程班列…): a leading time word, then a short noun phrase headed by a service noun.
 */
const BARE_SERVICE = new RegExp(
  `^(${relationAlt("routeSameDayLeads")})?[，,\\s]*([^，,；;。！？!?“”"]{0,14}?)(${relationAlt("routeBareTrainNouns")})`,
);
/**
 * A sentence that refers back to the service named in an earlier sentence of the passage: a pronoun
 * or demonstrative (它自珲春经…抵达…; 该航线, 这条线路, 本趟班列, 此次专列) or its cargo (货物将继续发往…).
 */
const SERVICE_ANAPHOR = new RegExp(
  String.raw`^[\s“"]*((${relationAlt("routeAnaphorLeads")}|${CLAUSE_LINKS})[，,]\s*)?(它|(${relationAlt("routeAnaphorDemonstratives")})(${relationAlt("routeAnaphorCounters")})?(${relationAlt("routeAnaphorNouns")})|(${relationAlt("routeAnaphorCargoLeads")})?货物)`,
);

/**
 * 郑州—卢森堡“空中丝绸之路”, 成都—罗兹中欧班列, 西安至华沙的中欧班列, 南昌至满洲里、二连浩特等2条中欧班列: a
 * place of a chain of at least two places joined by dashes or 至 (CHAIN_JOIN; after 至 the places it lists with
 * 、/和) written right before the service's name (through a count of lines, 的 and quotes: CHAIN_TO_SERVICE) is
 * one of its stops; a place right after the place it lies in (德国汉堡, 东莞石龙) stays in the chain.
 */
function dashedBefore(rc: RelationContext, p: Mention, service: Mention): boolean {
  let k = p.ce;
  let places = 1;
  let listed = false;
  const placeAt = (at: number) => rc.ms.find((x) => x.cs === at && ROUTE_PLACE.test(typeOf(x.id)));
  for (;;) {
    // (a place, or a port, right after the place it lies in: 新疆喀什, 巴基斯坦瓜达尔港)
    const inner = rc.ms.find((x) => x.cs === k && (IN_PLACE.test(typeOf(x.id)) || typeOf(x.id) === "Port"));
    if (inner && IN_PLACE.test(typeOf(rc.ms.find((x) => x.ce === k)?.id ?? ""))) {
      k = inner.ce;
      continue;
    }
    const join: RegExpExecArray | null =
      CHAIN_JOIN.exec(rc.norm.slice(k)) ?? (listed ? /^[、和]/.exec(rc.norm.slice(k)) : null);
    const next = join && placeAt(k + join[0].length);
    if (!join || !next) break;
    listed ||= join[0] === "至";
    k = next.ce;
    places++;
  }
  const lead = CHAIN_JOIN_BEFORE.exec(rc.norm.slice(Math.max(0, p.cs - 4), p.cs));
  const before =
    !!lead && rc.ms.some((x) => x.ce === p.cs - lead[0].length && ROUTE_PLACE.test(typeOf(x.id)));
  return (
    (places > 1 || before) &&
    k <= service.cs &&
    CHAIN_TO_SERVICE.test(rc.norm.slice(k, service.cs)) &&
    !chainDenied(rc, p, service)
  );
}

/**
 * Whether a chain before a service names no route of it: a facility of the service follows (甲至乙的中欧班列
 * 集结中心, …物流园: the chain is the facility's), or its clause denies the route (尚无甲至乙的班列, …班列并不存在,
 * …班列停运, …班列未能开行), or the sentence asks about it (…班列开通了吗？).
 */
export function chainDenied(rc: RelationContext, p: Mention, service: Mention): boolean {
  if (FACILITY_AFTER.test(rc.norm.slice(service.ce))) return true;
  const pre = rc.norm.slice(clauseStart(rc.norm, p.cs), p.cs);
  const post = rc.norm.slice(service.ce, clauseEnd(rc.norm, service.ce));
  return (
    ABSENT_BEFORE.test(pre) ||
    ABSENT_AFTER.test(post) ||
    RUN_DENIED.test(post) ||
    QUESTION_REST.test(rc.norm.slice(service.ce))
  );
}

/**
 * A stated end before `p` (西至鹿特丹) whose direction word is no part of a place's name (济南至塔什干, 广西至东盟:
 * the 南/西 ends the name, 至 is a plain route mark; mend22u).
 */
function statedEnd(rc: RelationContext, from: number, p: Mention): boolean {
  const m = STATED_END.exec(rc.norm.slice(from, p.cs));
  if (!m) return false;
  const at = from + m.index;
  return !rc.ms.some((x) => x.cs < at && at < x.ce);
}

/**
 * Whether a negator (function-words.json negators, with at most two negatedAdverbs) stands right before the
 * route mark ending at `at`, or right before `at` itself, in its clause: 不途经甲, 从未经过乙, 不再经丙出境.
 */
function deniedMark(rc: RelationContext, at: number): boolean {
  const lead = rc.norm.slice(clauseStart(rc.norm, at), at);
  const mark = ROUTE_MARK.exec(lead);
  return NEGATED.test(mark ? lead.slice(0, mark.index) : lead);
}

/**
 * Whether the text between a route word (or the service's own name, for a dashed route right after
 * it) and `p` holds only other places and list separators.
 */
function isStop(rc: RelationContext, p: Mention, from: number, service: Mention): boolean {
  if (deniedMark(rc, p.cs)) return false;
  // (a place opened by 在 is the service's only in a clause it is the subject of)
  const at = openerEnd(rc, p, /在$/);
  const own = at < 0 || serviceAt(rc, service, at - 1);
  if (own && (closedAfter(rc, p, ORIGIN_AFTER) || closedAfter(rc, p, CROSSING_AFTER))) return true;
  if (statedEnd(rc, from, p)) return true;
  if (at >= 0 && own && closedAfter(rc, p, HALT_AFTER)) return true;
  if (dashedBefore(rc, p, service) || chainAfter(rc, p, service)) return true;
  // (the two ends of a line are the service's only when it is named before them)
  if (service.ce <= p.cs && closedAfter(rc, p, BETWEEN, true)) return true;
  let dashed = DASH.test(rc.norm[p.ce] ?? "");
  for (let k = p.cs; k > from; ) {
    const before = rc.norm.slice(from, k);
    const ownMark = OWN_MARK.exec(before);
    if (ownMark)
      return (
        (ownMark[1] !== "向着" || HEADING_FRAME.test(rc.norm.slice(k))) &&
        ownMarkAt(rc, service, k - ownMark[0].length)
      );
    const mark = ROUTE_MARK.exec(before);
    // 以 opens an origin only in 以…为起点/始发站/枢纽 (not 以内蒙古甘其毛都口岸为例), 向 a
    // destination only in 向…进发
    const frame = mark?.[1] === "以" ? ORIGIN_FRAME : mark?.[1] === "向" ? HEADING_FRAME : null;
    // (甲至乙的班列未能开行: the 至 of a chain before a denied service opens no stop either; mend22u)
    if (mark && /至$/.test(mark[0]) && p.ce <= service.cs && chainDenied(rc, p, service)) return false;
    // (a mark a negator denies, 不途经, 从未经过, 不再经 (function-words.json negators, negatedAdverbs), opens no stop)
    if (mark && deniedMark(rc, from + before.length)) return false;
    if (mark && (!frame || frame.test(rc.norm.slice(k))))
      return !otherCarrier(rc, service, from + mark.index);
    if (mark) return false;
    const prev = rc.ms.find((x) => x.ce === k && ROUTE_PLACE.test(typeOf(x.id)));
    const sep = /(以及|[、和与及])$/.exec(before);
    // a place after the place it lies in (德国的杜伊斯堡, 俄罗斯首都莫斯科, 莫斯科的别雷拉斯特) is a
    // stop when that place is
    const apposed = APPOSITION.exec(before);
    const ofPlace =
      apposed && rc.ms.some((x) => x.ce === k - apposed[0].length && IN_PLACE.test(typeOf(x.id)));
    if (prev) k = prev.cs;
    else if (sep) k -= sep[0].length;
    else if (ofPlace) k -= apposed[0].length;
    else if (DASH.test(before.slice(-1))) {
      dashed = true;
      k--;
    } else return dashed && (k === service.ce || /^[”"」]+$/.test(rc.norm.slice(service.ce, k)));
  }
  return false;
}

/**
 * What may follow a place inside a list: a separator, or the word closing the list (成都、重庆等地与
 * 老挝、越南等国家间; 等3个城市) before the next separator or the closing word.
 */
const LIST_SEP = new RegExp(
  `^(以及|[、和与及至]|等[\\d一二三四五六七八九十两]*个?(${relationAlt("routeListClassNouns")})?(?=${relationAlt("routeListAfterClass")}))`,
);

/**
 * 沈阳始发、经二连浩特到…; 成都、重庆出发的班列; 昆明与万象之间: a place followed, through other
 * places and list separators only, by a word that closes it (`pair`: at least two places).
 */
function closedAfter(rc: RelationContext, p: Mention, closing: RegExp, pair = false): boolean {
  let k = p.ce;
  let places = 1;
  for (;;) {
    const next = rc.ms.find((x) => x.cs === k && ROUTE_PLACE.test(typeOf(x.id)));
    const sep = LIST_SEP.exec(rc.norm.slice(k));
    if (next) {
      k = next.ce;
      places++;
    } else if (sep) k += sep[0].length;
    else return closing.test(rc.norm.slice(k)) && (!pair || places > 1 || before(rc, p));
  }
}

/** Whether another place and a separator stand right before `p` (the second end of 昆明与万象间). */
function before(rc: RelationContext, p: Mention): boolean {
  const sep = /(以及|[、和与及至])$/.exec(rc.norm.slice(0, p.cs));
  return !!sep && rc.ms.some((x) => x.ce === p.cs - sep[0].length && ROUTE_PLACE.test(typeOf(x.id)));
}

/**
 * A station written after a city (郑州圃田站, 武汉东西湖铁路集装箱中心站, 钦州港东站): the city, then at most a
 * few characters of the station's own name, then the one station suffix of entities/station-names.ts; no
 * route word in the name (抵达河南后在郑州站分拨 is no station name after 河南).
 */
const STATION_NAME = new RegExp(`^[\u4e00-\u9fff]{0,6}?${STATION_SUFFIX}`);
const ROUTE_WORD = new RegExp(`${trigger("routeMark").source}|${trigger("routeOriginAfter").source}`);

/**
 * Whether a city or port starts at `at` (a mention, or a catalogued name: 钦州港 of 钦州港东站 is no mention)
 * and a station's name follows it.
 */
function stationAt(rc: RelationContext, at: number): boolean {
  const ends = rc.ms.filter((x) => x.cs === at && /^(City|Port)$/.test(typeOf(x.id))).map((x) => x.ce);
  const form = rc.cat.longestAt(rc.norm, at);
  const id = form ? rc.cat.resolve(form, ["City", "Port"]) : undefined;
  if (form && id && /^(City|Port)$/.test(typeOf(id))) ends.push(at + form.length);
  return ends.some((e) => {
    const name = STATION_NAME.exec(rc.norm.slice(e, e + 16));
    return !!name && !ROUTE_WORD.test(name[0]) && !rc.ms.some((y) => y.cs > e && y.cs < e + name[0].length);
  });
}

/**
 * A province written right before a port or a station (由内蒙古满洲里口岸入境, 自浙江舟山港启程, 从广西
 * 钦州港东站出发) only says where the port or station lies: the port is the stop (ON_CORRIDOR), the
 * province no place the service connects. A province before a city (抵达甘肃兰州) stays a stop, and so
 * does a municipality (重庆团结村站), and a province before a verb (从湖北开往德国杜伊斯堡站).
 */
function locatesPort(rc: RelationContext, p: Mention): boolean {
  // (a municipality is the city its stations lie in: 重庆团结村站 is a stop in 重庆)
  if (typeOf(p.id) !== "Province" || rc.cat.get(p.id)?.properties.kind === "municipality") return false;
  return rc.ms.some((x) => x.cs === p.ce && typeOf(x.id) === "Port") || stationAt(rc, p.ce);
}

/**
 * A train of a broad corridor written right after its name (西部陆海新通道铁海联运班列, 陆海新通道班列):
 * the train is a service, its origin and destination are stops of the corridor.
 */
const TRAIN_OF = new RegExp(`(国际)?(${trigger("quotedLineMode").source})?(班列|专列)`, "y");

/** A sentence of a route: its service, its span [a, b), where its stops start, whether the service is carried. */
interface RouteSentence {
  s: Mention;
  a: number;
  from: number;
  b: number;
  carried: boolean;
}

/**
 * 从A开往B，与中欧班列衔接后，再发往C: a service named as the object of 与/同 runs only the stops
 * after it and the one where it is joined (B); the ones before are another train's.
 */
function joinedFrom(rc: RelationContext, s: Mention, a: number): number {
  if (!/[与同]/.test(rc.norm[s.cs - 1] ?? "")) return a;
  const before = rc.ms.filter((p) => p.cs >= a && p.ce <= s.cs && ROUTE_PLACE.test(typeOf(p.id)));
  const junction = before.filter((p) => isStop(rc, p, a, s)).pop();
  return junction ? junction.cs : s.ce;
}

/** A train noun of its own between a place and the service: 横岗至厦门铁海联运班列…中欧班列. */
const OTHER_TRAIN = new RegExp(relationAlt("routeOtherTrainNouns"));
/** A bracket opened right after a train noun, still open: 中亚班列(兰州至… */
const TRAIN_BRACKET = new RegExp(`(${OTHER_TRAIN.source})\\([^()]*$`);

/**
 * 继开通南昌中欧班列、向塘至越南河内国际班列，以及向塘至深圳盐田港之后: a service followed by a list
 * separator is one item of a list of trains, and the places after it are the stops of the other
 * items; a place before the service whose phrase another train noun closes, or that stands in brackets
 * after another train noun (中亚班列(兰州至阿拉木图)、中欧班列), is that train's stop.
 */
function ofNextTrain(rc: RelationContext, s: Mention, p: Mention): boolean {
  if (p.ce <= s.cs) {
    const between = rc.norm.slice(p.ce, s.cs);
    // (中亚班列(兰州至阿拉木图)、中欧班列: a place in brackets after another train noun is its stop)
    const inBrackets =
      between.includes(")") && TRAIN_BRACKET.test(rc.norm.slice(Math.max(0, p.cs - 16), p.cs));
    return inBrackets || OTHER_TRAIN.test(between);
  }
  return /^[”"」]?(、|以及|[和及])/.test(rc.norm.slice(s.ce));
}

/**
 * The part of a sentence [a, b) whose route is the first service's: up to the clause of another
 * service named later (…，是所有“中欧班列”中最长的一条), and within the service's own semicolon-delimited part
 * (向东，打通银川至天津港口的出海通道；向南，借助陆海新通道…: the stops of the part before are another
 * route's).
 */
function servicePart(
  rc: RelationContext,
  named: Mention[],
  first: Mention,
  a: number,
  b: number,
): RouteSentence {
  const other = named.find((x) => x.id !== first.id);
  const semi = Math.max(rc.norm.lastIndexOf("；", first.cs), rc.norm.lastIndexOf(";", first.cs));
  const pa = semi >= a ? semi + 1 : a;
  const next = rc.norm.slice(first.ce, b).search(/[；;]/);
  // (the clause of the other service is its own: 经绥芬河铁路口岸进出境的中欧班列)
  const otherAt = other ? Math.max(clauseStart(rc.norm, other.cs), first.ce) : b;
  const pb = Math.min(otherAt, next < 0 ? b : first.ce + next);
  return { s: first, a: pa, from: joinedFrom(rc, first, pa), b: pb, carried: false };
}

/**
 * 据悉，该班列由A组织开行，是继“B”班列…之后的又一条线路: a sentence opened by a pronoun for the service
 * talked about (the last one named in the passage, else the one carried from the passages before) is
 * about it up to the clause of a service it names in passing, which runs only from its own clause on.
 */
function topicOf(
  rc: RelationContext,
  last: Mention | undefined,
  first: Mention,
  a: number,
  b: number,
): RouteSentence | undefined {
  const anaphor = SERVICE_ANAPHOR.exec(rc.norm.slice(a, b));
  if (!anaphor || first.cs < a + anaphor[0].length || (!last && !rc.service)) return undefined;
  const end = Math.max(a, clauseStart(rc.norm, first.cs));
  if (last) return { s: last, a, from: a, b: end, carried: false };
  const head = { cs: a + anaphor[0].length - (anaphor[3] ?? "").length, ce: a + anaphor[0].length };
  const s: Mention = { id: rc.service ?? "", ...head, method: "pattern", parts: [] };
  return { s, a, from: a, b: end, carried: true };
}

/**
 * Whether a passage opened by a pronoun for the service names the services it names only after it
 * (据悉，该班列…，是继“B”班列…之后的又一条线路): the service talked about, carried to the next passage
 * (班列经由…出境), stays the one the pronoun refers to.
 */
export function keepsServiceTopic(norm: string, ms: readonly Mention[], cat: Catalog): boolean {
  const anaphor = SERVICE_ANAPHOR.exec(norm);
  const first = ms.find((m) => isService(m.id, ms, cat, norm));
  return !!anaphor && !!first && first.cs >= anaphor[0].length;
}

/**
 * “A班列”是…增开的一条国际货运列车；该趟班列由哈尔滨始发…: the part after a semicolon opened by a pronoun
 * for the service, naming no other, is about the service the sentence named first.
 */
function afterSemicolon(rc: RelationContext, named: Mention[], first: Mention, b: number): RouteSentence[] {
  const k = rc.norm.slice(first.ce, b).search(/[；;]/);
  if (k < 0) return [];
  const from = first.ce + k + 1;
  if (named.some((x) => x.cs >= from) || !SERVICE_ANAPHOR.test(rc.norm.slice(from, b))) return [];
  return [{ s: first, a: from, from, b, carried: false }];
}

/**
 * A service named only as the standard of a comparison (与其他“中欧班列”相比, 和传统的海运航线相比: triggers.json
 * comparedOther, comparedStandard, comparedVerb): the sentence is about the other service, whose route follows.
 */
const COMPARED_BEFORE = new RegExp(
  `(${relationAlt("routeComparedWith")})(${triggerWords("comparedOther").join("|")}|${triggerWords("comparedStandard").join("|")})?的?[“"「]?$`,
);
const COMPARED_AFTER = new RegExp(`^[”"」]?(${triggerWords("comparedVerb").join("|")})[，,]?`);
const OTHER = trigger("comparedOther");

/**
 * Whether `x` is the standard of a comparison, not the topic. After 其他/别的 (another member of the same
 * service), with no other service named in the sentence and the route referring back (与其他中欧班列相比，该班列
 * 从成都出发), the topic is the service itself.
 */
function compared(norm: string, x: Mention, others: readonly Mention[]): boolean {
  const before = COMPARED_BEFORE.exec(norm.slice(Math.max(0, x.cs - 6), x.cs));
  const after = COMPARED_AFTER.exec(norm.slice(x.ce));
  if (!before || !after) return false;
  const b = norm.slice(x.ce).search(SENTENCE_END);
  const end = b < 0 ? norm.length : x.ce + b;
  const sameKind = OTHER.test(before[2] ?? "") && !others.some((o) => o !== x && o.cs >= x.ce && o.cs < end);
  return !(sameKind && SERVICE_ANAPHOR.test(norm.slice(x.ce + after[0].length, end)));
}

/**
 * What may open a sentence with no subject of its own before its first stop (15天后，将抵达…; 预计…抵达…;
 * 自10月27日从…发出): the lead adverbials of a clause (LEAD_ADVERBIAL) and the leads of a carried route
 * (triggers.json "routeCarriedLeads": 预计, a count of days with 后).
 */
const CARRIED_LEAD = new RegExp(
  `^([\\s，,]|${trigger("routeLeadAdverbs").source}|${trigger("routeCarriedLeads").source}|${COUNT_NUMERAL}+(${relationAlt("routeDateUnits")}))*$`,
);
/**
 * One train of the service as the subject: triggers.json "routeCarriedSubjects" (其中一列, 另一列), or
 * "routeCarriedLadenSubjects" (专车) right before a word of "cargoLaden" (专车满载…; not a car, 专车接送嘉宾).
 */
const CARRIED_SUBJECT = new RegExp(
  `^[\\s“"]*(?:${trigger("routeCarriedSubjects").source}|(?:${trigger("routeCarriedLadenSubjects").source})(?=${trigger("cargoLaden").source}))`,
);
/** A kind of another train (triggers.json "otherTrainKinds": 另一列动车, 另一列旅游专列). */
const OTHER_KIND = new RegExp(`(?:${triggerWords("otherTrainKinds").join("|")})`);
/**
 * 中欧班列6日上午从营口港驶出。15天后，将抵达斯洛伐克多布拉; …两列中欧班列…。其中一列经满洲里口岸出境: a
 * sentence naming no service, whose first clause has no subject (opening after lead words, CARRIED_LEAD, with a
 * stop, MARK_OPENING) or one of the service's trains as its subject (CARRIED_SUBJECT, no other kind of train
 * written before its first stop), goes on with the route of the service named in the sentence right before it.
 * The stop opens no route when its clause holds a 的 (从各地赶来的客商: the marked phrase modifies a noun).
 */
function subjectless(text: string): boolean {
  const subject = CARRIED_SUBJECT.exec(text);
  if (subject) {
    const rest = text.slice(subject[0].length);
    const stop = stopOpening(rest, /^[^，,；;]*$/, rest.length);
    return !OTHER_KIND.test(rest.slice(0, stop < 0 ? clauseEnd(rest, 0) : stop));
  }
  const i = stopOpening(text, CARRIED_LEAD, 16);
  if (i < 0) return false;
  return !text.slice(i, clauseEnd(text, i)).includes("的");
}

/** The sentence [a, b) about the service carried over from the passage before, written at [cs, ce). */
function carriedPart(service: string, cs: number, ce: number, a: number, b: number): RouteSentence {
  return { s: { id: service, cs, ce, method: "pattern", parts: [] }, a, from: a, b, carried: true };
}

/**
 * A sentence opened by a word identifying the train of the sentence before (triggers.json "routeIdentifyOpeners"),
 * after an optional source lead (routeIdentifySourceLeads: 据悉，这是…).
 */
export const IDENTIFY_OPENER = new RegExp(
  `^[\\s“"]*(?:(?:${trigger("routeIdentifySourceLeads").source})[，,]?)?(?:${trigger("routeIdentifyOpeners").source})`,
);
/** Words before the service that make it the standard of a comparison (triggers.json "routeIdentifyNot": 继). */
export const IDENTIFY_NOT = trigger("routeIdentifyNot");
/** A counter of one train closing its phrase (第N列, 首趟: triggers.json "placeFirstTrain", then an optional train noun). */
export const TRAIN_COUNTED = new RegExp(
  `(?:第${COUNT_NUMERAL}+|首)(?:${trigger("placeFirstTrain").source})(?:${trigger("routeTrainNouns").source})?$`,
);
/** The service running (首次在甲港开行, 首次开往乙市): lead adverbs, a place with 在, a run verb or a route mark. */
const SERVICE_RUNS = new RegExp(
  `^[”"」）)]*(?:${trigger("routeLeadAdverbs").source})*(?:在[^，,；;的]{1,12}?)?(?:${trigger("routeRunDenied").source}|${trigger("routeMark").source})`,
);
/** A rest holding only list joins and spaces (…开往甲市和乙市: places taken out). */
const LIST_ONLY = new RegExp(`^[${LIST_MARKS}\\s]*$`);
/**
 * Whether the clause [at, end) names the train itself as the service s: a counted train with the service as its
 * head (这是今年甲市开出的第N列中欧班列) or after it (这是中欧班列（乙）本月开行的第N列), or the service running
 * with nothing but places after the verb (这是中欧班列（丙）首次在丁港开行, 此系中欧班列（戊）首次开往己市); not
 * the service as a modifier (中欧班列之外的又一条通道, 中欧班列（甲）举办的活动, 中欧班列开行后他第一次出国).
 */
function namesTrain(norm: string, ms: readonly Mention[], s: Mention, at: number, end: number): boolean {
  const after = norm.slice(s.ce, end).replace(/^[”"」）)\s]+/, "");
  if (after === "") return TRAIN_COUNTED.test(norm.slice(at, s.cs).replace(/的$/, ""));
  if (TRAIN_COUNTED.test(after)) return true;
  const run = SERVICE_RUNS.exec(after);
  if (!run) return false;
  let rest = norm.slice(s.ce + norm.slice(s.ce, end).indexOf(after) + run[0].length, end);
  const from = end - rest.length;
  for (const m of ms.filter((x) => x.cs >= from && x.ce <= end).reverse())
    rest = rest.slice(0, m.cs - from) + rest.slice(m.ce - from);
  return LIST_ONLY.test(rest);
}

/**
 * 这是今年甲市开出的第N列中欧班列; 这是中欧班列（乙）首次在…开行: the service a sentence opened by an identifying
 * word (IDENTIFY_OPENER) names first in its first clause, which the train of the sentence before is, when the
 * clause names that train (namesTrain) — not a service after 继 (这是继中欧班列之后…: the standard compared).
 * document.ts runs the route of the sentence before, when it names no corridor or service, as this service's
 * (serviceJustAfter).
 */
export function identifiedService(norm: string, ms: readonly Mention[], cat: Catalog): Mention | undefined {
  const opener = IDENTIFY_OPENER.exec(norm);
  if (!opener) return undefined;
  const at = opener[0].length;
  const end = clauseEnd(norm, at);
  const s = ms.find((x) => x.cs >= at && x.cs < end && isService(x.id, ms, cat, norm));
  if (!s || IDENTIFY_NOT.test(norm.slice(at, s.cs)) || ABSENT_AFTER.test(norm.slice(s.ce, end)))
    return undefined;
  return namesTrain(norm, ms, s, at, end) ? s : undefined;
}

/** A train noun (routeTrainNouns: 班列, 列车) before a trip's first stop. */
const TRAIN_NOUN = trigger("routeTrainNouns");
/** A clause opened by a word of a laden train with the train left unwritten (满载着…缓缓驶出甲站: "cargoLaden"). */
const LADEN_OPENING = new RegExp(`(?:^|[，,；;])[\\s]*(?:${trigger("cargoLaden").source})`);
/** Words denying or only planning a run before its first stop (没有任何列车, 计划, 如果: not a train's stated trip). */
export const NOT_RUN = new RegExp(
  `${NEGATORS}|${trigger("routeAbsentBefore").source}|${trigger("serviceRunFrames").source}|${trigger("serviceRunConditions").source}`,
);
/** Plans and future dates after a service or its line (…班列计划明年开行, 有望年内开通, 将于下月发车: triggers.json). */
export const PLANNED = new RegExp(
  `${trigger("serviceRunFrames").source}|${trigger("serviceFutureMarks").source}`,
);
/**
 * Whether the sentence t (from `from`) is a train's trip: before its first stop (a place right after a route mark)
 * it names a train (routeTrainNouns: 一列满载…的班列从甲站…), opens a clause with a laden train left unwritten
 * (满载着…驶出甲站) or has no subject (subjectless) — not 市长一行从甲市出发, 一辆卡车从乙市出发, 企业希望把货物从
 * 丙市运到… — and neither denies nor only plans the run (今年没有任何列车从甲市开往…, 计划明年开通从乙市到…).
 */
export function trainTrip(rc: RelationContext, t: string, from: number): boolean {
  const stop = rc.ms.find((m) => m.cs >= from && m.cs < t.length && ROUTE_MARK.test(t.slice(from, m.cs)));
  if (!stop) return false;
  const lead = t.slice(from, stop.cs);
  if (NOT_RUN.test(lead)) return false;
  return TRAIN_NOUN.test(lead) || LADEN_OPENING.test(lead) || subjectless(t.slice(from));
}

/** A sentence ending in a question: 吗 before its end mark, or a question mark. */
const ASKED_END = /(?:吗[。！!？?]?|[？?])[”"」\s]*$/;

/**
 * …缓缓驶出甲站，五天后到达乙口岸。这是…第N列中欧班列: the passage's last sentence, naming no corridor nor another
 * kind of train (一列旅游专列), runs the route of the service the next sentence identifies (rc.service) when it
 * tells a train's trip (trainTrip) and asks no question.
 */
function identifiedBefore(rc: RelationContext): RouteSentence[] {
  const { norm, service } = rc;
  // (a sentence asking about the trip, …抵达乙市吗？, states none)
  if (ASKED_END.test(norm)) return [];
  const t = norm.replace(/[。！？!?\s]+$/, "");
  const a = sentenceStart(t, t.length);
  const named = rc.of("Corridor").some((c) => c.cs >= a);
  if (!service || named || OTHER_KIND.test(t.slice(a))) return [];
  // (a byline's bracket, (记者 某某), is no traveller of the train: the route starts after it)
  const from = Math.max(a, ...[...t.slice(a).matchAll(BYLINE)].map((m) => a + m.index + m[0].length));
  return trainTrip(rc, t, from) ? [carriedPart(service, from, from, from, t.length)] : [];
}

/** The sentences of the passage, each with the one service it names (or the carried one it refers to). */
function routeSentences(rc: RelationContext): RouteSentence[] {
  const { norm, of, service } = rc;
  if (rc.serviceJustAfter) return identifiedBefore(rc);
  const all = of("Corridor").filter((c) => isService(c.id, rc.ms, rc.cat, rc.norm) || ROUTE.test(c.id));
  const services = all.filter((c) => !compared(norm, c, all));
  const out: RouteSentence[] = [];
  let last: Mention | undefined;
  // (where the sentence before this one starts)
  let previous = 0;
  for (let a = 0; a < norm.length; ) {
    const end = norm.slice(a).search(SENTENCE_END);
    const b = end < 0 ? norm.length : a + end;
    const named = services.filter((x) => x.cs >= a && x.cs < b);
    const first = named[0];
    const topic = first && topicOf(rc, last, first, a, b);
    if (topic) out.push(topic);
    if (first)
      out.push(servicePart(rc, named, first, topic ? topic.b : a, b), ...afterSemicolon(rc, named, first, b));
    const bare = BARE_SERVICE.exec(norm.slice(a, b));
    if (named.length === 0 && last && !bare && SERVICE_ANAPHOR.test(norm.slice(a, b)))
      out.push({ s: last, a, from: a, b, carried: false });
    else if (named.length === 0 && !bare && subjectless(norm.slice(a, b))) {
      // (the service of the sentence right before: in this passage, else the one carried from the last)
      if (last && last.cs >= previous) out.push({ s: last, a, from: a, b, carried: false });
      else if (!last && a === 0 && service && rc.serviceJustBefore)
        out.push(carriedPart(service, a, a, a, b));
    }
    if (
      named.length === 0 &&
      bare &&
      // (another kind of train: 另一列旅游专列, 一趟城际列车)
      !OTHER_KIND.test(bare[2] ?? "") &&
      !rc.ms.some(
        (x) => x.cs >= a && x.cs < a + bare[0].length && !/^(Industry|Organization)$/.test(typeOf(x.id)),
      )
    ) {
      // the service named in an earlier sentence of the passage (quoted with it), else the carried one
      const head = bare[3] ?? "";
      const at = a + bare[0].length - head.length;
      if (last) out.push({ s: last, a, from: a, b, carried: false });
      else if (service) out.push(carriedPart(service, at, at + head.length, a, b));
    }
    // (a sentence about the topic keeps it for the next one: the services it names in passing do not)
    // (nor does a quoted brand known only by its train words: its trip is told in its own sentence)
    const carries = named.filter((x) => !quotedBrandService(x.id, rc.ms, rc.cat, norm));
    if (!topic) last = named.length > 0 ? carries[carries.length - 1] : last;
    previous = a;
    a = b + 1;
  }
  return out;
}

/**
 * Where the trip of a quoted brand known only by its train words ends: at the end of its clause when that
 * clause is a time clause (自首列“某某号”班列从甲发往乙后，某局…运送到丙: the later clauses have their own subject).
 */
function brandPartEnd(rc: RelationContext, s: Mention, b: number): number {
  if (!quotedBrandService(s.id, rc.ms, rc.cat, rc.norm)) return b;
  const end = clauseEnd(rc.norm, s.ce);
  return TIME_CLAUSE.test(rc.norm.slice(clauseStart(rc.norm, s.cs), end)) ? Math.min(b, end) : b;
}

/**
 * Routes of a service: 自成都始发、经阿拉山口出境至波兰罗兹的中欧班列; 以A、B为起点，经C口岸到D;
 * 中欧班列（齐鲁号）青岛—德国曼海姆班列. A port or development zone on the route lies on the service
 * (ON_CORRIDOR); the service connects every city, province and country it runs from, through or to
 * (CONNECTS), as data/README.md has it. Only a sentence that names one service is read, or one about
 * an unnamed train (回程班列由曼海姆发出…) after a sentence that named its service (then the evidence
 * quotes both).
 */
export const routes: RelationRule = {
  name: "routes",
  types: ["CONNECTS", "ON_CORRIDOR"],
  find(rc) {
    const { ms, push } = rc;
    for (const { s, a, from: partStart, b: partEnd, carried } of routeSentences(rc)) {
      // (travellers riding the service to visit places: that clause's places are their trip's)
      const rideEnd = riddenUntil(rc, s);
      // (a service taken as the way runs only the leg between where the goods board and leave it)
      const from = carried ? partStart : legStart(rc, s, partStart);
      // (and any service's stops end where its goods are handed on to a destination, after its first stop)
      const stopBefore = (k: number) =>
        ms.some((p) => p.cs >= from && p.ce <= k && ROUTE_PLACE.test(typeOf(p.id)) && isStop(rc, p, a, s));
      const b = legEnd(rc, s, brandPartEnd(rc, s, partEnd), { carried, stopBefore });
      // (a broad corridor's own train runs from and to its stops, not from its terminal's city)
      TRAIN_OF.lastIndex = s.ce;
      const ownTrain = !carried && TRAIN_OF.test(rc.norm);
      for (const p of ms) {
        if (p.cs < from || p.ce > b || !ROUTE_PLACE.test(typeOf(p.id)) || p.id === "Country:中国") continue;
        if (!isStop(rc, p, a, s) || ofNextTrain(rc, s, p) || classOfNext(rc, p)) continue;
        if (p.cs < rideEnd || travellersAt(rc, Math.max(a, s.ce), p)) continue;
        const broad = !carried && !isService(s.id, ms, rc.cat, rc.norm) && !ownTrain;
        // (a broad corridor's places: its stated ends and extent (拓展至湖南、湖北), and the two ends of
        // the lines it runs: 新开重庆、贵州等地与老挝、越南等国家间的线路)
        const end =
          END_WORD.test(rc.norm.slice(a, p.cs)) ||
          STATED_END.test(rc.norm.slice(a, p.cs)) ||
          closedAfter(rc, p, LINES_BETWEEN, true) ||
          dashedBefore(rc, p, s) ||
          openedBy(rc, p, EXTENT);
        if (broad && !/^(Port|DevZone)$/.test(typeOf(p.id)) && !end) continue;
        if (typeOf(p.id) === "City" && closedAfter(rc, p, PORT_ELLIPSIS)) continue;
        if (PASSING.test(rc.norm.slice(clauseStart(rc.norm, p.cs), p.cs)) && closedAfter(rc, p, STATION_LIST))
          continue;
        if (locatesPort(rc, p)) continue;
        const span = { cs: Math.min(s.cs, p.cs), ce: Math.max(s.ce, p.ce), viaService: carried };
        // a port or development zone on the route lies on the service (a station named after a port is
        // no port: entities/station-names.ts drops it), and a terminal's city is a place of the route; the
        // places it runs from, through and to are connected by it (cities and provinces, Chinese or foreign)
        const terminal = /^(Port|DevZone)$/.test(typeOf(p.id));
        if (terminal)
          push({
            type: "ON_CORRIDOR",
            source: p.id,
            target: s.id,
            method: "pattern",
            confidence: 0.7,
            ...span,
          });
        // (the city of the terminal a service leaves from: not a broad corridor's, nor the way taken's)
        const own = !broad && !ownTrain && !carried && !isViaService(rc, s);
        const target = terminal ? (own ? originCity(rc, p) : undefined) : p.id;
        if (target)
          push({ type: "CONNECTS", source: s.id, target, method: "pattern", confidence: 0.75, ...span });
      }
    }
  },
};
