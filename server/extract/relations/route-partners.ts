import { clauseEnd, clauseOf, sentenceEnd, sentenceStart } from "../clauses";
import type { Mention } from "../entities/types";
import { relationAlt, trigger } from "../lexicon";
import { type RelationContext, typeOf } from "./context";
import { pushPartners } from "./cooperate";
import { isService } from "./services";
import { PLACED_GAP } from "./shared-words";
import type { RelationRule } from "./types";

/** Verbs that open a line (triggers.json "routeOpen": 开通, 开行, 开辟, 打通…). */
const OPEN_WORD = trigger("routeOpen").source;
/** The verb before the origin, with an aspect word, 的 and 从/由/自 between (开通运行了从…, 首次开行的…). */
const OPEN_BEFORE = new RegExp(
  `(${OPEN_WORD})(${relationAlt("routeOpenAspects")})?的?(${relationAlt("routeOriginMarks")})?$`,
);
/** The verb after the line (…的航线正式开通, …国际货运班线成功首航). */
const OPEN_AFTER = new RegExp(
  `^(${relationAlt("routeOpenAfterAdverbs")})?(${OPEN_WORD}|${relationAlt("routeFirstRunVerbs")})`,
);
/** The mark before the destinations (triggers.json "unnamedRouteTo": 至, 到, 直飞, 飞往…). */
const TO_WORD = trigger("unnamedRouteTo").source;
const TO = new RegExp(`^(${TO_WORD})`);
/** A transit stretch between the origin and the destination mark (银川经新疆喀什出境到…). */
const TRANSIT = new RegExp(`^(${relationAlt("routeTransitWords")})[^，,；;。！？!?]{1,20}?(?=${TO_WORD})`);
/**
 * The noun of the line (triggers.json "unnamedRouteNoun": 航线, 班列, 线路, 包机…), within the clause. Not
 * dash-lines' NOUN_AFTER: a line written as a dash chain is dealings only as an air, sea or road line.
 */
const NOUN = new RegExp(`^[^，,；;。！？!?]{0,30}?(${trigger("unnamedRouteNoun").source})`);
/** Words of a freight line (triggers.json "unnamedRouteFreight": 货运, 班列, 物流, 联运…): trade, not travel. */
const FREIGHT = trigger("unnamedRouteFreight");
/** Words of a passenger line (triggers.json "unnamedRoutePassenger": 客运, 旅游, 客机…): travel, not dealings. */
const PASSENGER = trigger("unnamedRoutePassenger");
/** Whether a line's words (its noun and the two characters after, 航线航班) name travel and no goods. */
export function passenger(words: string): boolean {
  return PASSENGER.test(words) && !FREIGHT.test(words);
}
/** Words (outside names) of an air line (triggers.json "airLineWords": 航空, 货机, 包机, 航班…). */
const AIR = trigger("airLineWords");
/**
 * Nouns of a sea or air line (triggers.json "shippingLineNouns": 航线): such an unnamed line gives no dealings
 * between its ends, whatever its words (set 21's convention: no relation for air and sea routes between places).
 */
const SHIPPING_NOUN = new RegExp(`^(${trigger("shippingLineNouns").source})$`);
const SHIPPING_WORD = trigger("shippingLineNouns");
/** Words of a sea line written on the line itself (triggers.json "seaLineWords": 集装箱, 外贸, 远洋, 海上…). */
const SEA = trigger("seaLineWords");
/** Nouns of a train or bus run, which a service named before may stand for. */
const TRAIN = new RegExp(relationAlt("routeTrainNouns"));
/** Line nouns that only air lines take. */
const AIR_NOUN = new RegExp(`^(${relationAlt("routeAirNouns")})$`);
/** An airport's name (花湖机场, 空港). */
const AIRPORT = new RegExp(`^Port:.*(${relationAlt("routeAirportHeads")})$`);

/**
 * Whether the unnamed line written from `from` to `end` (with the noun `noun`, ends `ids`) states no dealings
 * between its ends: an air line (包机, 航班, or any other line noun with a positive cue in its sentence: an air
 * word outside the names, 航空货运班线, 空运货运线, 直飞, 全货机抵达…, or an airport named, an end or the
 * airport that opens it) or a sea line (any 航线, triggers.json "shippingLineNouns"; or a sea word written on
 * the line itself, outside the names: 海上快线, 海运线路, 集装箱班轮运输线). Set 21's convention: no relation
 * for air and sea routes between places. Trains and buses (班列, 班车) and road lines with no such cue keep theirs.
 */
