/**
 * Gates on the subject that a trigger-word rule (on-corridor.ts) puts on a corridor: names that a
 * clause's shape shows are no subject of it (a stop of a route, a dateline, the beneficiary of 为, the
 * owner of a train's cargo), and sentences that state nothing (questions).
 */
import { clauseOf, SENTENCE_END } from "../clauses";
import { quotedBrandTrain } from "../entities/quoted-services";
import type { Mention } from "../entities/types";
import { alternatives, COUNT_NUMERAL, relationAlt, trigger, triggerWords } from "../lexicon";
import { DATELINE, type RelationContext, typeOf } from "./context";
import { ROUTE_MARK } from "./routes";
import { isScheduledService, isService } from "./services";

/** What closes a stop opened by 以: 以莫斯科为目的地, 以A、B为起点. */
const END_FRAME = new RegExp(`^[^，,；;。！？!?]{0,12}?为(${relationAlt("stopEndFrames")})`);
/** Places that may stand in a list of stops before a route word (A、B和C; 新疆阿拉山口). */
const STOP_PLACE = /^(City|Port|Country|Province|DevZone)$/;
/** What joins a place to the place it lies in: 西班牙首都马德里, 德国的汉堡. */
const APPOSITION = new RegExp(`(${relationAlt("stopAppositions")})$`);
const DASH_AFTER = /^(至|到|[—\-–─]+)/;
const DASH_BEFORE = /[—\-–─]+$/;

const placeAt = (rc: RelationContext, pos: number, end: boolean) =>
  rc.ms.find((x) => (end ? x.ce : x.cs) === pos && STOP_PLACE.test(typeOf(x.id)));

/**
 * 开往波兰华沙, 西安至华沙的中欧班列, 继开行直达莫斯科、华沙后…: a place written as the object of a
 * route word (through places of its list and the place it lies in), or as either end of A至B or
 * A—B, is a stop of a route, which the route rules read (CONNECTS to a city, ON_CORRIDOR for a port
 * on that route). 以 opens a stop only in its frame (以A为起点, 以X为目的地); 向 is left to the route
 * rules.
 */
export function routeObject(rc: RelationContext, s: Mention): boolean {
  const [a] = clauseOf(rc.norm, s.cs);
  const to = DASH_AFTER.exec(rc.norm.slice(s.ce));
  if (to && placeAt(rc, s.ce + to[0].length, false)) return true;
  const from = DASH_BEFORE.exec(rc.norm.slice(a, s.cs));
  if (from && placeAt(rc, s.cs - from[0].length, true)) return true;
  for (let k = s.cs; k > a; ) {
    const before = rc.norm.slice(a, k);
    const mark = ROUTE_MARK.exec(before);
    if (mark?.[1] === "以") return END_FRAME.test(rc.norm.slice(s.ce));
    if (mark) return mark[1] !== "向";
    const prev = rc.ms.find((x) => x.ce === k && x.cs >= a && STOP_PLACE.test(typeOf(x.id)));
    const sep = /(以及|[、和与及])$/.exec(before);
    const apposed = APPOSITION.exec(before);
    if (prev) k = prev.cs;
    else if (sep) k -= sep[0].length;
    else if (apposed && placeAt(rc, k - apposed[0].length, true)) k -= apposed[0].length;
    else return false;
  }
  return false;
}

/**
 * Whether the subject is a stop of a route rather than a place on the corridor: a city or province
 * always; a port only when the corridor is outside its clause (…经武汉阳逻港到长三角；向西，持续
 * 支持中欧班列), since a port on the corridor's own route lies on it.
 */
function stopOfRoute(rc: RelationContext, s: Mention, corr: Mention): boolean {
  if (!routeObject(rc, s)) return false;
  if (typeOf(s.id) !== "Port") return true;
  return clauseOf(rc.norm, s.cs)[0] !== clauseOf(rc.norm, corr.cs)[0];
}

/** A question (如何融入…？) asks, it states no relation. */
function inQuestion(rc: RelationContext, corr: Mention): boolean {
  const e = rc.norm.slice(corr.ce).search(SENTENCE_END);
  return e >= 0 && /[？?]/.test(rc.norm[corr.ce + e] ?? "");
}

/**
 * A clause opened by 为/为了 (为推进陕西向西开放, 为云南物资出海打通…) names a purpose or a beneficiary,
 * one opened by the preposition 对 (对打造陕西内陆开放高地…起到推动作用) what is acted on; neither holds
 * the subject (对接, 对标, 对外, 对口, 对话 are verbs or adverbs, not the preposition; 对X而言 is a topic).
 */
