/**
 * The language's word lists (data/lexicon/*.json): name boundaries, generic morphemes, sector cues
 * and relation triggers. Lists of regex alternatives are joined in their order (the first alternative
 * that matches at a position wins, which matters where a rule looks at match ends).
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { NodeType } from "../../contracts/graph";
import { longestFirst } from "./longest-first";

export const LEXICON_DIR = fileURLToPath(new URL("../../data/lexicon", import.meta.url));

function read<T>(file: string): T {
  return JSON.parse(readFileSync(`${LEXICON_DIR}/${file}`, "utf8")) as T;
}

/** One regex from a list of alternatives. */
export function alternatives(list: readonly string[], flags = ""): RegExp {
  return new RegExp(list.join("|"), flags);
}

const boundaries = read<{
  strong: string[];
  visitVerbs: string[];
  portCallVerbs: string[];
  weak: string[];
  insideWords: string[];
  insideAcrossEnd: Record<string, string[]>;
}>("name-boundaries.json");
const generic = read<{ areaBases: string[]; nameMorphemes: string[]; agreementKinds: string[] }>(
  "generic-morphemes.json",
);
const industry = read<{
  cues: string[];
  notSectors: string[];
  nameVerbs: string[];
  notDevelopment: string[];
  genericModifiers: string[];
  classClosers: string[];
  closerHeads: string[];
  countedQualifiers: string[];
  countedClassNotBefore: string[];
  anchorFocusExtra: string[];
  anchorFocusBare: string[];
  anchorFocusNot: string[];
  centreHeads: string[];
  roleVerbs: string[];
  anchorZoneWords: string[];
}>("industry.json");
const triggers = read<Record<string, string[]>>("triggers.json");
const heads = read<{
  association: string[];
  chamber: string[];
  associationNotBefore: string;
  businessLines: string[];
  verbalBusinessLines: string[];
  ownershipEnds: string;
  organisation: string[];
  zoneHeads: string[];
  modifierHeads: string[];
  groupHeads: string[];
  groupHeadStops: string[];
  descriptive: string[];
  landforms: string[];
  federations: string[];
  foreignRegionHeads: string[];
  bracketedParts: string[];
  bracketedLineStops: string[];
  organisationTailStops: string[];
  bodyMeasures: string[];
  branchHeads: string[];
  bankShortNames: string[];
  legalForms: string[];
  bankClassWords: string[];
  companyClassWords: string[];
  localLevels: string[];
  chengWords: string[];
  nationalLevels: string[];
  eventHeads: string[];
  eventNameWords: string[];
  quotedNameTails: string[];
}>("name-heads.json");

/** Heads of associations' names (协会, 研究会…) and of local chambers (商会, 工商联…): name-heads.json. */
export const ASSOCIATION_HEADS: string = heads.association.join("|");
export const CHAMBER_HEADS: string = heads.chamber.join("|");
/** Heads of a federation of associations that may follow an association's head (商会联盟): name-heads.json. */
export const FEDERATION_HEADS: string = heads.federations.join("|");
/** Characters after such a head that make it the start of the next word (会展, 联动, 会同), as a class body. */
export const ASSOCIATION_NOT_BEFORE: string = charClassBody(heads.associationNotBefore);
/** Business lines the segmenter joins to a company head (控股集团, 投资公司), as an alternation. */
export const BUSINESS_LINES: string = heads.businessLines.join("|");
/** Business lines the segmenter reads as verbs (建设: name-heads.json verbalBusinessLines). */
export const VERBAL_BUSINESS_LINES: readonly string[] = heads.verbalBusinessLines;
/** Last characters of words of ownership (省管, 央属, 市办, 国营): no brand, as a class body. */
export const OWNERSHIP_ENDS: string = charClassBody(heads.ownershipEnds);
/** Words an unseen name cannot contain (strong) or contains only after a known place (weak). */
export const STRONG_STOPS: readonly string[] = boundaries.strong;
export const WEAK_STOPS: readonly string[] = boundaries.weak;
/** Verbs of visiting or studying (参观, 考察, 就读于) that end the words before a university's name. */
export const VISIT_VERBS: readonly string[] = boundaries.visitVerbs;
/** Verbs of a ship's call (首航, 停靠, 驶往) that end the words before an unseen port's name; not strong stops. */
export const PORT_CALL_VERBS: readonly string[] = boundaries.portCallVerbs;
/** Common words that hold a catalogued name without naming it (出海口 holds 海口). */
export const INSIDE_WORDS: readonly string[] = [
  ...boundaries.insideWords,
  // rivers named like the city beside them (图们江 holds 图们): data/lexicon/rivers.json
  ...read<{ names: string[] }>("rivers.json").names,
];
/** Common words that run across the end of an inside word (北海道路: 北海 and 道路), by inside word (name-boundaries.json). */
export const INSIDE_ACROSS_END: ReadonlyMap<string, readonly string[]> = new Map(
  Object.entries(boundaries.insideAcrossEnd),
);
/** Bases that do not make an area name (重点片区, 自贸片区). */
export const GENERIC_AREA: ReadonlySet<string> = new Set(generic.areaBases);
/** The words closing an agreement's name and joining its kind words (agreement-titles.json). */
const agreementTitleWords = read<{ agreementHeads: string[]; kindJoiners: string[] }>(
  "agreement-titles.json",
);
/**
 * A title made of kind words alone (经济合作协议, 自由贸易协定, 投资促进和保护协定): runs of generic-morphemes.json
 * agreementKinds joined by agreement-titles.json kindJoiners (和, 与, 及) and closed by its agreementHeads (协定, 协议).
 */
const agreementKinds = `(?:${generic.agreementKinds.join("|")})+`;
export const GENERIC_AGREEMENT_TITLE = new RegExp(
  `^${agreementKinds}(?:(?:${agreementTitleWords.kindJoiners.join("|")})${agreementKinds})*(?:${agreementTitleWords.agreementHeads.join("|")})$`,
);
/**
 * Characters after a bare 业 that make it another word (业务, 业主, 业者, 业绩, 业内): sector-frames.json suffixNotAfter,
 * as a class body; read by entities/sector-context.ts (the bare class noun of someone's trade: industry.json
 * tradeBareClasses) and entities/sector-frames.ts (TRADE_SUFFIX).
 */
export const SECTOR_SUFFIX_NOT_AFTER: string = charClassBody(
  read<{ suffixNotAfter: string[] }>("sector-frames.json").suffixNotAfter.join(""),
);
/** Morphemes that make a base descriptive (边境口岸, 深水港) rather than a name. */
export const GENERIC_MORPHEMES = alternatives(generic.nameMorphemes);
/** Words that open a list of sectors (global: rules look for the last one of a clause). */
export const INDUSTRY_CUE = alternatives(industry.cues, "g");
export const INDUSTRY_CUE_1 = alternatives(industry.cues);
/** Items of such lists that are not sectors: institutions, policies, places, processes, quantities. */
export const INDUSTRY_STOP = alternatives(industry.notSectors);
/** Verbs and function words after which an X产业 name starts. */
export const INDUSTRY_VERB = alternatives(industry.nameVerbs, "g");
/** Clauses about cooperation, opening, regulation or gaps: their field lists are not sectors. */
export const INDUSTRY_NOT_DEV = alternatives(industry.notDevelopment);
/** A short modifier (at most four characters) and a class noun (特色优势产业, 现代服务业): industry.json classClosers. */
const CLASS_NOUN = `([\\u4e00-\\u9fff]{0,4}?)(?:${industry.classClosers.join("|")})`;
/** 等 and a class noun closing a list glued to its last item (教育医疗等现代服务业 → 教育医疗). */
export const INDUSTRY_CLASS_CLOSER = new RegExp(`等${CLASS_NOUN}$`);
/** Two class nouns joined after 等 (A、B等先进制造和特色优势产业): group 1 is the first one's modifier. */
export const INDUSTRY_CLASS_PAIR = new RegExp(`^${CLASS_NOUN}[和与及][\\u4e00-\\u9fff]{1,4}$`);
/**
 * People or bodies a list's class noun qualifies (…等行业专家, …等领域组织): triggers.json personHeads (not
 * 代表性) and industry.json closerHeads (bodies, and people personHeads lacks).
 */