function noDealingsLine(
  rc: RelationContext,
  from: number,
  end: number,
  noun: string,
  ids: readonly string[],
): boolean {
  if (AIR_NOUN.test(noun) || SHIPPING_NOUN.test(noun)) return true;
  if (TRAIN.test(noun)) return false;
  return airLine(rc, from, end, ids, true);
}

/**
 * Whether the line written from `from` to `end` (ends `ids`) is an air line by a cue in its sentence: an air word
 * outside the names (航空, 货机, 直飞…), in its clause or a clause right after that says who flies it (，由…执飞), or
 * an airport named there or at an end; with `sea`, a sea word on the line itself (海上快线, 海运线路) also counts.
 * Read here and by route-opened.ts.
 */
export function airLine(
  rc: RelationContext,
  from: number,
  end: number,
  ids: readonly string[],
  sea = false,
): boolean {
  // (the sentence up to the end of the line's clause, and a clause right after it that says who flies it:
  // ，由…执飞 / ，从…机场起飞; not a later clause of another topic: …的外贸航线，当地航空公司也在…)
  const a = sentenceStart(rc.norm, from);
  let b = Math.min(sentenceEnd(rc.norm, end), clauseEnd(rc.norm, end));
  if (/^[，,](由|从)/.test(rc.norm.slice(b))) b = clauseEnd(rc.norm, b + 1);
  const uncovered = (x: number, y: number) => {
    let words = "";
    for (let i = x; i < y; i++) if (!rc.covered(i)) words += rc.norm[i];
    return words;
  };
  // (a sea word on the line itself: 海上快线, 海运线路, 班轮运输线)
  if (sea && SEA.test(uncovered(from, end))) return true;
  const airport = rc.ms.some((m) => m.cs >= a && m.ce <= b && AIRPORT.test(m.id));
  return AIR.test(uncovered(a, b)) || airport || ids.some((id) => AIRPORT.test(id));
}

/**
 * Whether the words of a line written after its places (its modifiers and noun, outside the names) make it a sea
 * or air line, which states no dealings between its ends (set 21's convention): a 航线 (shippingLineNouns), a sea
 * word (海上, 海运, 集装箱…) or an air word (航空, 空运…). Read by dash-lines.ts for a line written as a chain.
 */
export function seaOrAirWords(words: string): boolean {
  return SHIPPING_WORD.test(words) || SEA.test(words) || AIR.test(words);
}

const PLACE = ["City", "Province", "Country", "Port"];
const SEP = new RegExp(`^(${relationAlt("routePlaceSeparators")})`);

/** The place mention that starts exactly at `at`, longest first. */
function placeAt(rc: RelationContext, at: number): Mention | undefined {
  return rc.ms.filter((m) => m.cs === at && PLACE.includes(typeOf(m.id))).sort((x, y) => y.ce - x.ce)[0];
}

/** The place a country written right before it places (阿联酋迪拜, 塔吉克斯坦首都杜尚别), if any. */
function placedAfter(rc: RelationContext, c: Mention): Mention | undefined {
  if (typeOf(c.id) !== "Country") return undefined;
  const gap = PLACED_GAP.exec(rc.norm.slice(c.ce))?.[0].length ?? 0;
  const next = placeAt(rc, c.ce + gap);
  if (!next || typeOf(next.id) === "Country") return undefined;
  // (中国海南洋浦港: a province written between the country and the port places the port)
  const inner = typeOf(next.id) === "Province" ? placeAt(rc, next.ce) : undefined;
  return inner && ["City", "Port"].includes(typeOf(inner.id)) ? inner : next;
}

/** The destinations listed from `at` (香港、阿联酋迪拜、泰国曼谷), joined by 、和及: the city where a country places one. */
function destinations(rc: RelationContext, at: number): { ids: string[]; end: number } {
  const ids: string[] = [];
  let pos = at;
  let end = at;
  for (;;) {
    const p = placeAt(rc, pos);
    // (临汾至慕尼黑、晋中至巴黎: a place followed by 至 opens the next line, it is no destination)
    if (!p || (ids.length > 0 && TO.test(rc.norm.slice(p.ce)))) break;
    const stop = placedAfter(rc, p) ?? p;
    ids.push(stop.id);
    end = stop.ce;
    const sep = SEP.exec(rc.norm.slice(end));
    if (!sep) break;
    pos = end + sep[0].length;
  }
  return { ids, end };
}

