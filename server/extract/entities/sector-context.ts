import type { Catalog } from "../catalog";
import { CLAUSE_MARKS, clauseOf } from "../clauses";
import {
  alternatives,
  BUILT_AFTER,
  COUNT_NUMERAL,
  entityAlt,
  listAlt,
  readLexicon,
  SECTOR_FOCUS,
  SECTOR_SUFFIX_NOT_AFTER,
  triggerWords,
  ZONE_HEAD,
  ZONE_TYPE,
} from "../lexicon";
import { goodsListItem } from "./goods-lists";
import { tagWords } from "./segmenter";
import type { Mention } from "./types";

/** data/lexicon/industry.json, read once: its hub words and its words of goods. */
const industry = readLexicon<{
  modifiedHeads: string[];
  hubHeads: string[];
  centreHeads: string[];
  hubHeadNotBefore: string;
  roleVerbs: string[];
  roleClauseVerbs: string[];
  ladenExtra: string[];
  ladenNotBefore: string[];
  countClassifiers: string[];
  countMagnitudes: string[];
  capacityLeads: string[];
  capacityHeads: string[];
  stateAdverbs: string[];
  statePredicates: string[];
  stateGovernors: string[];
  stateClassNouns: string[];
  stateZoneWords: string[];
  effectVerbs: string[];
  effectNouns: string[];
}>("industry.json");
/** Nouns a sector word qualifies without naming a field (航运企业, 旅游城市): data/lexicon/industry.json. */
const MODIFIED_HEAD = new RegExp(`^(?:${alternatives(industry.modifiedHeads).source})`);

const hubs = industry;
/** Characters after a hub head that make it the start of another noun (中心仓, 枢纽站): industry.json. */
const NOT_HUB = `(?![${hubs.hubHeadNotBefore}])`;
/** Facility or hub nouns a sector word qualifies (data/lexicon/industry.json hubHeads). */
const HUB_HEAD = new RegExp(`^(?:${alternatives(hubs.hubHeads).source})${NOT_HUB}`);
/** The hub heads that name a place's role rather than a sector's base (航运中心, 航运枢纽; 产业基地 stays). */
const HUB_CENTRE = new RegExp(`^(?:${alternatives(hubs.centreHeads).source})${NOT_HUB}`);
/** Verbs that, in the clause before, make a hub named after a sector a role being built (打造国际物流中心). */
const ROLE_VERB = alternatives([...hubs.roleVerbs, ...hubs.roleClauseVerbs]);
/** A centre or hub that is a city's role (国际物流中心城市, 商贸物流枢纽城市): never a sector's base, whatever verb. */
const CITY_ROLE = new RegExp(`^(?:${alternatives(hubs.centreHeads).source})城市`);
const goods = industry;
/**
 * A load verb (triggers.json cargoLaden, as relations/carried-goods.ts reads it, plus industry.json ladenExtra) as a
 * word, not the start of a compound (运载火箭, 装载机), before the sector in its clause.
 */
const LADEN_BEFORE = new RegExp(
  `(?:${alternatives([...triggerWords("cargoLaden"), ...goods.ladenExtra]).source})(?!${alternatives(goods.ladenNotBefore).source})`,
);
/** A count right before the sector (8个数据中心, 2600辆新能源汽车, 3000吨光伏组件). */
const COUNTED = new RegExp(
  `${COUNT_NUMERAL}+\\s*(?:${alternatives(goods.countMagnitudes).source})?(?:${alternatives(goods.countClassifiers).source})\\s*$`,
);
/** A count that is the capacity of the sector's own cluster or base (年产50万辆新能源汽车产业集群). */
const CAPACITY_LEAD = alternatives(goods.capacityLeads);
const CAPACITY_HEAD = new RegExp(`^(?:${alternatives(goods.capacityHeads).source})`);

/**
 * A predicate of state closing the sector's clause, after further items of its list, 等 and a class noun
 * (industry.json stateClassNouns: 甲、乙等新业态发展蓬勃), the sector's 业/产业/行业 and 发展/实力/基础 at most, 发展 after it at most (甲市制造业发达, 乙产业发展蓬勃, 丙产业蓬勃发展, 丁产业实力雄厚,
 * 尤以甲、乙……最为突出): the text describes what a place already has, not a field it develops (industry.json
 * stateAdverbs, statePredicates), unless a verb of stateGovernors or a focus word stands before the sector in its
 * clause (推动乙产业蓬勃发展, 大力发展丙产业，…).
 */