export const INDUSTRY_CLOSER_HEAD = new RegExp(
  `^(?:(?:${triggerWords("personHeads").join("|")})(?!性)|${industry.closerHeads.join("|")})`,
);
/** Modifiers that are not sector names before 产业 (相关产业, 主导产业, 新兴产业…). */
export const INDUSTRY_GENERIC = alternatives(industry.genericModifiers);
/**
 * Common nouns of zones and their anaphors (自贸试验区, 片区, 该区…: industry.json anchorZoneWords, whole words), as
 * regex alternatives: a passage that has one speaks of zones (read by sector-anchor.ts, cooperation-fields.ts and
 * pair-sectors.ts).
 */
export const ZONE_WORD = alternatives(industry.anchorZoneWords);
/** Qualifiers between a count of kinds and 产业 (三大主导产业), as regex alternatives. */
export const INDUSTRY_COUNTED_QUALIFIERS: string = industry.countedQualifiers.join("|");
/** Heads of a place or factor that 产业/行业 of a count of kinds must not open (组团, 片区, 要素), as regex alternatives. */
export const INDUSTRY_COUNTED_NOT_BEFORE: string = industry.countedClassNotBefore.join("|");

/** Words written in brackets before a company's legal form as part of its name ((集团), (控股)). */
export const BRACKETED_PARTS: readonly string[] = heads.bracketedParts;
/** Zone and park head characters that make a run after a bracketed place no business line (bracketed-companies.ts). */
export const BRACKETED_LINE_STOPS: readonly string[] = heads.bracketedLineStops;
/** Heads of a bank's branch after its place (分行, 支行), as an alternation. */
export const BRANCH_HEADS: string = heads.branchHeads.join("|");
/** Short names of the large state banks (农行, 工行), as an alternation. */
export const BANK_SHORT_NAMES: string = heads.bankShortNames.join("|");
/** The legal forms closing a company's name, longest first (股份有限公司|有限责任公司|有限公司: name-heads.json legalForms). */
export const LEGAL_FORMS: string = heads.legalForms.join("|");
/** Words that class or count banks (外资, 商业, 股份制, 各, 多家: name-heads.json bankClassWords), as regex alternatives. */
export const BANK_CLASS_WORDS: string = heads.bankClassWords.join("|");
/** A bank named only by words that class or count banks (外资银行, 各商业银行, 国有大型银行): a class of
 * banks, no bank (tested at the start of a bank's name: bank-branches.ts, unseen-names.ts). */
export const BANK_CLASS_ONLY = new RegExp(`^(?:${BANK_CLASS_WORDS})*银行`);
/** A company named only by words that class companies or banks (上市公司, 外资集团: name-heads.json
 * companyClassWords and bankClassWords): a class of firms, no name (unseen-names.ts). */
export const COMPANY_CLASS_ONLY = new RegExp(
  `^(?:${[...heads.companyClassWords, ...heads.bankClassWords].join("|")})+(?:公司|集团|企业)$`,
);
/** A local level of government ending the text before a national body's short name (省|国资委), as a regex. */
const LOCAL_LEVEL_BEFORE = new RegExp(`(?:${heads.localLevels.join("|")})$`);
/** Words 城 opens (城市, 城乡, 城建, 城墙: name-heads.json chengWords), as regex alternatives. */
export const CHENG_WORDS: string = heads.chengWords.join("|");
/** The national level before a body's short name (中央政府, 国家级, 国务院: name-heads.json nationalLevels). */
const NATIONAL_LEVEL_BEFORE = new RegExp(`(?:${heads.nationalLevels.join("|")})$`);
/** A local level of government (省, 市, 省级, 省政府) right before position `i`, and no national one
 * (中央政府国资委, 国家级发改委 name the national body). */
export function afterLocalLevel(norm: string, i: number): boolean {
  if (NATIONAL_LEVEL_BEFORE.test(norm.slice(Math.max(0, i - 4), i))) return false;
  return LOCAL_LEVEL_BEFORE.test(norm.slice(Math.max(0, i - 2), i));
}
/** Zone-name heads right after a sector word (临空经济区). */
/** The node types of zones, areas and development zones, as a mention id's prefix (read by the sector rules). */
export const ZONE_TYPE = /^(?:Area|FreeTradeZone|DevZone):/;
export const ZONE_HEAD = new RegExp(`^(${heads.zoneHeads.join("|")})`);
/** Nouns a name only qualifies (海上丝绸之路指数). */
export const MODIFIER_HEAD = new RegExp(`^(${heads.modifierHeads.join("|")})`);
/** Group nouns an agreement's name qualifies (RCEP原产地规则培训团, DEPA工作组): name-heads.json groupHeads. */
export const GROUP_HEAD = new RegExp(`^(${heads.groupHeads.join("|")})`);
/** Verbs that open a new clause between an agreement and a group head (name-heads.json groupHeadStops). */
export const GROUP_HEAD_STOP = new RegExp(heads.groupHeadStops.join("|"));
/** Evaluative or quantifying words: a phrase holding one is a description, not a name. */
export const DESCRIPTIVE = alternatives(heads.descriptive);
/** Heads of the names of fairs, forums and summits (name-heads.json eventHeads). */
export const EVENT_HEADS: readonly string[] = heads.eventHeads;
/** Words an event's name is made of between its opening place and its head (name-heads.json eventNameWords). */
export const EVENT_NAME_WORDS: readonly string[] = heads.eventNameWords;
/** Rests of a quote after its opening place that make the quote a name or designation (name-heads.json quotedNameTails). */
export const QUOTED_NAME_TAILS: readonly string[] = heads.quotedNameTails;
/** Landform nouns (高原, 盆地, 山区…): after a run of province abbreviations they close a place name (name-heads.json). */
export const LANDFORMS: readonly string[] = heads.landforms;
/** Heads of a foreign first-level region read as a city (魁北克省, 忠清北道): name-heads.json. */
export const FOREIGN_REGION_HEADS: string = heads.foreignRegionHeads.join("|");

const stages = read<Record<string, string[]> & { order: string[] }>("stages.json");
/** Stages of a relation to an agreement, in the order they are tried. */
/** Adverbs of time between a party's pursuit and its joining (争取尽早加入, 推动未来加入): stages.json accessionAdverbs. */
export const ACCESSION_ADVERBS: string = (stages.accessionAdverbs ?? []).join("|");
export const STAGES: readonly { stage: string; re: RegExp }[] = stages.order.map((stage) => ({
  stage,
  re: alternatives((stages[stage] ?? []).map((p) => p.replaceAll("{accessionAdverbs}", ACCESSION_ADVERBS))),
}));