const PURPOSE = new RegExp(String.raw`^[\s“"]*(为了?|对(?!${relationAlt("purposeNotPreposition")}))`);
/** 对X而言/来说 sets X as the topic: it is the subject. */
const TOPIC_FRAME = new RegExp(`(${relationAlt("topicFrameEnds")})$`);
/**
 * A place joining the corridor inside the purpose (为推进广西融入“一带一路”建设, 为青海融入甲和乙建设): only adverbs
 * (triggers.json "zoneJoinAdverbs") and a verb of joining ("purposeJoinVerbs") between the place and the corridor.
 */
const PURPOSE_JOIN = new RegExp(
  `^(?:${trigger("zoneJoinAdverbs").source})*(?:${trigger("purposeJoinVerbs").source})[“"「]?$`,
);
/** Two corridor mentions joined (甲和“乙”, 甲、乙). */
const JOINED = /^[”"」]?[和与及、][“"「]?$/;

/**
 * 为推进广西融入“一带一路”建设: the place of a purpose clause that a verb of joining makes the subject of joining
 * the corridor (or the corridors joined before it) is that corridor's subject, not a beneficiary.
 */
function purposeJoins(rc: RelationContext, s: Mention, corr: Mention): boolean {
  let start = corr.cs;
  for (;;) {
    const prev = rc.ms.find(
      (x) =>
        typeOf(x.id) === "Corridor" &&
        x.ce <= start &&
        x.cs >= s.ce &&
        JOINED.test(rc.norm.slice(x.ce, start)),
    );
    if (!prev) break;
    start = prev.cs;
  }
  return PURPOSE_JOIN.test(rc.norm.slice(s.ce, start));
}

/**
 * 为广西、云南融入“一带一路”建设: the places listed (、/和) right before the subject of a purpose clause's joining
 * (purposeJoins) join the corridor with it; they are its subjects too.
 */
export function purposeListJoins(rc: RelationContext, s: Mention, corr: Mention): Mention[] {
  const list = rc.coordinated(s, true).filter((x) => x.ce <= s.cs);
  const head = list[0];
  if (!head) return [];
  const [a] = clauseOf(rc.norm, head.cs);
  return PURPOSE.test(rc.norm.slice(a, head.cs)) && purposeJoins(rc, s, corr) ? list : [];
}

/** Laden with goods (满载安徽本土货物的中欧班列): "cargoLaden". */
const LADEN = trigger("cargoLaden");

/**
 * Whether `s` is the owner of a train's cargo: a laden word before it in the corridor's clause
 * (满载安徽本土货物的中欧班列 — carried-goods.ts reads it as CONNECTS).
 */
function cargoOwner(rc: RelationContext, s: Mention, corr: Mention): boolean {
  const [a, b] = clauseOf(rc.norm, s.cs);
  return corr.cs > s.ce && corr.cs < b && LADEN.test(rc.norm.slice(a, s.cs));
}

const PART_END = /[；;。！？!?]/;
const SUBJECT_TYPE = /^(FreeTradeZone|Area|Province|City|Port|DevZone)$/;

/**
 * …天津港奋力打造智慧港口；乘着中欧班列，义乌小商品闯出大市场: a name before a semicolon is not the
 * subject of the part after it when that part names its own subject at the start of a clause.
 */