const STATE_AFTER = new RegExp(
  `^(?:[、和及与][^${CLAUSE_MARKS}：:、和及与]{1,8}?)*(?:等(?:${alternatives(goods.stateClassNouns).source}))?(?:${entityAlt("ctxStateClassHeads")})?[…\\s]*(?:${entityAlt("ctxStateAspects")})?(?:${alternatives(goods.stateAdverbs).source})?` +
    `(?:${alternatives(goods.statePredicates).source})(?:发展)?(?=[${CLAUSE_MARKS}：:…]|$)`,
);
/**
 * A zone named in the passage, if only by a generic word (industry.json stateZoneWords: 片区, 自贸试验区…): a zone's
 * strengths count as its focus, as when the zone is a mention (自贸试验区挂牌以来，跨境电商蓬勃发展).
 */
const STATE_ZONE_WORD = alternatives(goods.stateZoneWords);
/** A verb before the sector in its clause that makes the state a goal pursued (推动乙产业蓬勃发展): industry.json stateGovernors. */
const STATE_GOVERNOR = alternatives(goods.stateGovernors);

/** 班列满载红酒、家具: goods a vehicle is loaded with, unless a focus word governs the sector (重点发展运载火箭). */
function ladenGoods(norm: string, a: number, m: Mention): boolean {
  const before = norm.slice(a, m.cs);
  return LADEN_BEFORE.test(before) && !SECTOR_FOCUS.test(before);
}

/** 8个数据中心, 2600辆新能源汽车: counted facilities or goods, not a capacity (年产50万辆新能源汽车产业集群). */
function countedGoods(norm: string, a: number, m: Mention): boolean {
  if (!COUNTED.test(norm.slice(Math.max(0, m.cs - 8), m.cs))) return false;
  return !CAPACITY_HEAD.test(norm.slice(m.ce)) && !CAPACITY_LEAD.test(norm.slice(a, m.cs));
}

/**
 * Words of a designation between a sector and a zone's head (甲业高新技术产业示范区, 乙经济产业试点园区): the sector
 * opens the zone's name as it does right before the head.
 */
const DESIGNATION_LEAD = /^(?:高新技术)?产业(?:试点)?/;
/**
 * A zone's head right after the sector, or after the words of a designation (DESIGNATION_LEAD); there the head
 * must be a word of its own: 区 opening a longer word the segmenter knows (区位, 区块, 区别于, 区分为, 区划, 区隔)
 * heads no zone, while 区 before another word does (甲产业区建设, 乙产业区分布在…, 丙产业区别具特色).
 */
function zoneNameHead(after: string, cat: Catalog): boolean {
  if (ZONE_HEAD.test(after)) return true;
  const rest = after.replace(DESIGNATION_LEAD, "");
  if (rest === after || !ZONE_HEAD.test(rest)) return false;
  const first = rest.startsWith("区") ? tagWords(rest.slice(0, 6), cat)[0] : undefined;
  return !first || first.word.length === 1;
}

/**
 * 对 opening the words before the sector in its clause and a verb of effect with its noun after it (对甲省乙产业发展
 * 具有重要的促进作用, 对加速乙有着积极作用, 对两国的乙业也起到重要作用: industry.json effectVerbs, effectNouns):
 * the sector is what something benefits, not a field a place develops.
 */
const EFFECT_AFTER = new RegExp(
  `^[^${CLAUSE_MARKS}：:]{0,16}?(?:${alternatives(goods.effectVerbs).source})[^${CLAUSE_MARKS}：:]{0,8}?(?:${alternatives(goods.effectNouns).source})`,
);

/**
 * The sector stands between 对 and a verb of effect in its clause (EFFECT_AFTER), and no zone is the subject
 * before 对 (a zone mention or a word of stateZoneWords: 某片区对数字经济发展发挥了引领作用 names the zone's own
 * field, whose growth it drives).
 */
function effectObject(norm: string, a: number, e: number, m: Mention, out: readonly Mention[]): boolean {
  const before = norm.slice(a, m.cs);
  const dui = before.lastIndexOf("对");
  // (相对, 针对, 面对, 应对, 绝对, 反对, 核对: 对 inside another word)
  if (
    dui < 0 ||
    /[相针面应绝反核]$/.test(before.slice(0, dui)) ||
    /^对[外接标口话照比]/.test(before.slice(dui)) ||
    before.length - dui > 16
  )
    return false;
  const zoneSubject =
    STATE_ZONE_WORD.test(before.slice(0, dui)) ||
    out.some((z) => ZONE_TYPE.test(z.id) && z.cs >= a && z.ce <= a + dui);
  return !zoneSubject && EFFECT_AFTER.test(norm.slice(m.ce, e));
}