/**
 * A signing verb whose object is an application (签署了申请加入RCEP的正式文件, 签署加入DEPA的申请书, 签署RCEP
 * 申请表格: stages.json signedApplication): the signing is part of applying and states no signing (global).
 */
export const SIGNED_APPLICATION = new RegExp((stages.signedApplication ?? []).join("|") || "(?!)", "g");

const negotiationGap = `(?:${(stages.negotiationGap ?? []).join("|")})*`;
/** A negotiation noun that only qualifies what the talks produced (谈判成果, 谈判达成的文本, 协商一致的文本). */
const negotiationNoun = `(?:${(stages.negotiationNouns ?? []).join("|")})(?!${(stages.negotiationProducts ?? []).join("|")})`;
/**
 * Right after an agreement's name: it is the object of talks (…协定谈判正式启动, 升级谈判, 3.0版谈判,
 * 取得新进展), so the clause states no stage of it (stages.json negotiationNouns, negotiationProgress).
 */
export const NEGOTIATED_AFTER = new RegExp(
  `^${negotiationGap}(?:${[negotiationNoun, ...(stages.negotiationProgress ?? [])].join("|")})`,
);
/** Anywhere later in the clause after an agreement's name: talks (…早日启动谈判, …谈判多年停滞; stages.json negotiationNouns). */
export const NEGOTIATION_IN_CLAUSE = new RegExp(`^[^，,；;。]*${negotiationNoun}`);
/** Right after an agreement's name: a numbered round of its talks (第五轮谈判, 第一次磋商; stages.json negotiationRound). */
export const NEGOTIATION_ROUND_AFTER = new RegExp(
  `^${negotiationGap}(?:${(stages.negotiationRound ?? []).join("|")})(?:${(stages.negotiationNouns ?? []).join("|")})`,
);

const handPickedCities = read<{ cities: Record<string, string[]> }>("foreign-cities.json").cities;
/** The hand-picked foreign cities (data/lexicon/foreign-cities.json), which alone may stand without context. */
export const HAND_PICKED_CITIES: ReadonlySet<string> = new Set(Object.values(handPickedCities).flat());
/**
 * Foreign cities by catalog country name: the hand-picked ones (data/lexicon/foreign-cities.json), then
 * those of the larger generated gazetteer (data/lexicon/foreign-cities-world.json) that they lack.
 */
export const FOREIGN_CITIES: ReadonlyMap<string, readonly string[]> = (() => {
  const world = read<{ cities: Record<string, string[]> }>("foreign-cities-world.json").cities;
  const out = new Map(Object.entries(handPickedCities));
  for (const [country, names] of Object.entries(world))
    out.set(country, [...new Set([...(out.get(country) ?? []), ...names])]);
  return out;
})();

const suffixes = read<Record<string, string[] | string>>("name-suffixes.json");
/** Heads of unseen names and the type they give, longest first. */
export const NAME_SUFFIXES: readonly [string, NodeType][] = Object.entries(suffixes)
  .filter((e): e is [string, string[]] => Array.isArray(e[1]))
  .flatMap(([type, heads]) => heads.map((h) => [h, type as NodeType] as [string, NodeType]))
  .sort((a, b) => b[0].length - a[0].length);

/** The words of a trigger list, by name (see data/lexicon/triggers.json). */
export function triggerWords(name: string): readonly string[] {
  const list = triggers[name];
  if (!Array.isArray(list)) throw new Error(`lexicon: no trigger list "${name}" in triggers.json`);
  return list;
}

/** Trigger words of a relation rule, by name (see data/lexicon/triggers.json), as one regex. */
export function trigger(name: string): RegExp {
  return alternatives(triggerWords(name));
}

/**
 * The FOCUSES_ON triggers (triggers.json focus, read by relations/focus.ts) less industry.json anchorFocusNot, plus
 * anchorFocusExtra: what states a focus after a place (entities/sector-anchor.ts) and frames a sector
 * (entities/sector-frames.ts).
 */
export const PLACE_FOCUS_WORDS: readonly string[] = [
  ...triggerWords("focus").filter((w) => !industry.anchorFocusNot.includes(w)),
  ...industry.anchorFocusExtra,
];
/**
 * What states a focus on its own, before the sector in its clause: PLACE_FOCUS_WORDS less the bare words
 * (industry.json anchorFocusBare: 发展, 重点…). Read by the sector rules of entities/.
 */
export const SECTOR_FOCUS = alternatives(
  PLACE_FOCUS_WORDS.filter((w) => !industry.anchorFocusBare.includes(w)),
);
/**
 * A verb of building right after a hub's head (国际物流枢纽建设, 数据中心项目建设): industry.json centreHeads and
 * roleVerbs. Read by entities/sector-context.ts and entities/sector-frames.ts.
 */
export const BUILT_AFTER = new RegExp(
  `^(?:${alternatives(industry.centreHeads).source})(?:项目)?(?:${alternatives(industry.roleVerbs).source})`,
);

/**
 * A word of seeking or building a status ending the words before a name (申报, 争取, 打造, 创建: designation-zones.json
 * claimsBefore): the name is a target, not a place. Read by entities/designation-zones.ts (before a host city) and
 * entities/ports.ts (ending a port's base: 申报国际口岸).
 */
export const CLAIM_END = new RegExp(
  `(?:${read<{ claimsBefore: string[] }>("designation-zones.json").claimsBefore.join("|")})$`,
);

const media = read<{
  heads: string[];
  cuesAfter: string[];
  labelsBefore: string[];
  notOutlets: string[];
  bylineTails: string[];
}>("media.json");
/** Heads of news media names (…新闻网, …日报, …在线, …网, …社), longest first. */
export const MEDIA_HEADS: readonly string[] = [...media.heads].sort((a, b) => b.length - a.length);
/** Words after a media name in datelines and bylines (记者, 讯, 电, 报道…). */
export const MEDIA_CUE_AFTER = alternatives(media.cuesAfter, "g");
/** The same words as a list (byline-names.ts builds its dateline and title cues from them). */
export const MEDIA_CUES: readonly string[] = media.cuesAfter;
/** Reporters' titles (记者, 全媒体记者, 通讯员): the cue words ending in 者 or 员 (byline-names.ts, media-outlets.ts,
 * dateline-outlets.ts). */
export const REPORTER_TITLES: readonly string[] = media.cuesAfter.filter((w) => /[者员]$/.test(w));
/** A reporter's title anywhere in the text tested: no outlet's name holds one (media-outlets.ts, dateline-outlets.ts). */
export const REPORTER_TITLE = new RegExp(REPORTER_TITLES.join("|"));
/** Filing words after a place inside a byline (郑州报道, 南宁摄影, 太原分站). */
export const BYLINE_TAILS: ReadonlySet<string> = new Set(media.bylineTails);
/** Labels before a media name (来源：…). */
export const MEDIA_LABEL_BEFORE = new RegExp(`(?:${media.labelsBefore.join("|")})\\s*[:：]\\s*`, "g");
/** Generic sources that end with a media head but name no outlet (图源：互联网, 来源：网络). */
export const MEDIA_NOT_OUTLETS: ReadonlySet<string> = new Set(media.notOutlets);

