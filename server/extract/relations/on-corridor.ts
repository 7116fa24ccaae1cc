import { CLAUSE_MARKS, clauseOf, clauseStart, sentenceEnd } from "../clauses";
import { placeAnaphorIn } from "../discourse";
import type { Mention } from "../entities/types";
import { CLAUSE_TIMES, COPULA_ADVERBS, NEGATED_ADVERBS, NEGATORS, relationAlt, trigger } from "../lexicon";
import { type RelationContext, typeOf } from "./context";
import {
  firstTrainOf,
  notCorridorSubject,
  offService,
  purposeListJoins,
  runsService,
} from "./corridor-subject";
import { designates } from "./designation";
import { isScheduledService, isService } from "./services";
import { COPULA_OPEN, T_CORRIDOR, T_LOCATED_AT, T_SERVICE_RUN } from "./triggers";
import type { RelationRule } from "./types";

const SUBJ = ["FreeTradeZone", "Area", "Province", "City", "Port"];
/** A demonstrative subject: 这是…, 此为…, 此番班列…, 该线路… */
const DEMONSTRATIVE = new RegExp(
  String.raw`^[\s“"]*((这|此)(也|就|正|便)?(是|为)|(这|此|该)(${relationAlt("corridorDemonstrativeMeasures")})?(${relationAlt("corridorDemonstrativeNouns")}))`,
);