/** Whether the line's noun at [from, to) is part of a named corridor or service (…的中欧班列). */
export function namedService(rc: RelationContext, from: number, to: number): boolean {
  return rc.ms.some((m) => typeOf(m.id) === "Corridor" && m.cs < to && m.ce > from);
}

/**
 * The line's noun within the clause after the destinations (from `end` to the clause end `b`): its end and
 * the noun, when the line is of the kind asked for (any line but a passenger one, judged on its words and
 * the two characters after, 航线航班; or a freight line only) and its noun is part of no named service.
 */
export function lineNoun(
  rc: RelationContext,
  end: number,
  b: number,
  kind: "notPassenger" | "freight",
): { end: number; noun: string } | undefined {
  const noun = NOUN.exec(rc.norm.slice(end, b));
  if (!noun) return undefined;
  const nounEnd = end + noun[0].length;
  const fits = kind === "freight" ? FREIGHT.test(noun[0]) : !passenger(rc.norm.slice(end, nounEnd + 2));
  const word = noun[1] ?? "";
  return fits && !namedService(rc, nounEnd - word.length, nounEnd) ? { end: nounEnd, noun: word } : undefined;
}

/** The destinations and the end of the line's noun when `o` starts an unnamed line, else undefined. */
function lineFrom(rc: RelationContext, o: Mention): { ids: string[]; end: number } | undefined {
  const { norm, ms } = rc;
  const [a, b] = clauseOf(norm, o.cs);
  if (placedAfter(rc, o)) return undefined;
  const lead = ms.find((c) => c.ce === o.cs && placedAfter(rc, c) === o)?.cs ?? o.cs;
  let pos = o.ce + (TRANSIT.exec(norm.slice(o.ce, b))?.[0].length ?? 0);
  const to = TO.exec(norm.slice(pos, b));
  if (!to) return undefined;
  pos += to[0].length;
  const { ids, end } = destinations(rc, pos);
  // (客运航线, 航线航班: a passenger line is travel; goods carried or a plain line are dealings)
  const line = ids.length > 0 ? lineNoun(rc, end, b, "notPassenger") : undefined;
  if (!line || noDealingsLine(rc, o.cs, line.end, line.noun, [o.id, ...ids])) return undefined;
  // (一列…至…的班列 after a named service: most likely a run of that service, which routes.ts reads)
  if (
    TRAIN.test(line.noun) &&
    (rc.service || rc.ms.some((m) => m.ce <= o.cs && isService(m.id, rc.ms, rc.cat, rc.norm)))
  )
    return undefined;
  const opened = OPEN_BEFORE.test(norm.slice(a, lead)) || OPEN_AFTER.test(norm.slice(line.end, b));
  return opened ? { ids, end: line.end } : undefined;
}

/**
 * The lines of a list of origin–destination pairs opened together (开行了临汾至德国慕尼黑、晋中至法国巴黎
 * 等国际班列): each origin with its destinations, when the list follows the opening verb and ends,
 * within the clause, with a freight line noun.
 */
function pairList(rc: RelationContext, o: Mention): { origin: Mention; ids: string[]; end: number }[] {
  const { norm } = rc;
  const [a, b] = clauseOf(norm, o.cs);
  if (!OPEN_BEFORE.test(norm.slice(a, o.cs))) return [];
  const pairs: { origin: Mention; ids: string[]; end: number }[] = [];
  let origin: Mention | undefined = o;
  let end = o.ce;
  while (origin) {
    const to = TO.exec(norm.slice(origin.ce, b));
    if (!to) return [];
    const line = destinations(rc, origin.ce + to[0].length);
    if (line.ids.length === 0) return [];
    pairs.push({ origin, ids: line.ids, end: line.end });
    end = line.end;
    const sep = SEP.exec(norm.slice(end));
    const next = sep ? placeAt(rc, end + sep[0].length) : undefined;
    origin = next && TO.test(norm.slice(next.ce)) ? next : undefined;
  }
  const line = pairs.length >= 2 ? lineNoun(rc, end, b, "notPassenger") : undefined;
  const ends = pairs.flatMap((p) => [p.origin.id, ...p.ids]);
  return line && !noDealingsLine(rc, o.cs, line.end, line.noun, ends) ? pairs : [];
}