const cnCities = read<{ cities: Record<string, string[]>; suffixOnly: Record<string, string[]> }>(
  "cn-cities.json",
);
/** Prefecture-level cities of China by canonical province name (data/lexicon/cn-cities.json). */
export const CN_CITIES: ReadonlyMap<string, readonly string[]> = new Map(Object.entries(cnCities.cities));
/** Each city of a province's list → that province (a name listed twice keeps the last province). */
const provinceOf = (lists: Record<string, string[]>): ReadonlyMap<string, string> =>
  new Map(Object.entries(lists).flatMap(([province, names]) => names.map((c) => [c, province] as const)));
/** The province of each city of CN_CITIES (prefecture-cities.ts, ecommerce-pilot-zones.ts). */
export const CN_CITY_PROVINCE: ReadonlyMap<string, string> = provinceOf(cnCities.cities);
/** Prefecture-level cities read only with 市 or before a zone's head (cn-cities.json suffixOnly: 德州市, 台中市),
 * with their provinces. */
export const CN_SUFFIX_ONLY_PROVINCE: ReadonlyMap<string, string> = provinceOf(cnCities.suffixOnly);

const cnCounties = read<{ counties: Record<string, string[]> }>("cn-counties.json");
/** County-level full names (金水区, 安岳县, 赤水市) → their province, or "" when several provinces hold the name
 * (鼓楼区): data/lexicon/cn-counties.json. */
export const COUNTY_PROVINCE_OF: ReadonlyMap<string, string> = (() => {
  const map = new Map<string, string>();
  for (const [province, names] of Object.entries(cnCounties.counties))
    for (const c of names) map.set(c, map.has(c) && map.get(c) !== province ? "" : province);
  return map;
})();
/** Bare county-level name (安岳, 赤水) → full name, for names whose base has two characters or more. */
export const COUNTY_FULL_OF: ReadonlyMap<string, string> = (() => {
  const map = new Map<string, string>();
  for (const full of COUNTY_PROVINCE_OF.keys()) {
    const base = full.replace(/(自治县|自治旗|县|区|市|旗)$/, "");
    // a bare name that is also a direction or part word (南部, 东方, 城中) is left to its full form
    if (base.length >= 2 && !/^[东南西北中上下内外城郊][部方区中]$/.test(base) && !map.has(base))
      map.set(base, full);
  }
  return map;
})();
/**
 * Whether a place name as written (凭祥, 江津区, 珲春市) is a county-level division of the gazetteer: a
 * district, county, banner or county-level city, in full or bare (entities/county-gazetteer.ts reads the same
 * data; relations/province-ports.ts asks this).
 */
export function isCountyLevel(written: string): boolean {
  return (
    COUNTY_PROVINCE_OF.has(written) || COUNTY_FULL_OF.has(written) || COUNTY_PROVINCE_OF.has(`${written}市`)
  );
}

/** Every city of the foreign gazetteer, whatever its country (a route's stops are written without it). */
export const GAZETTEER_CITIES: ReadonlySet<string> = new Set([...FOREIGN_CITIES.values()].flat());
const LONGEST_CITY = Math.max(...[...GAZETTEER_CITIES].map((name) => name.length));

/** The longest name of `names` (a gazetteer's cities, all or a country's) that `rest` starts with. */
export function cityPrefix(names: ReadonlySet<string>, rest: string): string | undefined {
  for (let len = Math.min(LONGEST_CITY, rest.length); len >= 2; len--)
    if (names.has(rest.slice(0, len))) return rest.slice(0, len);
  return undefined;
}

/** One-character abbreviations of major cities in service names (data/lexicon/city-abbreviations.json). */
export const CITY_ABBREVIATIONS: ReadonlyMap<string, string> = new Map(
  Object.entries(read<{ cities: Record<string, string> }>("city-abbreviations.json").cities),
);

const parkHeads = read<{ parks: string[]; zones: string[]; opensBefore: string[] }>("park-heads.json");
const categoryHeads = read<{ opensBefore: string[]; copulas: string[]; definitions: string[] }>(
  "category-heads.json",
);
/** Copulas that make the rest of a clause a predicate (是, 升级为, 均为: data/lexicon/category-heads.json),
 * longest first; a preposition 为 or 因为 is none. */
export const CATEGORY_COPULAS: readonly string[] = [...categoryHeads.copulas].sort(
  (a, b) => b.length - a.length,
);
/** Words after 是 that open a definition of its subject (一种, 是指: data/lexicon/category-heads.json). */
export const CATEGORY_DEFINITIONS: readonly string[] = categoryHeads.definitions;
/**
 * Words before which a development-zone category (产业园, 综保区) starts its own phrase instead of being
 * the head of a longer name (data/lexicon/category-heads.json): 建设, 利用, 个, 级.
 */
export const CATEGORY_OPENERS: readonly string[] = categoryHeads.opensBefore;
/** Facility heads of partner-named parks (data/lexicon/park-heads.json): 产业园, 示范园, 合作基地. */
export const PARK_HEADS: readonly string[] = [...parkHeads.parks].sort((a, b) => b.length - a.length);
/** Designation heads (示范区, 合作区): a park name only after a place (data/lexicon/park-heads.json). */
export const ZONE_HEADS: readonly string[] = [...parkHeads.zones].sort((a, b) => b.length - a.length);
/** Words that end the text before a park's name (park-heads.json opensBefore: 共建, 入驻, 由, 和), at the end of
 * the text tested: read by the region-compound and bilateral-abbreviation parks. */
export const PARK_OPENS_BEFORE = new RegExp(`(?:${parkHeads.opensBefore.join("|")})$`);

/**
 * One-character abbreviations of partner countries the catalog's abbr field lacks (尼 → 尼泊尔, 新 → 新加坡;
 * data/lexicon/bilateral-abbreviations.json): read by the bilateral compounds (china-pair.ts) and the
 * agreement names (fta-names.ts).
 */
const bilateral = read<{ partners: Record<string, string>; secondReadings: Record<string, string[]> }>(
  "bilateral-abbreviations.json",
);
export const PARTNER_ABBREVIATIONS: Readonly<Record<string, string>> = bilateral.partners;

/** The formal words of a state after its short name (fta-names.json stateForms of two characters or more: 王国),
 * longest first: read by the ports (柬埔寨王国戈公港 → 戈公港) and the unseen names. */
export const STATE_FORMS: readonly string[] = read<{ stateForms: string[] }>("fta-names.json")
  .stateForms.filter((f) => f.length > 1)
  .sort((a, b) => b.length - a.length);
/**
 * The other countries a one-character partner may stand for when a passage names one of them and not the usual
 * country (尼 → 尼加拉瓜, 新 → 新西兰, 巴 → 巴西; bilateral-abbreviations.json secondReadings; china-pair.ts).
 */
export const PARTNER_SECOND_READINGS: Readonly<Record<string, readonly string[]>> = bilateral.secondReadings;

/**
 * One-character abbreviations of regions that join province compounds but are no catalog province
 * abbreviation (港, 澳, 台 → their Province ids: data/lexicon/compound-abbreviations.json members).
 */