/** An adverbial of background around a corridor: 在[corridor]…的基础上/背景下/框架下. */
const BEFORE_BG = /在([“"]?[^，,；;。、和与及“”"]{2,14}[”"]?[、和与及])*[“"]?$/;
const AFTER_BG = new RegExp(`^[^，,；;。]*的(${relationAlt("corridorBackgroundNouns")})`);

/** A clause that only fronts the corridor as the ground of what follows: 立足长江黄金水道，… ("groundFronting"). */
const FRONTED = new RegExp(`^[\\s“"]*(${trigger("groundFronting").source})[“"]?$`);

/**
 * 立足长江黄金水道，阳逻港做优航线: the corridor fronted by its own clause is the ground of the
 * subject that opens the next clause.
 */
function frontedSubject(rc: RelationContext, corr: Mention, types: string[]): Mention | undefined {
  const [a, b] = clauseOf(rc.norm, corr.cs);
  if (!FRONTED.test(rc.norm.slice(a, corr.cs)) || !/^[”"]?$/.test(rc.norm.slice(corr.ce, b)))
    return undefined;
  if (!/[，,]/.test(rc.norm[b] ?? "")) return undefined;
  return rc.ms.find((x) => x.cs >= b + 1 && x.cs - (b + 1) <= 1 && types.includes(typeOf(x.id)));
}

/** Whether the clause of the corridor names the carried place by a word of its own before it (discourse.ts). */
function namedInClause(rc: RelationContext, corr: Mention): boolean {
  return placeAnaphorIn(rc.norm.slice(clauseOf(rc.norm, corr.cs)[0], corr.cs));
}

/**
 * Whether the corridor's own sentence states the relation: a trigger in that sentence (or in the
 * sentence this one continues), a subject named in it (or the carried one), and a subject that is not
 * a modifier of the corridor's name (贵州黄桶至百色铁路, 郑州—卢森堡“空中丝绸之路”).
 */
function statedInSentence(rc: RelationContext, corr: Mention, s: Mention): boolean {
  const { norm, ctx, fromCtx } = rc;
  const ss = rc.sentStartOf(corr.cs);
  const sentence = norm.slice(ss, sentenceEnd(norm, corr.ce));
  if (!T_CORRIDOR.test(sentence) && !(ctx?.triggers && T_CORRIDOR.test(ctx.triggers))) return false;
  if (!fromCtx.has(s) && s.cs < ss) return false;
  // 阿联酋希望成为“一带一路”的平台: a sentence opened by a name of its own (a country, a body, a
  // quoted product) is about that name, not about the subject carried from the context
  if (fromCtx.has(s) && ownOpener(rc, ss, corr, s)) return false;
  // (also when it modifies the name of another corridor between them: 贵州黄桶至百色铁路…以及南宁至防城港铁路)
  const next = rc.of("Corridor").find((x) => x.cs >= s.ce && x.cs <= corr.cs);
  return !(s.ce <= corr.cs && next && modifiesName(rc, s, next));
}

/**
 * Whether the sentence starting at `ss` opens with a quotation or with a name of another kind than
 * the carried subject `s` (a country, a body), other than the corridor.
 */
function ownOpener(rc: RelationContext, ss: number, corr: Mention, s: Mention): boolean {
  const lead = /^[\s“"「]*/.exec(rc.norm.slice(ss))?.[0] ?? "";
  if (/[“"「]/.test(lead)) return true;
  // the sentence start and the start of the corridor's clause (与此同时，越南已…)
  const starts = [ss + lead.length, clauseOf(rc.norm, corr.cs)[0]];
  // 这是贯通“丝绸之路经济带”的…班列, 此番班列…: a demonstrative subject stands for what the sentence
  // before named
  if (starts.some((k) => DEMONSTRATIVE.test(rc.norm.slice(k)))) return true;
  return rc.ms.some(
    (x) =>
      starts.includes(x.cs) && x !== corr && typeOf(x.id) !== typeOf(s.id) && !SUBJ.includes(typeOf(x.id)),
  );
}

/**
 * 纵贯西部、北接丝绸之路经济带、南连海上丝绸之路的西部陆海新通道: a corridor inside a relative clause
 * (…的) that modifies another corridor is that corridor's neighbour, not what the subject lies on.
 */
function modifiesCorridor(rc: RelationContext, corr: Mention): boolean {
  const rest = rc.norm.slice(corr.ce);
  const end = rest.search(/[，,；;。！？!?：:]/);
  const clause = end < 0 ? rest : rest.slice(0, end);
  for (const m of clause.matchAll(/的/g)) {
    const at = corr.ce + (m.index ?? 0) + 1;
    if (rc.of("Corridor").some((x) => x.cs === at || (x.cs === at + 1 && /[“"]/.test(rc.norm[at] ?? ""))))
      return true;
  }
  return false;
}

/** 至/到 and words after it that are no place (至今, 至此, 至少, 到目前为止): triggers.json "lineEndNotPlace". */
const NOT_PLACE = new RegExp(`^(${trigger("lineEndNotPlace").source})`);

/**
 * Whether the second end of a line named A至B runs after 至/到 at `k` to `end`, right before the corridor:
 * a catalogued place (汉堡 of 合肥至汉堡中欧班列), or a short name (罗兹) that is none of "lineEndNotPlace".
 */
function placeUpTo(rc: RelationContext, k: number, end: number): boolean {
  const form = rc.cat.longestPlaceAt(rc.norm, k + 1);
  if (form) return k + 1 + form.length === end;
  return /^[\u4e00-\u9fff]{2,4}$/.test(rc.norm.slice(k + 1, end)) && !NOT_PLACE.test(rc.norm.slice(k, end));
}

/**
 * Whether only quotes and dash-joined names (recognised or not: 郑州—卢森堡“…”, also listed with 、
 * before it: 临沧—清水河、大理—瑞丽铁路) stand between `s` and the corridor's name.
 */
function modifiesName(rc: RelationContext, s: Mention, corr: Mention): boolean {
  let k = s.ce;
  while (k < corr.cs) {
    const next = rc.ms.find((x) => x.cs === k && x.ce <= corr.cs);
    const dashed = /^[—\-–─]+[\u4e00-\u9fff]{0,8}/.exec(rc.norm.slice(k, corr.cs));
    if (next) k = next.ce;
    else if (dashed) k += dashed[0].length;
    else if (/[“"「\s]/.test(rc.norm[k] ?? "")) k++;
    // (合肥至汉堡中欧班列: the first end of a line named by its ends with 至/到, a known place right
    // before the corridor; not 重庆至今已开行中欧班列, 至少, 到目前为止)
    else if (/[至到]/.test(rc.norm[k] ?? "") && placeUpTo(rc, k, corr.cs)) return true;
    else if (/[至到]/.test(rc.norm[k] ?? "") && rc.ms.some((x) => x.cs === k + 1 && x.ce <= corr.cs)) k++;
    // (临沧—清水河、大理—瑞丽铁路: a dash-named line listed before the corridor shares its kind word)
    else if (rc.norm[k] === "、" && /[—\-–─]/.test(rc.norm.slice(s.ce, k))) k++;
    else return false;
  }
  return true;
}

/**
 * 为 of a beneficiary before the corridor, with a building verb of the frame (triggers.json benefitVerbs,
 * benefitModifiers: 为高质量共建“一带一路”); a copula of designation (designation.ts: 作为, 成为, 被打造为) is none.
 */
const BENEFIT = new RegExp(
  `为(?:${trigger("benefitModifiers").source})?(?:${trigger("benefitVerbs").source})?["“]?$`,
);

/**
 * 沿线 after the corridor heading what lies along it, with an optional count (“一带一路”沿线13个国家, 沿线各国, 沿线
 * 市场: triggers.json "corridorAlongRegions"): the countries, cities or markets along the corridor are the object.
 */
const ALONG_REGIONS = new RegExp(
  `^[”"」]?沿线的?[\\d一二两三四五六七八九十百千多几数余]*个?(${trigger("corridorAlongRegions").source})`,
);
/**
 * 沿线 heading the subject's own layout along the corridor (triggers.json "alongLayoutNouns": 布局), read as what the
 * subject does along it only after a verb of shaping it right before the corridor ("alongLayoutVerbs": 突出“一带一路”
 * 沿线布局, 优化…沿线布局) or after 在, the layout word then the verb (在“一带一路”沿线布局海外仓); not 融入“一带一路”
 * 沿线布局, where the subject joins the corridor.
 */
const ALONG_LAYOUT = new RegExp(`^[”"」]?沿线的?(${trigger("alongLayoutNouns").source})`);
const LAYOUT_VERB = new RegExp(`(${trigger("alongLayoutVerbs").source}|在)[“"「]?$`);
/**
 * A copula, a designation or a verb of lying in right before the corridor (是, 成为, 被列为, 属于, 位于, 地处: the
 * subject is named one of the places along it).
 */
const ALONG_COPULA = new RegExp(`(${relationAlt("corridorAlongCopulas")})[“"「]?$`);
/** A node noun of the corridor (triggers.json "serviceNode", "zoneNodeMore": 枢纽, 节点, 桥头堡). */
const ALONG_NODE = new RegExp(`${trigger("serviceNode").source}|${trigger("zoneNodeMore").source}`);

/**
 * 辐射“一带一路”沿线13个国家, 抵达“一带一路”沿线9个国家: the subject reaches the places along the corridor, it
 * is not said to lie on it (its 沿线 names the object). A copula before the corridor (是「一带一路」沿线城市,
 * 被列为…沿线城市, 属于…沿线的城市, 位于…沿线地区; 沿线城市 right after “” quotes is no relation end at all:
 * name-heads.json modifierHeads) or a node noun after it in its clause (成为中国与「海上丝绸之路」沿线国家之间的
 * 贸易枢纽) names the subject as one of those places or their hub and keeps the relation.
 */
function alongRegions(rc: RelationContext, corr: Mention): boolean {
  // (corridors joined by 和/与/、 share the 沿线 after the last: “一带一路”和“海上丝绸之路”沿线国家)
  const after = rc.norm.slice(joinedEdge(rc, corr, false));
  if (!/^[”"」]?沿线/.test(after)) return false;
  const [a, b] = clauseOf(rc.norm, corr.cs);
  const before = rc.norm.slice(a, joinedEdge(rc, corr, true));
  const layout = ALONG_LAYOUT.test(after) && LAYOUT_VERB.test(before);
  if (!layout && !ALONG_REGIONS.test(after)) return false;
  return !ALONG_COPULA.test(before) && !ALONG_NODE.test(rc.norm.slice(corr.ce, b));
}

/** Whether the corridor only benefits from what the subject does (为“一带一路”建设注入动能). */
function benefits(rc: RelationContext, corr: Mention): boolean {
  const from = Math.max(0, corr.cs - 10);
  const m = BENEFIT.exec(rc.norm.slice(from, corr.cs));
  return !!m && !designates(rc.norm, from + m.index, rc.cat);
}

/** A clause that only continues a predicate of the sentence's subject: ，是…, ，也是…, ，地处… */
const SERIAL = new RegExp(
  `^[\\s“"]*(${trigger("serialAdverbs").source})?(${trigger("serialCopulas").source})`,
);

/**
 * What follows a sentence's opening name when it qualifies a noun, the sentence's subject (湖北企业, 重庆的企业):
 * 的 or a head of people, firms or goods (openerNounHeads, personHeads).
 */
const QUALIFIES_NOUN = new RegExp(
  `^[\\s”"]*(的|${trigger("openerNounHeads").source}|${trigger("personHeads").source})`,
);

/**
 * 崇左市地处中国南疆，…，是广西边境线最长的市，是“一带一路”重要节点城市: a clause opened by a copula,
 * naming no subject of its own, continues the predicate of the name that opens the sentence, not of a
 * name inside an earlier predicate. When that name only qualifies the subject (湖北企业在武汉设立总部，…，
 * 是…), the subject is no place: null (nothing lies on the corridor), not the place of its predicate.
 */
function serialSubject(rc: RelationContext, corr: Mention, near: Mention): Mention | null | undefined {
  const [a] = clauseOf(rc.norm, corr.cs);
  if (near.cs >= a || rc.fromCtx.has(near) || !SERIAL.test(rc.norm.slice(a, corr.cs))) return undefined;
  const ss = rc.sentStartOf(corr.cs);
  const lead = /^[\s“"]*/.exec(rc.norm.slice(ss))?.[0].length ?? 0;
  // (福建商会在泉州举办活动，是…: an organisation opening the sentence is its subject, and the place where it
  // acts, right after 在/赴/到/于, is none)
  const body = rc.ms.find((x) => x.cs === ss + lead && typeOf(x.id) === "Organization");
  if (body && /^[\s”"]*(在|赴|到|于)$/.test(rc.norm.slice(body.ce, near.cs))) return null;
  const opener = rc.ms.find((x) => x.cs === ss + lead && SUBJ.includes(typeOf(x.id)));
  // (the opener may be the nearer name itself: 重庆的企业纷纷走出去，是…)
  if (!opener || opener.cs > near.cs || (opener !== near && opener.ce > near.cs)) return undefined;
  // (only when the nearer name stands inside the opener's predicate: in its clause, or in a clause that
  // is itself a serial predicate; 辽宁是…，其主要片区…——大连，…，也是…: 大连 heads a clause of its own)
  const [na] = clauseOf(rc.norm, near.cs);
  const inPredicate = na === clauseOf(rc.norm, opener.cs)[0] || SERIAL.test(rc.norm.slice(na, near.cs));
  if (!inPredicate) return undefined;
  return QUALIFIES_NOUN.test(rc.norm.slice(opener.ce)) ? null : placeBehind(rc, opener);
}

/** 宁夏银川市被列为…: a city written right behind its province is the subject, not the province. */
function placeBehind(rc: RelationContext, s: Mention): Mention {
  if (typeOf(s.id) !== "Province") return s;
  return rc.ms.find((x) => x.cs === s.ce && typeOf(x.id) === "City") ?? s;
}

/** Heads of a facility named after the service (triggers.json "serviceFacilityHeads"). */
const FACILITY = new RegExp(`^(${trigger("serviceFacilityHeads").source})`);
/** Verbs of building or approving a facility right before it (打造, 建设, 获批: triggers.json "facilityBuildVerbs"). */
const BUILDS = new RegExp(`(${trigger("facilityBuildVerbs").source})了?[“"「]?$`);

/**
 * 打造中欧班列青岛集结中心, 获批建设中欧班列集结中心: the service only names a facility built for it (through
 * an optional place of the facility's own name) as the object of a building or approval verb; the sentence
 * says what is done to the facility, not that a place runs the service or lies on it. A place designated as
 * the facility (西安是中欧班列集结中心, 被确定为…) keeps its relation.
 */
function namesFacility(rc: RelationContext, corr: Mention): boolean {
  if (!BUILDS.test(rc.norm.slice(clauseStart(rc.norm, corr.cs), corr.cs))) return false;
  let k = corr.ce;
  if (/[”"」]/.test(rc.norm[k] ?? "")) k++;
  const place = rc.ms.find((x) => x.cs === k && /^(City|Province)$/.test(typeOf(x.id)));
  return FACILITY.test(rc.norm.slice(place ? place.ce : k));
}

/** Train nouns (班列, 专列, 班车: triggers.json "routeTrainNouns"). */
const TRAIN_AFTER = new RegExp(`^[”"」]?(${trigger("routeTrainNouns").source})`);
/**
 * A zone's own predicate up to the corridor: adverbs and time words (triggers.json "zoneJoinAdverbs",
 * "serialAdverbs"; function-words.json clauseTimes, copulaAdverbs), or a trigger verb joined to the next (服务和;
 * triggers.json "zoneJoinedVerbs" or a trigger word; not any two characters: 规划和建设都融入 is a noun subject), then
 * a trigger word of the relation (融入, 依托, 参与…) before the corridor.
 */
const ZONE_PREDICATE = new RegExp(
  `^([\\s，,]|${trigger("zoneJoinAdverbs").source}|${trigger("serialAdverbs").source}|${CLAUSE_TIMES}|${COPULA_ADVERBS}|(${trigger("zoneJoinedVerbs").source}|${T_CORRIDOR.source})(和|与|并|、))*(${T_CORRIDOR.source})`,
);
/** A zone that only qualifies its clause's subject (浦东新区一家企业, 两江新区的企业, 西咸新区居民). */
const ZONE_QUALIFIES = new RegExp(`${QUALIFIES_NOUN.source}|^[一两几多数]?(家|名|位|批|个)`);

/**
 * 两江新区…主动服务和融入“一带一路”, 杨凌示范区积极融入“一带一路”建设: a named development zone lies on a
 * broad corridor (no scheduled service, no corridor's train) when it is the subject of a trigger word in the
 * corridor's own clause with only adverbs between (ZONE_PREDICATE; the zone may open an earlier clause:
 * 两江新区去年…，今年又积极融入…). A zone that runs a service in that clause (贵阳综保区累计开行…班列), only
 * qualifies the subject (两江新区的企业) or is only the kind of zone (产业园区, a catalog category) gets nothing.
 */
function zoneJoins(rc: RelationContext, s: Mention, corr: Mention): boolean {
  if (rc.cat.get(s.id)?.properties.kind === "category") return false;
  if (isService(corr.id, rc.ms, rc.cat, rc.norm)) return false;
  if (TRAIN_AFTER.test(rc.norm.slice(corr.ce))) return false;
  if (s.ce > corr.cs || ZONE_QUALIFIES.test(rc.norm.slice(s.ce))) return false;
  const lead = rc.norm.slice(Math.max(s.ce, clauseStart(rc.norm, corr.cs)), corr.cs);
  if (T_SERVICE_RUN.test(lead)) return false;
  return ZONE_PREDICATE.test(lead) || zoneIsNode(rc, s, corr);
}

/**
 * A corridor not recognised as a mention but named by its head noun (欧亚大陆桥, 某某经济走廊: triggers.json
 * "corridorHeadNouns"), joined to the corridor (甲和乙).
 */
const HEAD_NAMED = `[“"]?[\\u4e00-\\u9fff]{0,10}(${trigger("corridorHeadNouns").source})[”"」]?`;
/**
 * A copula right before the corridor (or before the corridors joined to it: Corridor mentions, or one named by
 * its head noun), adverbs before it (是, 也是, 已成为).
 */
const ZONE_COPULA = new RegExp(`${COPULA_OPEN}(${HEAD_NAMED}[和与及、])?[“"]?$`);
/**
 * A zone alone before the corridor's clause (天府新区，是…), or after one clause of its own that is a copula
 * (不仅是甲的节点，也是…), places the zone (地处甲市，是…; 依托甲港，是…: triggers.json locatedAt and
 * "zoneEarlierPlacing") or only dates its founding (2010年成立，是…: "zoneEarlierFounded" closing the clause;
 * not 成立了一家公司，是…, where the object is the node).
 */
const ZONE_EARLIER = new RegExp(
  `^[\\s，,]*$|(?:${COPULA_OPEN}|^[\\s，,]*(?:${T_LOCATED_AT.source}|${trigger("zoneEarlierPlacing").source}))` +
    `[^${CLAUSE_MARKS}]*[，,]\\s*$|^[\\s，,]*于?[\\d年月日]*(?:${trigger("zoneEarlierFounded").source})[，,]\\s*$`,
);
/** Two corridor mentions joined (甲和“乙”, 甲、乙). */
const JOINED = /^[”"」]?[和与及、][“"]?$/;
/**
 * After the corridor (and the corridors joined to it: 甲和乙的, as above), a node noun of the corridor with up to four
 * modifiers (的关键支点, 上的重要节点: triggers.json "serviceNode" and "zoneNodeMore"), ending its noun phrase (之一, 和, 与, 、,
 * punctuation or the end: 的枢纽工程建设单位 and 的节点项目 name other things).
 */
const ZONE_NODE_AFTER = new RegExp(
  `^[”"」]?([和与及、]${HEAD_NAMED})?(的|上的|沿线的)?[\\u4e00-\\u9fff]{0,4}?(${trigger("serviceNode").source}|${trigger("zoneNodeMore").source})(?:城市|区域|地区)?(?=之一|和|与|、|[${CLAUSE_MARKS}]|$)`,
);

/** The start (before) or end (after) of the run of Corridor mentions joined to `corr`. */
function joinedEdge(rc: RelationContext, corr: Mention, before: boolean): number {
  let edge = before ? corr.cs : corr.ce;
  for (;;) {
    const next = rc.ms.find(
      (x) =>
        typeOf(x.id) === "Corridor" &&
        (before
          ? x.ce <= edge && JOINED.test(rc.norm.slice(x.ce, edge))
          : x.cs >= edge && JOINED.test(rc.norm.slice(edge, x.cs))),
    );
    if (!next) return edge;
    edge = before ? next.cs : next.ce;
  }
}

/**
 * 某新区是“一带一路”的重要节点, 某新区是甲和乙的关键支点: a zone that the copula of its own clause makes a
 * node of the corridor lies on it (the node noun after the corridor, in the same clause). The zone stands in the
 * corridor's clause or alone before it (天府新区，是…) or after a copula clause of its own (ZONE_EARLIER); a zone
 * that opened an earlier clause with another predicate (天府新区引进了一家企业，是…的节点) leaves the copula to
 * that clause's object.
 */
function zoneIsNode(rc: RelationContext, s: Mention, corr: Mention): boolean {
  const cs = clauseStart(rc.norm, corr.cs);
  if (s.ce <= cs && !ZONE_EARLIER.test(rc.norm.slice(s.ce, cs))) return false;
  const start = joinedEdge(rc, corr, true);
  if (!ZONE_COPULA.test(rc.norm.slice(Math.max(s.ce, cs), start))) return false;
  const after = rc.norm.slice(joinedEdge(rc, corr, false), clauseOf(rc.norm, corr.cs)[1]);
  return ZONE_NODE_AFTER.test(after);
}

/** A clause mark (built once, not per place). */
const MARK = new RegExp(`[${CLAUSE_MARKS}]`);
/** A place that qualifies a noun or names a part of itself (甲市的新区, 甲市南部): no subject of its own. */
const OWN_PLACE_AFTER = /^(?:的|[东西南北中]{1,2}[部面边侧])/;

/**
 * 某新区不仅是甲市的新区，也是…的节点; 某新区位于甲市南部，是…: a place written as 甲市的 or 甲市南部 in the clause
 * a development zone opens belongs to the zone's predicate; the zone, not the place, is the subject of the
 * node copula. The zone when the place is such a one, else undefined.
 */
function zoneOfPlace(rc: RelationContext, s: Mention): Mention | undefined {
  if (typeOf(s.id) === "DevZone" || !OWN_PLACE_AFTER.test(rc.norm.slice(s.ce))) return undefined;
  return rc.ms.find(
    (z) => typeOf(z.id) === "DevZone" && z.ce <= s.cs && !MARK.test(rc.norm.slice(z.ce, s.cs)),
  );
}

/**
 * 某市第一百列某某铁路冷链专列开行，某市作为铁路沿线枢纽…: after a place's counted first train of a railway
 * (firstTrainOf, no reading of its own), a later clause of the sentence that names the place again with 沿线
 * after it states the place on the line.
 */
function alongLater(rc: RelationContext, s: Mention, corr: Mention): boolean {
  const end = sentenceEnd(rc.norm, corr.ce);
  return rc.ms.some((m) => {
    if (m.id !== s.id || m.cs <= corr.ce || m.cs >= end) return false;
    return rc.norm.slice(m.ce, clauseOf(rc.norm, m.cs)[1]).includes("沿线");
  });
}

/**
 * A head of a logistics business or a flight line (triggers.json "corridorModifiedHeads") after at most six
 * characters of a name, with no mark between.
 */
const MODIFIED_HEAD = new RegExp(`^[\\u4e00-\\u9fff]{0,6}?(${trigger("corridorModifiedHeads").source})`);
/** The head taking a role right after it (corridorModifiedHeadRoles): 甲市某某物流作为… */
const HEAD_ROLE = new RegExp(`^.{0,2}?(${trigger("corridorModifiedHeadRoles").source})`);
/** What may open a clause before its subject: times and adverbs (目前甲市…, 同时甲市…). */
const CLAUSE_LEAD = new RegExp(
  `^[\\s“"]*(${CLAUSE_TIMES}|${COPULA_ADVERBS}|${trigger("serialAdverbs").source})*$`,
);
/** Whether only times and adverbs stand between the start of the clause holding `at` and `at` (CLAUSE_LEAD). */
const ledClause = (norm: string, at: number): boolean =>
  CLAUSE_LEAD.test(norm.slice(clauseStart(norm, at), at));
const PLACES = [...SUBJ, "Country"];
/** Joins between a place and a head that make the place a side of its own (corridorModifiedHeadJoins: 甲市与乙公司…). */
const HEAD_JOIN = new RegExp(trigger("corridorModifiedHeadJoins").source);
/** Verbs between a place and a head that make the words the place's predicate (corridorModifiedHeadGapVerbs). */
const HEAD_GAP_VERB = new RegExp(trigger("corridorModifiedHeadGapVerbs").source);
/** A facility head right after the head, taking a role (甲港物流园区作为…: the place's own node). */
const FACILITY_ROLE = new RegExp(
  `^(?:${trigger("serviceFacilityHeads").source})(?:${trigger("corridorModifiedHeadRoles").source})`,
);

/**
 * Whether the place and its head make a noun phrase, not a subject and a predicate (甲市大力发展现代物流,
 * 甲港新增多条航线 keep the place): another place between them (甲市直飞乙国航线, 甲市至乙市航班), a role
 * taken by the head (甲市某某物流作为…), or the place inside a clause opened by other words, a verb's object
 * (推动甲市国际物流中心建设, 从甲市物流基地出发).
 */
function headPhrase(rc: RelationContext, s: Mention, headEnd: number): boolean {
  if (rc.ms.some((x) => x.cs >= s.ce && x.ce <= headEnd && x !== s && PLACES.includes(typeOf(x.id))))
    return true;
  if (HEAD_ROLE.test(rc.norm.slice(headEnd))) return true;
  return !ledClause(rc.norm, s.cs);
}

/**
 * 甲市某某物流作为…，带动…走上“一带一路”; 甲市直飞乙国航线，…服务共建“一带一路”: a place written right before
 * such a head in a noun phrase (headPhrase) only modifies it; the firm or the line is the subject, the place lies
 * on no corridor. The words between hold no trigger of the corridor (甲市积极融入… keeps the place), no
 * 与/和/同/及 (甲市与乙公司…) and no verb (支持甲省大力发展现代物流，融入…); a facility after the head taking a
 * role is the place's own node (甲港物流园区作为节点融入…).
 */
function modifiesHead(rc: RelationContext, s: Mention, corr: Mention): boolean {
  if (s.ce >= corr.cs) return false;
  const m = MODIFIED_HEAD.exec(rc.norm.slice(s.ce, corr.cs));
  if (!m || T_CORRIDOR.test(m[0]) || HEAD_JOIN.test(m[0])) return false;
  if (HEAD_GAP_VERB.test(m[0].slice(0, m[0].length - (m[1] ?? "").length))) return false;
  if (FACILITY_ROLE.test(rc.norm.slice(s.ce + m[0].length))) return false;
  return headPhrase(rc, s, s.ce + m[0].length);
}

/** A role noun of a place on a corridor (triggers.json corridorRole, cityRole). */
const ROLE_NOUN = new RegExp(`${trigger("corridorRole").source}|${trigger("cityRole").source}`);
/** A role noun ending a clause, before its mark (…的交通枢纽，). */
const ROLE_END = new RegExp(`(?:${ROLE_NOUN.source})[”"」]?[${CLAUSE_MARKS}]\\s*$`);
/** A verb giving the place a role (是, 成为, 打造成…: triggers.json placeRoleVerbs). */
const ROLE_VERB = new RegExp(trigger("placeRoleVerbs").source);
/** A clause that is only "corridor…的 + a short noun phrase" (no predicate): an apposition of roles. */
const ROLE_PHRASE = /^[”"」]?[^的了，,；;。]{0,6}的[^的了]{1,8}$/;
/** A frame ending the corridor's clause (“一带一路”建设中，): triggers.json clauseFrameEnds. */
const FRAME_END = new RegExp(`(?:${trigger("clauseFrameEnds").source})[”"」]?$`);
/** A word referring back to a place (该口岸, 这里, 由此: triggers.json placeBackReference). */
const BACK_REF = new RegExp(trigger("placeBackReference").source);
/** Words after a corridor that make it a modifier of its clause's subject (沿线, 上: corridorModifierFollowers). */
const MODIFIER_NEXT = new RegExp(`^[”"」]?(?:${trigger("corridorModifierFollowers").source})`);

/**
 * Whether the corridor's clause (its part after the corridor: `tail`) still speaks of the place of the clause
 * before: a list of the place's roles (甲港将打造成…的枢纽，“一带一路”的重要门户), a frame naming the place again
 * (“一带一路”建设中，甲市…), a word referring back to it (中欧班列途经该口岸), a modifier (…沿线, …上).
 */
function keepsPlace(rc: RelationContext, s: Mention, corr: Mention, cs: number): boolean {
  const [, ce] = clauseOf(rc.norm, corr.cs);
  const tail = rc.norm.slice(corr.ce, ce);
  if (ROLE_NOUN.test(tail) || ROLE_END.test(rc.norm.slice(Math.max(0, cs - 8), cs))) return true;
  if (ROLE_VERB.test(rc.norm.slice(s.ce, cs)) && ROLE_PHRASE.test(tail)) return true;
  if (FRAME_END.test(tail) || BACK_REF.test(tail) || MODIFIER_NEXT.test(tail)) return true;
  // (the place named again as the subject of a later clause: 甲市区位优越，“一带一路”建设中，甲市…)
  const end = sentenceEnd(rc.norm, corr.ce);
  return rc.ms.some((x) => x.id === s.id && x.cs >= ce && x.cs < end && ledClause(rc.norm, x.cs));
}

/**
 * 甲市制造业发达，深中通道等工程的建设为…提供了机会; 当前，“一带一路”倡议提供了机遇: a corridor that opens its own
 * clause (only times and adverbs before it) is that clause's subject; a place named in an earlier clause of the
 * sentence is not said to lie on it, unless the corridor's clause still speaks of the place (keepsPlace).
 */
function opensOwnClause(rc: RelationContext, s: Mention, corr: Mention): boolean {
  const cs = clauseStart(rc.norm, corr.cs);
  if (s.ce > cs || rc.fromCtx.has(s) || !ledClause(rc.norm, corr.cs)) return false;
  return !keepsPlace(rc, s, corr, cs);
}

/** An ON_CORRIDOR of a place and a corridor, evidence spanning both. */
const onLine = (s: Mention, corr: Mention) => ({
  type: "ON_CORRIDOR" as const,
  subj: s,
  source: s.id,
  target: corr.id,
  method: "pattern" as const,
  confidence: 0.75,
  cs: Math.min(s.cs, corr.cs),
  ce: Math.max(s.ce, corr.ce),
});

/**
 * A copula the place only hopes for or that is denied (有望成为, 力争成为, 计划成为: triggers.json partnerWish;
 * 不是, 曾经不是, 不再是: function-words.json negators with up to two negatedAdverbs), written between the place and
 * the corridor in one sentence: the place is said to be no node of it (mend25e). Only the words after the last
 * contrast are read (mend25k: 甲港不是普通的内河港，而是…的重要节点 keeps the node).
 */
const WISHED_COPULA = new RegExp(
  `(?:${trigger("partnerWish").source}|(?:${NEGATORS})(?:${NEGATED_ADVERBS}){0,2})(?:是|成为)`,
);
/** A contrast after a denied copula (triggers.json copulaContrast: 不是…，而是…), the last one in the text. */
const CONTRAST_LAST = new RegExp(
  `(?:${trigger("copulaContrast").source})(?!.*(?:${trigger("copulaContrast").source}))`,
);
function wishedCopula(rc: RelationContext, s: Mention, corr: Mention): boolean {
  if (s.ce > corr.cs) return false;
  const between = rc.norm.slice(s.ce, corr.cs);
  const contrast = CONTRAST_LAST.exec(between);
  const read = contrast ? between.slice(contrast.index + contrast[0].length) : between;
  return !/[。！？!?]/.test(between) && WISHED_COPULA.test(read);
}

/**
 * ON_CORRIDOR by trigger (融入, 节点, 依托, 打造…支点…): the subject of the corridor's clause (a zone,
 * area, province, city or port) lies on it. A corridor named as the background
 * of the clause (在…的基础上) gives nothing.
 */
export const onCorridor: RelationRule = {
  name: "on-corridor",
  types: ["ON_CORRIDOR", "CONNECTS"],
  find(rc) {
    const { norm, trigText, push, of, subjectBefore } = rc;
    // ON_CORRIDOR
    if (T_CORRIDOR.test(trigText)) {
      for (const corr of of("Corridor")) {
        // 为“一带一路”建设注入动能, 为高质量共建“一带一路”注入新动能: the corridor benefits, nothing is said to
        // lie on it (not after a verb that names what the subject becomes: 作为, 成为, 列为, 视为, 确定为, 认定为,
        // 评为, 选为, 命名为)
        if (benefits(rc, corr)) continue;
        // 在“丝绸之路经济带”深入推进的基础上: the corridor is the background of the clause
        if (BEFORE_BG.test(norm.slice(0, corr.cs)) && AFTER_BG.test(norm.slice(corr.ce))) continue;
        if (namesFacility(rc, corr) || alongRegions(rc, corr)) continue;
        // …；中老铁路口岸则依托…: a corridor (or a name made from it) opening the part after a semicolon
        // is that part's subject; no place before the semicolon lies on it
        if (/[;；][\s“"「]*$/.test(norm.slice(Math.max(0, corr.cs - 3), corr.cs))) continue;
        // a development zone as the nearest subject (重庆自贸区…重庆两江新区…融入“一带一路”) is the subject,
        // not the zone named before it; it lies only on a broad corridor it joins (zoneJoins: gold.json
        // gives 贵阳综保区…开行 none)
        const near = frontedSubject(rc, corr, SUBJ) ?? subjectBefore(corr, [...SUBJ, "DevZone"]);
        const serial = near && serialSubject(rc, corr, near);
        const placed = serial === null ? undefined : near && (serial ?? placeBehind(rc, near));
        const zone = placed && zoneOfPlace(rc, placed);
        // (the zone is a DevZone: the zoneJoins test below applies to it)
        const s = zone ?? placed;
        if (!s || (typeOf(s.id) === "DevZone" && !zoneJoins(rc, s, corr))) continue;
        if (modifiesHead(rc, s, corr) || wishedCopula(rc, s, corr)) continue;
        if (opensOwnClause(rc, s, corr)) continue;
        if (corr.parts.some((p) => p.id === s.id) || !statedInSentence(rc, corr, s)) continue;
        if (modifiesCorridor(rc, corr) || notCorridorSubject(rc, s, corr)) continue;
        // 山西省…开行首趟中欧班列: a city or province running a service is an end of its route
        const first = firstTrainOf(rc, s, corr);
        if (first && !isScheduledService(corr.id, rc.ms, rc.cat, rc.norm)) {
          if (alongLater(rc, s, corr)) push(onLine(s, corr));
          continue;
        }
        const end = first ? offService(rc, s, corr) : runsService(rc, s, corr);
        // (a city or province carried from the context with no word for it in the clause is no end of
        // the service, and lies on it only as its node; 全区开行中欧班列 names it, data/README.md)
        if (!end && rc.fromCtx.has(s) && !namedInClause(rc, corr) && offService(rc, s, corr)) continue;
        // (为广西、云南融入“一带一路”建设: each place listed before the subject of the purpose clause)
        if (!end) for (const x of purposeListJoins(rc, s, corr)) push(onLine(x, corr));
        push({
          type: end ? "CONNECTS" : "ON_CORRIDOR",
          subj: s,
          source: end ? corr.id : s.id,
          target: end ? s.id : corr.id,
          method: "pattern",
          confidence: 0.75,
          cs: Math.min(s.cs, corr.cs),
          ce: Math.max(s.ce, corr.ce),
        });
      }
    }
  },
};