/** The opening verb right before the destination mark, with no origin between (开通至, 新开辟了到). */
const OPEN_TO = new RegExp(`(${OPEN_WORD})(了)?(?=${TO_WORD})`, "g");
/** Between the subject and the verb: a comma, adverbs and a short time phrase (机场，已于今年开通至…). */
const SUBJECT_GAP = new RegExp(`^[，,]?(${relationAlt("routeSubjectGapWords")})*$`);

/** The port or city that is the subject right before an opening verb at `at` in its sentence (鄂州花湖机场，开通至…). */
function subjectOrigin(rc: RelationContext, at: number): Mention | undefined {
  const from = sentenceStart(rc.norm, at);
  const before = rc.ms.filter((m) => m.cs >= from && m.ce <= at).sort((x, y) => x.ce - y.ce);
  const last = before[before.length - 1];
  if (!last || !["Port", "City"].includes(typeOf(last.id))) return undefined;
  return SUBJECT_GAP.test(rc.norm.slice(last.ce, at)) ? last : undefined;
}

/**
 * A freight line opened from the clause's subject to places (鄂州花湖机场，开通至比利时列日机场的国际货运
 * 航线): the origin is the port or city right before the verb (after a comma, adverbs, a time phrase), with
 * no other name between. Only freight lines (triggers.json "unnamedRouteFreight"): a plain 国际航线 after a
 * subject is mostly an airport's travel network.
 */
function subjectLines(rc: RelationContext): void {
  for (const v of rc.norm.matchAll(OPEN_TO)) {
    const at = v.index ?? 0;
    const origin = subjectOrigin(rc, at);
    if (!origin) continue;
    const b = clauseOf(rc.norm, at)[1];
    const to = TO.exec(rc.norm.slice(at + v[0].length, b));
    if (!to) continue;
    const { ids, end } = destinations(rc, at + v[0].length + to[0].length);
    const line = ids.length > 0 ? lineNoun(rc, end, b, "freight") : undefined;
    if (line && !noDealingsLine(rc, origin.cs, line.end, line.noun, [origin.id, ...ids]))
      pushPartners(rc.push, origin, ids, origin.cs, line.end);
  }
}

/**
 * A freight line opened from one place to others with no service named (开行宁夏至中亚、蒙古国的国际货运
 * 班列; 开通武汉至洛杉矶、巴黎的货运包机; 武汉至日本大阪的货运班线成功首航): trade between the ends, so
 * COOPERATES_WITH from the origin to each destination. A named service on the route (开行西安至华沙的
 * 中欧班列) is the routes rule's CONNECTS, not this; a line named as passenger travel with no goods word
 * (客运航线, 航线航班; triggers.json "unnamedRoutePassenger") is travel, not dealings, and so is any sea or
 * air 航线 (triggers.json "shippingLineNouns") or a line with a sea word on it (海上快线, 海运线路; release 23:
 * 甲至乙的集装箱航线, 直航航线 give none, set 21's convention for air and sea routes); a train after a named service (一列…至…的班列 in a text about 中欧班列…) is
 * most likely a run of that service; without an opening verb, an origin, or a line noun, nothing. An air line
 * (包机, 航班, or any line with an air word outside the names or an airport end: 开通贵阳至达卡的全货机货运航线,
 * 空运货运线) gives nothing either: sets 14, 16 and 17 annotate no relation for air cargo routes (sets 7 and 8
 * did); a line of another noun with no air cue (货运班线, 运输线路), trains and buses keep theirs.
 */
export const routePartners: RelationRule = {
  name: "route-partners",
  types: ["COOPERATES_WITH"],
  find(rc) {
    for (const o of rc.ms) {
      if (!PLACE.includes(typeOf(o.id))) continue;
      const pairs = pairList(rc, o);
      for (const p of pairs) pushPartners(rc.push, p.origin, p.ids, p.origin.cs, p.end);
      const line = pairs.length > 0 ? undefined : lineFrom(rc, o);
      if (line) pushPartners(rc.push, o, line.ids, o.cs, line.end);
    }
    subjectLines(rc);
  },
};