export const REGION_ABBREVIATIONS: Readonly<Record<string, string>> = read<{
  members: Record<string, string>;
}>("compound-abbreviations.json").members;

const functionWords = read<{
  inName: string[];
  openers: string[];
  clauseLinks: string[];
  clauseTimes: string[];
  countNumerals: string[];
  countBefore: string[];
  countAfter: string[];
  singleCounts: string[];
  demonstratives: string[];
  copulaAdverbs: string[];
  allPredicates: string[];
  conjunctions: string[];
  negators: string[];
  negatedAdverbs: string[];
  clauseOpeners: string[];
}>("function-words.json");
/** Words denying what follows them (未, 没有, 不: function-words.json negators), as regex alternatives. */
export const NEGATORS: string = functionWords.negators.join("|");
/** Epithets of regions and routes (天府, 齐鲁, 丝路: service-epithets.json; read by entities/quoted-services.ts and relations/name-internal.ts). */
export const SERVICE_EPITHETS: readonly string[] = read<{ epithets: string[] }>(
  "service-epithets.json",
).epithets;
/** Adverbs and modals between a negator and the verb it denies (正式, 能, 会: function-words.json negatedAdverbs). */
export const NEGATED_ADVERBS: string = functionWords.negatedAdverbs.join("|");
/**
 * Words denying that a route exists, before its chain in its clause (尚无甲至乙的班列) or after the service (不存在):
 * triggers.json "routeAbsentBefore"; read by relations/routes.ts and entities/bracketed-services.ts.
 */
export const ABSENT_BEFORE = new RegExp(`${trigger("routeAbsentBefore").source}|^无(?!锡)`);
/**
 * A run verb denied in the service's clause (未能开行, 尚未开行, 暂未开通: NEGATORS, up to two NEGATED_ADVERBS,
 * triggers.json "routeRunDenied"); read by relations/routes.ts and entities/bracketed-services.ts.
 */
export const RUN_DENIED = new RegExp(
  `(?:${NEGATORS})(?:${NEGATED_ADVERBS}){0,2}(?:${trigger("routeRunDenied").source})`,
);
/**
 * A word denying what follows it, at the end of a text (尚未, 暂未, 没有), or before up to two adverbs or modals
 * (function-words.json negatedAdverbs: 没有正式, 未能, 不会, 尚未正式).
 */
export const NEGATED = new RegExp(`(${NEGATORS})(?:${NEGATED_ADVERBS}){0,2}$`);
/** The characters of a list of single characters (each item checked: one UTF-16 code unit). */
function singleChars(list: readonly string[], what: string): string {
  for (const c of list)
    if (c.length !== 1) throw new Error(`lexicon: "${c}" of ${what} is not one character`);
  return list.join("");
}
/** Function characters no name's own part holds (的是在了为将把对从以向: data/lexicon/function-words.json). */
export const NAME_FUNCTION_CHARS: string = singleChars(functionWords.inName, "function-words.json inName");
/** Characters after which a name may start inside a run of Han text (在由经和与及、的是向对). */
export const NAME_OPENER_CHARS: string = singleChars(functionWords.openers, "function-words.json openers");
/** Words after which 都 is the adverb (都在, 都已: function-words.json allPredicates), as regex alternatives. */
export const ALL_PREDICATES: string = functionWords.allPredicates.join("|");
/** Conjunctions and the list comma (与和及、): they join two phrases, never two parts of one name. */
export const CONJUNCTION_CHARS: string = singleChars(
  functionWords.conjunctions,
  "function-words.json conjunctions",
);
/** Words that open a clause before a name (这是, 此为, 来自: function-words.json clauseOpeners), as regex alternatives. */
export const CLAUSE_OPENERS: string = functionWords.clauseOpeners.join("|");
/** Connectives that may open a clause before its subject (同时, 此外), as regex alternatives. */
export const CLAUSE_LINKS: string = functionWords.clauseLinks.join("|");
/** Time words that may open a clause before its subject (此前, 目前, 过去), as regex alternatives. */
export const CLAUSE_TIMES: string = functionWords.clauseTimes.join("|");
/** Adverbs and day words between a subject and its copula (正式, 已经, 也, 今天), as regex alternatives. */
export const COPULA_ADVERBS: string = functionWords.copulaAdverbs.join("|");
/** One numeral of a count before its classifier (12条, 两条, 几个), as a regex character class source. */
export const COUNT_NUMERAL: string = `[0-9${charClassBody(singleChars(functionWords.countNumerals, "function-words.json countNumerals"))}]`;
/**
 * A count of bodies with its measure word (八十所, 两家, 二十余所, 逾百家, 首家, 每所: function-words.json countBefore,
 * countAfter and singleCounts, name-heads.json bodyMeasures), as a regex source: the bodies are counted, none is named.
 */
export const COUNTED_BODIES: string = `(?:(?:${functionWords.countBefore.join("|")})?${COUNT_NUMERAL}+(?:${functionWords.countAfter.join("|")})?|${functionWords.singleCounts.join("|")})(?:${heads.bodyMeasures.join("|")})`;
/** Characters that point to or pick out a thing before its measure word (这批, 该家, 各批, 首批: function-words.json
 * demonstratives and singleCounts), one character each. */
export const POINTING_CHARS: string =
  singleChars(functionWords.demonstratives, "function-words.json demonstratives") +
  singleChars(functionWords.singleCounts, "function-words.json singleCounts");
/** A count of bodies anywhere in the text tested (四川两所大学: COUNTED_BODIES). */
export const COUNTED_BODIES_IN = new RegExp(COUNTED_BODIES);
/** A count of bodies ending the text tested (…两家, …三所: COUNTED_BODIES), as a rule reads it right before a name. */
export const COUNTED_BODIES_BEFORE = new RegExp(`${COUNTED_BODIES}$`);
/**
 * A name continuing up to an organisation suffix (an alias right before it is inside that name); a stop word
 * (政府, 与) or a count of bodies (四川两所大学) ends the place's own name before the head.
 */
export const ORGANISATION_TAIL = new RegExp(
  `^(?:(?!${heads.organisationTailStops.join("|")}|${COUNTED_BODIES})[\\u4e00-\\u9fff]){0,8}?(${heads.organisation.join("|")})`,
);
/** data/lexicon/compound-leads.json, read once (entities/date-days.ts reads its day-number lists itself). */
const compoundLeads = read<{ extra: string[]; dayLeads: string[]; dayNumerals: string[] }>(
  "compound-leads.json",
);
/**
 * Characters that open a phrase before a compound of country abbreviations, not its first member (以中欧班列为…,
 * 新中欧班列线路): the shared function characters (inName, openers) and the extra members of
 * data/lexicon/compound-leads.json (新, new).
 */
export const COMPOUND_LEAD_CHARS: string = [
  ...new Set(
    NAME_FUNCTION_CHARS + NAME_OPENER_CHARS + singleChars(compoundLeads.extra, "compound-leads.json extra"),
  ),
].join("");
/**
 * What makes a following 日 a day, not 日本 (3日, 今日, 近日): numerals and the dayLeads of
 * data/lexicon/compound-leads.json, as a regex character class source.
 */