function ownPartSubject(rc: RelationContext, s: Mention, corr: Mention): boolean {
  const semi = Math.max(rc.norm.lastIndexOf("；", corr.cs), rc.norm.lastIndexOf(";", corr.cs));
  if (semi < 0 || s.ce > semi) return false;
  const stop = rc.norm.slice(corr.ce).search(PART_END);
  const end = stop < 0 ? rc.norm.length : corr.ce + stop;
  return rc.ms.some(
    (x) =>
      x.cs > semi &&
      x.cs < end &&
      x !== corr &&
      SUBJECT_TYPE.test(typeOf(x.id)) &&
      /^[\s“"]*$/.test(rc.norm.slice(clauseOf(rc.norm, x.cs)[0], x.cs)),
  );
}

/** What makes a place a node of a service rather than where it runs (triggers.json "serviceNode", "serviceNodeJoin"). */
const SERVICE_NODE = alternatives([...triggerWords("serviceNode"), ...triggerWords("serviceNodeJoin")]);

/**
 * 山西省自2017年开行首趟中欧班列, 江苏全省中欧班列开行规模…, 青海省首趟“西宁号”班列: a city or province
 * that runs a service, or names it as its own, is an end of the service's route (CONNECTS), not a place
 * on a corridor; it lies on the service only when its sentence makes it a node of it (兰州被列为中欧班列
 * 节点城市, 作为中欧班列…的节点口岸，二连浩特…). Ports and zones a service leaves from do lie on it.
 * on-corridor.ts reads such a place as an end of the service (CONNECTS) instead.
 */
export function runsService(rc: RelationContext, s: Mention, corr: Mention): boolean {
  return !rc.fromCtx.has(s) && offService(rc, s, corr);
}

/**
 * Whether `s` is a city or province and `corr` a scheduled service whose sentence makes `s` no node of it
 * (the case runsService reads as an end of the route).
 */
export function offService(rc: RelationContext, s: Mention, corr: Mention): boolean {
  if (!/^(City|Province)$/.test(typeOf(s.id))) return false;
  // (a quoted 号 brand before its train words is a train too: “某某号”国际班列, quoted-services.ts)
  if (!isScheduledService(corr.id, rc.ms, rc.cat, rc.norm) && !quotedBrandTrain(rc.norm, corr)) return false;
  const ss = rc.sentStartOf(corr.cs);
  const e = rc.norm.slice(corr.ce).search(SENTENCE_END);
  return !SERVICE_NODE.test(rc.norm.slice(ss, e < 0 ? rc.norm.length : corr.ce + e));
}

/** A train's own counter written between a place and the train (首趟, 第三列, 第一百列: triggers.json "placeFirstTrain"). */
const COUNTED = new RegExp(
  `^(?:${trigger("placeWholeScope").source})?(?:首|第${COUNT_NUMERAL}+)(?:${trigger("placeFirstTrain").source})[^\\s，,；;。、经沿由从在往至到]{0,4}?[“"「]?$`,
);
/** A whole province or city written before its service (某省全省中欧班列: triggers.json "placeWholeScope"). */
const WHOLE = new RegExp(`^(?:${trigger("placeWholeScope").source})[“"「]?$`);
/** A train noun after a railway in its clause, not a train of the line's area (沿线旅游专列: triggers.json "routeTrainNouns"). */
const TRAIN_OF_LINE = new RegExp(`^[^，,；;。！？!?沿]{0,12}?(?:${trigger("routeTrainNouns").source})`);

/**
 * 某省首趟“X号”铁海联运班列, 某省首趟某某铁路（A-B）列车, 作为某省全省中欧班列的首趟返程专列: a city or province
 * counting a train as its own first is where that train starts, never a place on the service or railway;
 * on-corridor.ts gives it CONNECTS when the service is run (isScheduledService) and the sentence makes it no node,
 * else nothing. A railway counts only with a train counter (首趟/第N列) and a train noun after it in its clause
 * (not 首条…铁路沿线, 全省…铁路沿线, nor a train of the line's area: 沿线旅游专列); a quoted brand (首趟“X号”) only
 * with the counter. Broad corridors that are no services (某省全省“一带一路”, 某市首趟西部陆海新通道班列) keep their reading.
 */
export function firstTrainOf(rc: RelationContext, s: Mention, corr: Mention): boolean {
  if (!/^(City|Province)$/.test(typeOf(s.id)) || corr.cs <= s.ce) return false;
  const gap = rc.norm.slice(s.ce, corr.cs);
  const counted = COUNTED.test(gap);
  if (isScheduledService(corr.id, rc.ms, rc.cat, rc.norm)) return counted || WHOLE.test(gap);
  if (!counted) return false;
  // (a quoted brand: the quote before it or in its mention, or a 号 name: 首趟“X号”铁海联运)
  if (/[“"「]$/.test(gap) || /^[“"「]/.test(rc.norm.slice(corr.cs)) || /号/.test(corr.id)) return true;
  return isService(corr.id, rc.ms, rc.cat, rc.norm) && TRAIN_OF_LINE.test(rc.norm.slice(corr.ce));
}

/** Whether the clause shape shows that `s` is no subject of what the sentence says about `corr`. */
export function notCorridorSubject(rc: RelationContext, s: Mention, corr: Mention): boolean {
  const [a, b] = clauseOf(rc.norm, s.cs);
  if (DATELINE.test(rc.norm.slice(s.ce))) return true;
  if (
    PURPOSE.test(rc.norm.slice(a, s.cs)) &&
    !TOPIC_FRAME.test(rc.norm.slice(s.ce, b)) &&
    !purposeJoins(rc, s, corr)
  )
    return true;
  if (ownPartSubject(rc, s, corr)) return true;
  return stopOfRoute(rc, s, corr) || inQuestion(rc, corr) || cargoOwner(rc, s, corr);
}