/** Zones that develop sectors. */
/** Places that may own a facility named after a sector (哈尔滨冷链物流中心, 大连港冷链物流中心). */
const OWNER = /^(?:City|Province|Country|Port|Area|DevZone):/;

/** 哈尔滨冷链物流中心: a place written right before the sector owns the facility. */
function ownedHub(out: readonly Mention[], m: Mention): boolean {
  return out.some((p) => p.ce === m.cs && OWNER.test(p.id));
}

/**
 * 国际航运中心的地位: a centre or hub named after the sector is a role, unless a verb of building stands
 * in the clause before the sector or right after the head (打造国际物流中心, 推进算力枢纽, 物流枢纽建设).
 */
function roleHub(norm: string, a: number, m: Mention): boolean {
  const after = norm.slice(m.ce);
  return HUB_CENTRE.test(after) && !ROLE_VERB.test(norm.slice(a, m.cs)) && !BUILT_AFTER.test(after);
}

/** Clause and after-words of dropNonSectors (entity-words.json ctx* lists). */
const RULE_TALK = new RegExp(entityAlt("ctxRuleTalkWords"));
const RISK_AFTER = new RegExp(`^(${entityAlt("ctxRiskAfter")})`);
const GOODS_TALK = new RegExp(entityAlt("ctxGoodsTalkWords"));
const MARKET_AFTER = new RegExp(`^(${entityAlt("ctxMarketAfter")})`);
const TECH_TALK = new RegExp(`(${entityAlt("ctxTechQualifiers")})技术领域|${entityAlt("ctxResearchWords")}`);
const LIBERAL_AFTER = new RegExp(`^(${entityAlt("ctxLiberalAfter")})`);
const ASSET_AFTER = new RegExp(`^(等)?(${entityAlt("ctxAssetAfter")})`);
const COVERED = new RegExp(`(?:${entityAlt("ctxCoveringSubjects")})[，,]?涉及[^，,。；;：:]*$`);

/**
 * The class nouns of someone's trades (industry.json tradeClasses: 行业), then a bare 业 (tradeBareClasses) followed
 * by no character of sector-frames.json suffixNotAfter (lexicon.ts SECTOR_SUFFIX_NOT_AFTER: 业务, 业内).
 */
const TRADE_CLASSES = `${listAlt("industry.json", "tradeClasses")}|(?:${listAlt("industry.json", "tradeBareClasses")})(?![${SECTOR_SUFFIX_NOT_AFTER}])`;
/** A list of trades closed by a class noun and a holder of them (…和其他行业代表, …行业等某国企业家): industry.json. */
const TRADE_HELD = new RegExp(
  `^[^${CLAUSE_MARKS}]*?(?:${TRADE_CLASSES})(?:等)?[\\u4e00-\\u9fff]{0,4}?(?:${listAlt("industry.json", "tradeHolders")})`,
);
/** A verb of working in a trade before the sector, with a class noun after it (从事甲行业): industry.json. */
const TRADE_VERB = new RegExp(`(?:${listAlt("industry.json", "tradeVerbs")})`);
const TRADE_CLASS = new RegExp(`^[^${CLAUSE_MARKS}]*?(?:${TRADE_CLASSES})`);

/** Someone's trade, not a field a place develops: 甲、乙和其他行业代表 (any text), 从事甲行业 (with no zone in it). */
function peopleTrade(norm: string, a: number, e: number, m: Mention, hasZone: boolean): boolean {
  const after = norm.slice(m.ce, e);
  if (TRADE_HELD.test(after)) return true;
  return !hasZone && TRADE_VERB.test(norm.slice(a, m.cs)) && TRADE_CLASS.test(after);
}

/**
 * Removes (in place) industries whose clause shows they are not sectors being developed: trade rules
 * and chapters, risks, goods carried, technologies under research, counted facilities.
 */