export const DAY_LEAD: string = `[0-9０-９${charClassBody(
  singleChars(functionWords.countNumerals, "function-words.json countNumerals") +
    singleChars(compoundLeads.dayLeads, "compound-leads.json dayLeads"),
)}]`;
/**
 * One numeral of a day's number before 日 (8日, 二十日, 廿日): digits, function-words.json countNumerals and
 * compound-leads.json dayNumerals, as a regex character class source (DAY_LEAD adds time words: 今日, 当日).
 */
export const DAY_NUMERAL: string = `[0-9０-９${charClassBody(
  singleChars(functionWords.countNumerals, "function-words.json countNumerals") +
    singleChars(compoundLeads.dayNumerals, "compound-leads.json dayNumerals"),
)}]`;
/** A day's or a month's number in a date (24, 二十四, 十二): one to three DAY_NUMERAL characters. */
export const DAY_NUMBER: string = `${DAY_NUMERAL}{1,3}`;
/** One character of a shared list (`chars`) or of a rule's own `extra` characters (each taken literally). */
export function charClass(chars: string, extra = ""): RegExp {
  return new RegExp(`[${charClassBody(chars + extra)}]`);
}
/** The inside of a regex character class that holds exactly `chars` (] \ ^ - escaped). */
export function charClassBody(chars: string): string {
  return chars.replace(/[\]\\^-]/g, "\\$&");
}
/** A date that may open a clause (2024年3月5日, 2024 年, 3月), every part optional, as a regex source. */
export const DATE_LEAD: string = String.raw`(\d{4}\s*年)?(\d{1,2}\s*月)?(\d{1,2}\s*日)?`;
/**
 * An adverb of a stated act (function-words.json copulaAdverbs: 正式, 已经…) or a date, with or without 于, written
 * between a subject and its verb (甲国于2019年正式…); read by member-noun.ts and party-named-agreements.ts.
 */
export const ADVERB_OR_DATE: string = `${COPULA_ADVERBS}|于?(?=\\d)${DATE_LEAD}`;

/**
 * The legs of a train's run (回程, 去程, 过境: data/lexicon/train-legs.json), written between a place and the
 * train noun (中亚回程班列): no part of a service's name.
 */
export const TRAIN_LEGS: readonly string[] = read<{ legs: string[] }>("train-legs.json").legs;

const devZoneHeads = read<{
  heads: string[];
  bareCountyLeads: string[];
  cityOnlyHeads: string[];
  countyHeads: string[];
  countyCommonWords: string[];
  townSuffixes: string[];
  districtSuffixes: string[];
  verbsBetween: string[];
  adverbsBefore: string[];
  laterFormEndings: [string, string][];
  bracketedHeads: string[];
}>("dev-zone-heads.json");
/** Heads of development zones' names, regex alternatives in their order (data/lexicon/dev-zone-heads.json). */
export const DEV_ZONE_HEADS: readonly string[] = devZoneHeads.heads;
for (const h of [...devZoneHeads.bareCountyLeads, ...devZoneHeads.cityOnlyHeads])
  if (!DEV_ZONE_HEADS.includes(h)) throw new Error(`lexicon: "${h}" is no head of dev-zone-heads.json`);
/** Heads closing a zone's name that holds a bracketed place, tried before DEV_ZONE_HEADS (dev-zone-heads.json). */
export const BRACKETED_ZONE_HEADS: readonly string[] = devZoneHeads.bracketedHeads;
/** A zone's full ending and the shorter one written later in a document (产业园区 … 产业园: dev-zone-heads.json). */
export const ZONE_LATER_ENDINGS: readonly (readonly [string, string])[] = devZoneHeads.laterFormEndings;
/** Heads that name a zone after a city only (昆山开发区, 苏州工业园区); after a province they name a class. */
export const CITY_ONLY_ZONE_HEADS: ReadonlySet<string> = new Set(devZoneHeads.cityOnlyHeads);
/** Verbs opening the words between a place and a zone head (广西开展综合保税区…), after adverbs if any
 * (湖北大力推进综合保税区…): the place is a subject. */
export const ZONE_VERB_BETWEEN = new RegExp(
  `^(?:${devZoneHeads.adverbsBefore.join("|")})*(?:${devZoneHeads.verbsBetween.join("|")})`,
);
/** Heads a bare county name may lead (井冈山经济技术开发区, 泉州台商投资区): some of those, and heads of its own. */
export const COUNTY_ZONE_HEADS: readonly string[] = [
  ...devZoneHeads.bareCountyLeads,
  ...devZoneHeads.countyHeads,
];

/** Counties whose bare name is a common word (比如, 新兴, 临海): never a port's leading place (dev-zone-heads.json). */
export const COUNTY_COMMON_WORDS: ReadonlySet<string> = new Set(devZoneHeads.countyCommonWords);
/** Suffixes of a town's name (吉隆镇: dev-zone-heads.json townSuffixes). */
export const TOWN_SUFFIXES: readonly string[] = devZoneHeads.townSuffixes;
/** Suffixes of a district's full name (二七区: dev-zone-heads.json districtSuffixes). */
export const DISTRICT_SUFFIXES: readonly string[] = devZoneHeads.districtSuffixes;

/** Firm boundary words of data/lexicon/org-boundaries.json, read once. */
const orgBoundaries = read<{ firmRanks: string[]; notFirmEnds: string[]; companyHeads: string[] }>(
  "org-boundaries.json",
);
/** Words that rank firms as a class (重点, 龙头, 领军, 知名: data/lexicon/org-boundaries.json firmRanks), as
 * regex alternatives: no part of one firm's name. */
export const FIRM_RANKS: string = orgBoundaries.firmRanks.join("|");

/** Ends of a park or zone named among firms (产业园, 开发区, 中心…): no firm (org-boundaries.json notFirmEnds). */
export const NOT_FIRM_ENDS: readonly string[] = orgBoundaries.notFirmEnds;

/** Heads closing a company's or group's name (集团, 公司: org-boundaries.json companyHeads), as alternatives. */
export const COMPANY_HEADS: string = orgBoundaries.companyHeads.join("|");
/** A name ending in a company head (某某集团, 某某公司). */
export const COMPANY_END = new RegExp(`(?:${COMPANY_HEADS})$`);

/** Words an administrative head opens (区域, 市场, 县级: data/lexicon/admin-head-words.json): no name ends there. */
export const ADMIN_HEAD_WORDS: readonly string[] = read<{ words: string[] }>("admin-head-words.json").words;
/**
 * 市 as a city's suffix, not the first character of a common word of admin-head-words.json (市场, 市民, 市值,
 * 市价, 市况, 市面), as a regex source to put after a name; the one list for every rule that reads X市.
 */
export const SHI_SUFFIX: string = `市(?!${ADMIN_HEAD_WORDS.filter((w) => w.startsWith("市"))
  .map((w) => w.slice(1))
  .join("|")})`;

/** Train words of data/lexicon/document-aliases.json, read once. */
const trainWords = read<{
  serviceHeads: string[];
  brandEnds: string[];
  brandAfter: string[];
  brandTrainNouns: string[];
  brandNotAfter: string[];
  brandRelief: string[];
}>("document-aliases.json");

/** Words that end a train service's name (班列, 专列, 快线: data/lexicon/document-aliases.json serviceHeads). */
export const SERVICE_HEADS: readonly string[] = trainWords.serviceHeads;

/** Words that end a train's brand name (号 of “二连号”: data/lexicon/document-aliases.json brandEnds). */
export const SERVICE_BRAND_ENDS: readonly string[] = trainWords.brandEnds;

/** Whether a name ends in a train brand's end (“二连号”: brandEnds) with at least `before` characters before it. */
export function endsInBrand(name: string, before = 1): boolean {
  return SERVICE_BRAND_ENDS.some((e) => name.endsWith(e) && name.length >= e.length + before);
}

/** Words a train's 号 brand is written after to be a service (班列, 货运, 中欧…: document-aliases.json brandAfter). */
export const SERVICE_BRAND_AFTER: readonly string[] = trainWords.brandAfter;
/** Train nouns a quoted 号 brand is written right after (班列, 专列, 列车: document-aliases.json brandTrainNouns). */
export const SERVICE_BRAND_TRAIN_NOUNS: readonly string[] = trainWords.brandTrainNouns;
/** Kinds of passenger, charity and relief trains (旅游, 客运, 扶贫…: document-aliases.json brandNotAfter; 抗疫,
 * 援助…: brandRelief): before brandAfter they make it no freight word (旅游班列“X号”). */
export const SERVICE_BRAND_NOT_AFTER: readonly string[] = [
  ...trainWords.brandNotAfter,
  ...trainWords.brandRelief,
];

const foreignMinistryHeads = read<{
  heads: string[];
  groupTitles: string[];
  headOpens: string[];
  notMinistries: string[];
}>("foreign-ministry-heads.json");
/** A foreign government's portfolio heads (贸工部, 外务省: data/lexicon/foreign-ministry-heads.json), each written
 * with 和 also with 暨 (贸易和工业部, 贸易暨工业部), as Taiwan and Malaysian Chinese write the conjunction. */
export const FOREIGN_MINISTRY_HEADS: readonly string[] = foreignMinistryHeads.heads.flatMap((h) =>
  h.includes("和") ? [h, h.replace("和", "暨")] : [h],
);
/** What follows 部长 when ministers meet as a group (级, 会议, 特别会议: foreign-ministry-heads.json groupTitles),
 * as regex alternatives. */
export const MINISTERS_GROUP_TITLES: string = foreignMinistryHeads.groupTitles.join("|");
/** Characters after 部 that make it open another word (部门, 部分, 部署: foreign-ministry-heads.json headOpens), as
 * a regex character class source. */
export const MINISTRY_HEAD_OPENS: string = charClassBody(
  singleChars(foreignMinistryHeads.headOpens, "foreign-ministry-heads.json headOpens"),
);
/** Common nouns ending in 部 that name no ministry (干部, 总部, 司令部: foreign-ministry-heads.json notMinistries). */
export const NOT_MINISTRIES: readonly string[] = foreignMinistryHeads.notMinistries;