export function dropNonSectors(norm: string, out: Mention[], cat: Catalog): void {
  const hasZone = out.some((m) => ZONE_TYPE.test(m.id));
  // An industry named in rule/treaty discourse (服务贸易规则, 金融服务条款, 电子商务章节) is a trade
  // category or chapter, not a sector being developed: drop it when its clause talks about rules.
  for (let k = out.length - 1; k >= 0; k--) {
    const m = out[k];
    if (!m?.id.startsWith("Industry:")) continue;
    const [a, e] = clauseOf(norm, m.cs);
    if (RULE_TALK.test(norm.slice(a, e))) out.splice(k, 1);
    // 跨境金融风险, 数据安全: a risk to guard against, not a sector
    else if (RISK_AFTER.test(norm.slice(m.ce))) out.splice(k, 1);
    // goods carried or traded (货物品类扩展至新能源汽车…, 进口煤炭等能源资源的货车, 电子、化工等多个品种,
    // 锂电池等大多数产品进入…市场; a load: 班列满载红酒、家具) and qualifiers of a
    // market or grid (国际新能源市场, 新能源电网) are not sectors being developed
    else if (
      GOODS_TALK.test(norm.slice(a, e)) ||
      ladenGoods(norm, a, m) ||
      goodsListItem(norm, m, out) ||
      MARKET_AFTER.test(norm.slice(m.ce))
    )
      out.splice(k, 1);
    // technologies and research directions (…等核心关键技术领域, 重点攻关方向) and trade categories
    // under liberalisation (促进服务贸易自由化便利化) are not sectors
    else if (TECH_TALK.test(norm.slice(a, e)) || LIBERAL_AFTER.test(norm.slice(m.ce))) out.splice(k, 1);
    // 临空经济区, 生物医药产业园, 甲业高新技术产业示范区: the head of a zone's name, not a sector
    else if (zoneNameHead(norm.slice(m.ce), cat)) out.splice(k, 1);
    // 发挥内河航运作用, 区位、港口、航运等优势, 国际物流大通道: an asset or a channel, not a sector
    else if (ASSET_AFTER.test(norm.slice(m.ce))) out.splice(k, 1);
    // 航运企业, 旅游城市, 跨境物流新通道, 服务贸易规模: a modifier of another noun, not a sector
    // (在生物医药产业方面: a topic written as X产业 names the sector)
    else if (MODIFIED_HEAD.test(norm.slice(m.ce)) && !/产业方面/.test(norm.slice(m.ce - 2, m.ce + 2)))
      out.splice(k, 1);
    // 上海国际航运中心, 哈尔滨冷链物流中心: a place's facility or hub named after the sector, not a
    // sector the text develops (打造国际物流中心, with no place before it, stays); 国际物流中心城市 is a
    // city's role even when it is pursued (推进…中心城市建设)
    else if (CITY_ROLE.test(norm.slice(m.ce))) out.splice(k, 1);
    else if (HUB_HEAD.test(norm.slice(m.ce)) && (ownedHub(out, m) || roleHub(norm, a, m))) out.splice(k, 1);
    // 签约的项目涉及物流、电子商务等领域: the fields signed projects or agreements cover, with no zone
    // in the sentence to develop them, are no industries of the text (…产业园…协议涉及 keeps them)
    else if (COVERED.test(norm.slice(0, m.cs)) && !hasZone) out.splice(k, 1);
    // 企业生产的新能源汽车: goods produced (and carried), not a sector
    else if (/生产的$/.test(norm.slice(Math.max(0, m.cs - 3), m.cs))) out.splice(k, 1);
    // 8个数据中心: counted facilities; 2600辆新能源汽车, 3000吨光伏组件: counted goods
    else if (countedGoods(norm, a, m)) out.splice(k, 1);
    // 甲、乙和其他行业代表, 从事甲行业几十年: someone's trade, not a field developed
    else if (peopleTrade(norm, a, e, m, hasZone)) out.splice(k, 1);
    // 对甲地乙产业发展具有重要作用: a sector an event or a project benefits, not a field developed
    else if (effectObject(norm, a, e, m, out)) out.splice(k, 1);
    // 甲市制造业发达, 乙产业发展蓬勃: a place's existing economy described, not a field it develops (a zone's
    // strengths in the passage stay: the sets count what a zone has built up as its focus)
    else if (
      !hasZone &&
      !STATE_ZONE_WORD.test(norm) &&
      STATE_AFTER.test(norm.slice(m.ce)) &&
      !STATE_GOVERNOR.test(norm.slice(a, m.cs))
    )
      out.splice(k, 1);
  }
}