/** Titles of persons (data/lexicon/titles.json), read once: relations/cooperate.ts and entities/foreign-cities.ts. */
const titles = read<{
  heads: string[];
  placeHeads: string[];
  officers: string[];
  meetings: string[];
  partyTitles: string[];
  formerMarks: string[];
}>("titles.json");
/** The titles of heads of state or government and envoys (titles.json "heads": 总统 but not 总统府), as alternatives. */
export const HEAD_TITLES: string = titles.heads.join("|");
/** The titles of a place's head (titles.json "placeHeads": 市长, 省长 but not 省长期), as alternatives. */
export const PLACE_HEAD_TITLES: string = titles.placeHeads.join("|");
/** The titles of an organisation's head or officer (titles.json "officers": 部长, 董事长), as alternatives. */
export const OFFICER_TITLES: string = titles.officers.join("|");
/** The officers' titles as plain words, no deputy mark and no lookahead (局长, 主任, 董事长): titled-bodies.ts. */
export const OFFICER_TITLE_WORDS: readonly string[] = [
  ...new Set(titles.officers.map((t) => t.replace(/\(\?!.*$/, "").replace(/^副/, ""))),
];
/** The titles of a party committee's officers (titles.json "partyTitles": 书记, 常委 but not 常委会): party-bodies.ts. */
export const PARTY_TITLES: string = titles.partyTitles.join("|");
/** The marks of a former holder before a title (titles.json "formerMarks": 原, 前: 某省委原书记): party-bodies.ts. */
export const FORMER_MARKS: string = titles.formerMarks.join("|");
/** The acts in which a person is met (titles.json "meetings": 会谈, 会见, 会晤, 通电话), as alternatives. */
export const MEETING_WORDS: string = titles.meetings.join("|");
/**
 * The characters after 长 that make it the first character of another word (长期, 长远, 长江, 长三角, 长达), read
 * from titles.json placeHeads' lookahead (省长(?![期远…])) so that every 长-title shares one list (titled-bodies.ts).
 */
export const LONG_WORD_NEXT: string = /\(\?!\[([^\]]+)\]/.exec(titles.placeHeads[0] ?? "")?.[1] ?? "";

/** A topic file's word lists, each group with the description of the rules that read it (relation-words.json). */
type TopicLists = Record<string, { description: string; words: string[] } | string>;
const topicFiles = new Map<string, TopicLists>();
/**
 * One word list of a topic file of data/lexicon whose groups say who reads them
 * (`{ "description": …, "<name>": { "description": …, "words": [...] } }`), in its order (regex alternatives).
 */
export function listWords(file: string, name: string): readonly string[] {
  let lists = topicFiles.get(file);
  if (!lists) {
    lists = read<TopicLists>(file);
    topicFiles.set(file, lists);
  }
  const group = lists[name];
  if (typeof group !== "object" || !Array.isArray(group.words))
    throw new Error(`lexicon: no word list "${name}" in ${file}`);
  return group.words;
}
/** One word list of a topic file (listWords) as regex alternatives, in its order. */
export function listAlt(file: string, name: string): string {
  return listWords(file, name).join("|");
}
/** A word list of data/lexicon/relation-words.json (the relation rules' own words), as regex alternatives. */
export const relationAlt = (name: string): string => listAlt("relation-words.json", name);
/** A word list of data/lexicon/entity-words.json (the entity rules' own words), as regex alternatives. */
export const entityAlt = (name: string): string => listAlt("entity-words.json", name);
/** A word list of data/lexicon/core-words.json (claims.ts, discourse.ts, tables.ts, table-cells.ts, table-rows.ts), as regex alternatives. */
export const coreAlt = (name: string): string => listAlt("core-words.json", name);

/** Reads one lexicon file (data/lexicon/<file>), for word lists that one rule reads alone. */
export function readLexicon<T>(file: string): T {
  return read<T>(file);
}

/** Words as regex alternatives, longest first (so that no word is cut by a shorter one it starts with). */
export const longestAlternatives = (words: readonly string[]): string =>
  [...words].sort(longestFirst).join("|");

/** A word written literally inside a regex (its special characters escaped). */
export const escapeRe = (w: string): string => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

const pairedZones = read<{
  pairedHeads: string[];
  pairedHeadNotBefore: string[];
  pairedJoints: string[];
  pairedNameVerbs: string[];
  phraseBreaks: string[];
  routeNouns: string[];
}>("dev-zone-heads.json");
/** Heads of a cooperation zone named by two parties joined by a dash (dev-zone-heads.json pairedHeads). */
export const PAIRED_ZONE_HEADS: readonly string[] = pairedZones.pairedHeads;
/** Characters after a paired head that make it another word (合作区域: dev-zone-heads.json pairedHeadNotBefore). */
export const PAIRED_HEAD_NOT_BEFORE: readonly string[] = pairedZones.pairedHeadNotBefore;
/** Verb-tagged words a paired zone's name may hold (创新, 开放: dev-zone-heads.json pairedNameVerbs). */
export const PAIRED_NAME_VERBS: readonly string[] = pairedZones.pairedNameVerbs;
/** Single characters joining a paired zone's two parties as a dash does (·: dev-zone-heads.json pairedJoints). */
export const PAIRED_JOINTS: string = singleChars(
  pairedZones.pairedJoints,
  "dev-zone-heads.json pairedJoints",
);
/** A possessive, coordination or list character ending a name's phrase before a zone head (dev-zone-heads.json phraseBreaks). */
export const ZONE_PHRASE_BREAK = new RegExp(
  `[${charClassBody(singleChars(pairedZones.phraseBreaks, "dev-zone-heads.json phraseBreaks"))}]`,
);
/** Nouns of a route that make the places before them a route's ends (dev-zone-heads.json routeNouns). */
export const ROUTE_NOUNS: readonly string[] = pairedZones.routeNouns;

/**
 * The bracket that defines a short name right after a name (or after 及其扩展区域 following it):
 * （以下简称自贸试验区）, (下称“片区”), (以下简称「自贸试验区」): core-words.json discourseAliasOpeners;
 * group 1 is the short name.
 */
export const ALIAS_BRACKET = new RegExp(
  `^(?:及其[\\u4e00-\\u9fff]{2,6})?\\s*[(（]\\s*(?:${coreAlt("discourseAliasOpeners")})\\s*[“"「『]?([\\u4e00-\\u9fff]{2,10})[”"」』]?\\s*[)）]`,
);

// ---- Release 27, round lex-move9: constants shared by sibling rules, read here instead of from one another. ----
/** Opening quotation marks (a quoted name's start): read by entities/quoted-names.ts and abbreviations.ts. */
export const OPEN_QUOTES = "“‘「『";
const portWords = read<{ portKinds: string[]; portVerbs: string[] }>("port-objects.json");
/**
 * The kinds of port before 口岸 (port-objects.json portKinds: 铁路, 公路, 航空 …), a regex source: read by
 * entities/ports.ts, coordinated-ports.ts, crossing-names.ts and port-kind-lists.ts.
 */
export const PORT_KIND_SOURCE = `(?:${portWords.portKinds.join("|")})`;
/** One-character verbs made with 港 (port-objects.json portVerbs: 开港, 借港出海) as a regex character class body. */
export const PORT_VERB_CHARS: string = portWords.portVerbs.join("");
/** A place's name and a verb that takes 港 as its object (龙井市借港出海): read by entities/ports.ts, unseen-names.ts. */
export const PORT_VERB_END = new RegExp(`[${PORT_VERB_CHARS}]$`);
/** Gazetteer names read only after their country, never alone (foreign-cities.json notAlone). */
export const CITIES_NOT_ALONE: ReadonlySet<string> = new Set(
  read<{ notAlone: string[] }>("foreign-cities.json").notAlone,
);
/**
 * Hand-picked foreign cities of three or more characters, not in notAlone: transliterations distinct enough to
 * stand alone (慕尼黑, 斯图加特); read by entities/gazetteer-cities.ts and ports.ts.
 */
export const CITIES_STANDING_ALONE: ReadonlySet<string> = new Set(
  [...HAND_PICKED_CITIES].filter((c) => c.length >= 3 && !CITIES_NOT_ALONE.has(c)),
);
/** What may be placed by a place statement: zones, areas, ports, development zones, cities (node types). */
export const PLACED_TYPES = /^(FreeTradeZone|Area|Port|DevZone|City)$/;
/**
 * After places: a short phrase and 的, so the places modify the name after it (位于泸州的川南临港片区): read by
 * relations/located-at.ts, admin-belonging.ts and border-with.ts.
 */
export const OF_HEAD = /^[^，,；;。的]{0,6}的/;
/**
 * What follows a rank, or the places after 隶属于: the end of its clause or a bracket (计划单列市（副地级市）):
 * read by relations/admin-belonging.ts, border-with.ts and city-role.ts.
 */
export const RANK_CLOSE = /^\s*([，,；;。(（]|$)/;
/**
 * In a compound's clause after what it qualifies: a word that stops it (triggers.json routeStopped, not after a
 * negator of function-words.json) or a conflict (triggers.json compoundConflict): read by relations/china-pair.ts
 * and china-compound.ts.
 */
export const STOPPED_OR_CONFLICT = new RegExp(
  `^[^，,；;。！？!?]*?(?<!${NEGATORS})(${trigger("routeStopped").source}|${trigger("compoundConflict").source})`,
);

// Counts and administrative suffixes (round lex-move10: moved from entities/names.ts and counties.ts).
const counts = read<{
  quantifierOpeners: string[];
  countedLeads: string[];
  ordinalMarks: string[];
  ordinalNumerals: string[];
  countedNumerals: string[];
  countedMeasures: string[];
  firmCountNumerals: string[];
  firmCountMarks: string[];
  partyWords: string[];
  partyCountNumerals: string[];
  partyCountUnits: string[];
  partyListEnd: string[];
}>("function-words.json");
const countChars = (key: keyof typeof counts): string =>
  charClassBody(singleChars(counts[key], `function-words.json ${key}`));
/** Quantifiers and determiners that open descriptions, not names (三个, 各, 该, 全: function-words.json quantifierOpeners). */
export const QUANTIFIER = new RegExp(`^[${countChars("quantifierOpeners")}0-9]`);
/** A count or an ordinal before a head (三个, 首个, 两大, 第二个): the phrase counts places, it names none. */
export const COUNTED = new RegExp(
  `(?:${counts.countedLeads.join("|")}|(?:${counts.ordinalMarks.join("|")})[${countChars("ordinalNumerals")}\\d]+|[${countChars("countedNumerals")}\\d]+)[${countChars("countedMeasures")}]`,
);
/** A count of firms as a class (两大集团, 三大公司, 某某和某某两大集团): a regex source (firmCountNumerals, firmCountMarks). */
export const FIRM_COUNT = `[${countChars("firmCountNumerals")}](?:${counts.firmCountMarks.join("|")})`;
/** A count of parties inside a phrase (两国海关, 双方海关, 各省商务厅), or 等 alone: it names several bodies, not one. */
export const COUNTED_PARTIES = new RegExp(
  `${counts.partyWords.join("|")}|[${countChars("partyCountNumerals")}](?:${counts.partyCountUnits.join("|")})|^(?:${counts.partyListEnd.join("|")})$`,
);
/**
 * The administrative suffix of a place written without it before the next, lower place (日喀则市吉隆县, 喀什地区疏附县,
 * 红河州河口县: admin-suffixes.json), as regex alternatives: read by entities/counties.ts, relations/located-at.ts,
 * admin-belonging.ts, shared-words.ts (and adjacent-names.ts through counties.ts).
 */
export const ADMIN_SUFFIX: string = read<{ suffixes: string[] }>("admin-suffixes.json").suffixes.join("|");
