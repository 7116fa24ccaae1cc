import {
  ALL_PREDICATES,
  CITIES_STANDING_ALONE,
  CLAIM_END,
  CONJUNCTION_CHARS,
  COUNTED,
  charClass,
  charClassBody,
  cityPrefix,
  DESCRIPTIVE,
  GAZETTEER_CITIES,
  GENERIC_MORPHEMES,
  listWords,
  NAME_FUNCTION_CHARS,
  PORT_CALL_VERBS,
  PORT_KIND_SOURCE,
  PORT_VERB_CHARS,
  PORT_VERB_END,
  QUANTIFIER,
  readLexicon,
  STATE_FORMS,
  STRONG_STOPS,
} from "../lexicon";
import type { Names, Span } from "./names";
import { GOVERNING_WORD_TAG, tagWindow, unseenNameStart, wordStartsAt } from "./segmenter";
import type { EntityRule } from "./types";

/** A list of single characters of entity-words.json, as the inside of a regex character class. */
function portChars(name: string): string {
  return charClassBody(listWords("entity-words.json", name).join(""));
}

/**
 * A base that coordinates names or ends with a count (厦门与高雄两港, 广州、上海等口岸, 甲、乙两大铁路口岸) is
 * no port name.
 */
const COORDINATED = new RegExp(
  `[${charClassBody(CONJUNCTION_CHARS)}${portChars("portBaseListEnds")}]|[${portChars("portBaseCounts")}][${portChars("portBaseCountMeasures")}]?$`,
);

/**
 * The start of a transliterated name of two to five characters right after a province or city, whatever
 * characters it holds (内蒙古甘其毛都口岸: 其 is no stop word there), or of a city right before the head, whatever
 * its characters (如皋港: 如 is a stop word elsewhere); else `end`.
 */
function anchoredStart(norm: string, end: number, n: Names): number {
  const from = Math.max(0, end - 12);
  const before = norm.slice(from, end);
  const place = n
    .placesIn(before)
    .filter((p) => /^(Province|City)/.test(p.id))
    .at(-1);
  if (!place) return end;
  const rest = before.slice(place.end);
  if (rest === "" && place.id.startsWith("City:")) return from + place.start;
  const stop = ANCHOR_STOP.test(rest) || PORT_STOPS.some((w) => w.length > 1 && rest.includes(w));
  return rest.length >= 2 && rest.length <= 5 && /^[\u4e00-\u9fff]+$/.test(rest) && !stop
    ? from + place.start
    : end;
}
/** Words a port's unseen name does not hold: the strong stops and the verbs of a ship's call (首航甲港). */
const PORT_STOPS: readonly string[] = [...STRONG_STOPS, ...PORT_CALL_VERBS];
/** Where a port's name ending at `k` starts: after the words it cannot hold, or at a place that opens it. */
function portNameStart(norm: string, k: number, n: Names): number {
  return Math.min(n.nameStart(norm, k, 8, PORT_STOPS), anchoredStart(norm, k, n));
}
/** Characters a place-anchored name does not hold: particles, auxiliaries, conjunctions (entity-words.json portAnchorStops). */
const ANCHOR_STOP = charClass(
  NAME_FUNCTION_CHARS,
  listWords("entity-words.json", "portAnchorStops").join(""),
);

/**
 * Where a port's name starts when a state word (fta-names.json stateForms: 共和国, 王国) ends between `start` and
 * the head at `k`, leaving two characters or more: right after it when a country written in full (秘鲁共和国) or a
 * partner's short name (泰王国) comes before it, or when `start` falls inside it (德意志联邦共和国汉堡港 → 汉堡港,
 * not 国汉堡港); `country` tells the first case. Else `start`.
 */
function afterStateName(
  norm: string,
  start: number,
  k: number,
  n: Names,
): { start: number; country: Span | null } {
  const from = Math.max(0, start - 12);
  for (const form of STATE_FORMS) {
    const at = norm.lastIndexOf(form, k - 2 - form.length);
    const end = at + form.length;
    if (at < from || end <= start || end > k - 2) continue;
    // the country before the state word, or a formal name that holds it (阿拉伯埃及共和国, 文莱达鲁萨兰国)
    const country = [norm.slice(from, at), norm.slice(from, end)]
      .flatMap((text) => n.placesIn(text).filter((p) => p.end === text.length))
      .filter((p) => p.id.startsWith("Country:"))
      .sort((a, b) => a.start - b.start)[0];
    if (country)
      return { start: end, country: { id: country.id, cs: from + country.start, ce: from + country.end } };
    if (start > at || n.cat.countryAbbr.get(norm[at - 1] ?? "")) return { start: end, country: null };
  }
  return { start, country: null };
}

/**
 * The length of a place that leads a port's name without being part of it: a province or a country
 * (韩国束草港 → 束草港, with its state word: 柬埔寨王国戈公港 → 戈公港), or a place written with its suffix
 * (珲春市圈河口岸 → 圈河口岸, 高邑县冀中南智能港), when two characters or more are left; else 0.
 */
/** An administrative suffix after a place that leads a port's name (entity-words.json portLeadSuffixes: 县, 市). */
const LEAD_SUFFIX = `[${portChars("portLeadSuffixes")}]`;
const LEAD_SUFFIX_START = new RegExp(`^${LEAD_SUFFIX}`);
const LEAD_SUFFIX_END = new RegExp(`${LEAD_SUFFIX}$`);
function leadingPlace(core: string, n: Names): number {
  const lead = n.startsWithPlace(core);
  if (!lead) return 0;
  const suffix =
    LEAD_SUFFIX_START.test(core.slice(lead.len)) && !LEAD_SUFFIX_END.test(core.slice(0, lead.len)) ? 1 : 0;
  const type = n.cat.get(lead.id)?.type;
  // 柬埔寨王国戈公港: a country's formal state word goes with the country
  const form = type === "Country" ? (STATE_FORMS.find((f) => core.startsWith(f, lead.len))?.length ?? 0) : 0;
  const len = lead.len + suffix + form;
  const rest = core.slice(len);
  const unseenCity = type === "City" && !GENERIC_MORPHEMES.test(rest) && !n.startsWithPlace(rest);
  const dropped =
    type === "Province" || type === "Country" || unseenCity || LEAD_SUFFIX_END.test(core.slice(0, len));
  return dropped && core.length - len >= 2 ? len : 0;
}

/** data/lexicon/port-objects.json, read once. */
const PORT_OBJECTS = readLexicon<{
  verbs: string[];
  harbourWords: string[];
  hongKongWords: string[];
  hongKongTaggedWords: string[];
  portRanks: string[];
  dateTails: string[];
  frameworks: string[];
  wordsAfterPort: string[];
}>("port-objects.json");
/** Verbs and prepositions that make a bare 港 their object (port-objects.json: 赴港, 对港, 抵港). */
const PORT_OBJECT_VERBS = PORT_OBJECTS.verbs;

/** 企业赴港, 宁夏对港: the text before a bare 港 ends with a verb or preposition taking it as object. */
export const portAsObject = (before: string) => PORT_OBJECT_VERBS.some((v) => before.endsWith(v));

const OFFICES = readLexicon<{
  offices: string[];
  bare: string;
  after: string[];
  verbs: string[];
  levels: string[];
}>("port-offices.json");
const OFFICE = new RegExp(`^(${OFFICES.offices.join("|")})`);
const BARE_OFFICE = new RegExp(`^${OFFICES.bare}(?:$|[^\\u4e00-\\u9fff]|${OFFICES.after.join("|")})`);
const LEVEL_BEFORE = new RegExp(`(${OFFICES.levels.join("|")})$`);
/** 办 starting a verb (办理, 办公, 办结): the level test does not apply, as 州, 区, 市 end place names too. */
const BARE_VERB = new RegExp(`^${OFFICES.bare}(${OFFICES.verbs.join("|")})`);

/**
 * 口岸 at k starts a body's port office, not a port (port-offices.json): an office suffix (口岸物流办,
 * 口岸管理办公室), or a bare 办 that ends the clause, comes before a word such as 主任, or follows a level
 * word and starts no verb (省口岸办, 市口岸办; not 泉州口岸办理). Else 办 starts a verb done at the port (在某口岸办公,
 * 办结, 办妥, 办理).
 */
export function portOffice(norm: string, k: number): boolean {
  const after = norm.slice(k + 2, k + 10);
  if (OFFICE.test(after)) return true;
  if (!after.startsWith(OFFICES.bare)) return false;
  if (BARE_OFFICE.test(after)) return true;
  return !BARE_VERB.test(after) && LEVEL_BEFORE.test(norm.slice(Math.max(0, k - 2), k));
}

/** Words 港 opens instead of heading a port's name (port-objects.json harbourWords: 港口, 港区 …, and every
 * Hong Kong word: 港资, 港剧, 港珠澳 …). */
const HARBOUR_WORDS = [...PORT_OBJECTS.harbourWords, ...PORT_OBJECTS.hongKongWords];
/** The heads of a port's name: X口岸 (X铁路口岸…), X港 (not in a harbour word; 港都: allAdverb). */
/** A harbour word after 港, unless a noun of wordsAfterPort starts there (X港航线, X港企业: the port's head). */
const HARBOUR_TAIL = `(?!${PORT_OBJECTS.wordsAfterPort.join("|")})(?:${HARBOUR_WORDS.map((w) => w.slice(1)).join("|")})`;

/** A rank before a port's kind or 口岸 (port-objects.json portRanks: 磨憨国际口岸), part of the head. */
const PORT_RANK_SOURCE = `(?:${PORT_OBJECTS.portRanks.join("|")})`;
const PORT_HEAD_SOURCE = `${PORT_RANK_SOURCE}?${PORT_KIND_SOURCE}?口岸|港(?!${HARBOUR_TAIL})`;
const PORT_HEAD = new RegExp(PORT_HEAD_SOURCE, "g");
const PORT_HEAD_START = new RegExp(`^(?:${PORT_HEAD_SOURCE})`);
/** A port's head opens `s` (口岸, 铁路口岸, 港 not opening a harbour word: 港区, 港资): read by county-gazetteer.ts too. */
export function portHeadOpens(s: string): boolean {
  return PORT_HEAD_START.test(s);
}
/** Another port's head and a conjunction before the name (大铲湾港和小漠港…, 甲口岸、乙港…). */
const PORT_COORDINATED_BEFORE = new RegExp(
  `(港|口岸)[${charClassBody(CONJUNCTION_CHARS)}][\\u4e00-\\u9fff]{1,8}$`,
);
/** A predicate after 都 (甲港都已…, 甲港都在…: function-words.json allPredicates). */
const PREDICATE_AFTER_ALL = new RegExp(`^(?:${ALL_PREDICATES})`);

/**
 * Whether the 都 after the 港 at k is the adverb (all), not the second half of the word 港都 (a port city):
 * ports are coordinated before it (甲港和乙港都面临…), or a predicate follows it (甲港都已…).
 */
function allAdverb(norm: string, k: number): boolean {
  return (
    PORT_COORDINATED_BEFORE.test(norm.slice(Math.max(0, k - 12), k)) ||
    PREDICATE_AFTER_ALL.test(norm.slice(k + 2, k + 6))
  );
}

/** Provinces that are one city and one port (香港港, 澳门港): the catalog's kind of the two SARs. */
const CITY_REGION = "special administrative region";
/**
 * 香港港 names the port only when its 港 is a word of its own (香港港转运, 香港港的货柜量): the segmenter's reading
 * of a short window, as 港 opens many words of the region itself (香港港交所, 香港港大医学院, 香港港式茶餐厅).
 */
function cityRegionPort(norm: string, k: number, id: string, n: Names): boolean {
  if (n.cat.get(id)?.properties.kind !== CITY_REGION) return false;
  const words = tagWindow(norm, Math.max(0, k - 2), Math.min(norm.length, k + 6), n.cat);
  return words.some((w) => w.start === k && w.end === k + 1);
}

/**
 * Whether 港 at `k` opens a known word of two characters or more (港商, 港资, 港人: Hong Kong's people and
 * capital), so that a municipality before it (重庆港商) names no port; an unknown piece (港后/x of 运抵重庆港后)
 * does not count.
 */
const opensHongKongWord = (norm: string, k: number, n: Names) =>
  tagWindow(norm, Math.max(0, k - 2), Math.min(norm.length, k + 6), n.cat).some(
    (w) => w.start === k && w.word.length > 1 && w.tag !== "x",
  );
/** Words 港 opens as Hong Kong itself (port-objects.json hongKongWords: 港籍, 港人 …; hongKongTaggedWords: 港大). */
const HONG_KONG_WORDS = [...PORT_OBJECTS.hongKongWords, ...PORT_OBJECTS.hongKongTaggedWords];
/**
 * Whether 港 at `k` opens a Hong Kong word, by the segmenter (opensHongKongWord) or the lexicon (北京港大/x),
 * unless the segmenter reads the lexicon word's tail into a longer word (重庆港/j 大型/b, 重庆港/j 人才/n).
 */
function hongKongWordAt(norm: string, k: number, n: Names): boolean {
  if (opensHongKongWord(norm, k, n)) return true;
  const word = HONG_KONG_WORDS.find((w) => norm.startsWith(w, k));
  if (!word) return false;
  const end = k + word.length;
  const words = tagWindow(norm, Math.max(0, k - 2), Math.min(norm.length, end + 4), n.cat);
  return !words.some((w) => w.start > k && w.start < end && w.end > end);
}
/** The catalog's kind of the provinces that are one city (重庆市, 上海市). */
const MUNICIPALITY = "municipality";

/**
 * 甘肃口岸, 中国港: a province's or country's name alone before the head names its ports taken together;
 * a country's name not ending in 国 before 港 is the name of its port (新加坡港, 吉布提港), and so is a
 * special administrative region's (香港港) and a municipality's before any head but the bare 口岸 (重庆港,
 * 重庆铁路口岸: the city's port; 上海口岸 stays the ports of its customs district taken together).
 */
const placePorts = (norm: string, k: number, core: string, head: string, id: string, n: Names) =>
  /^(Province|Country):/.test(id) &&
  !(head === "港" && id.startsWith("Country:") && !core.endsWith("国")) &&
  !(head === "港" && cityRegionPort(norm, k, id, n)) &&
  !(
    head !== "口岸" &&
    n.cat.get(id)?.properties.kind === MUNICIPALITY &&
    !(head === "港" && hongKongWordAt(norm, k, n))
  );

/**
 * An unseen port name that only describes a port (传统大港, 超级大港, 世界级大港, 五大口岸: a size or a count
 * before the head) or starts right after a date's digits (11月台港贸易: 月 closes the date, 台港 is a pair).
 * 吉大港 (two characters before the head) and 三合口岸 (a numeral that counts nothing) stay.
 */
export function describedPort(norm: string, cs: number, core: string): boolean {
  if (COUNTED.test(core)) return true;
  if (core.length >= 3 && core.endsWith("大")) return true;
  return DATE_UNIT_START.test(core) && closesDate(norm, cs);
}

/** The units of a date (entity-words.json portDateUnits: 年, 月, 日). */
const DATE_UNIT = new RegExp(`[${portChars("portDateUnits")}]`);
const DATE_UNIT_START = new RegExp(`^${DATE_UNIT.source}`);
/** The 年, 月 or 日 at `at` closes a date (its digits stand right before it). */
const closesDate = (norm: string, at: number) =>
  DATE_UNIT.test(norm[at] ?? "") && /\d/.test(norm[at - 1] ?? "");

/** Tails of a date after its 月 or 日 (port-objects.json dateTails: 份, 起, 中旬, 上午), longest first. */
const DATE_TAILS = PORT_OBJECTS.dateTails;

/**
 * Where an unseen name proposed at `us` starts once a date closing there (3月, 5日) and its tail (份, 起, 中旬)
 * are skipped; -1 when a multi-character time word would stay inside the name (3月份上午关丹港).
 */
function afterDate(norm: string, us: number, end: number): number {
  let at = us;
  if (closesDate(norm, at)) at++;
  if (!closesDate(norm, at - 1)) return at;
  for (let tail = DATE_TAILS.find((w) => norm.startsWith(w, at)); tail; ) {
    at += tail.length;
    tail = DATE_TAILS.find((w) => norm.startsWith(w, at));
  }
  const rest = norm.slice(at, end);
  return DATE_TAILS.some((w) => w.length > 1 && rest.includes(w)) ? -1 : at;
}

/** A port's name followed by a verb made with 港 (钱凯港开港, 某港离港后): the second 港 heads no name. */
const PORT_VERB_TAIL = new RegExp(`港[${PORT_VERB_CHARS}]$`);
/** Short names of frameworks and regions (port-objects.json frameworks: 澜湄, 上合, 中吉乌): no port's base. */
const FRAMEWORKS = PORT_OBJECTS.frameworks;
/** Whether the base norm[start, end) is (the end of) a framework's short name (看好澜湄口岸合作, 中吉乌口岸). */
const frameworkBase = (norm: string, start: number, end: number) =>
  FRAMEWORKS.some((w) => end - w.length <= start && norm.startsWith(w, end - w.length));
/** Whether a port's whole base is a framework's short name (东盟港, 澜湄港, 中欧口岸): a region's ports, no port. */
export const isFramework = (base: string): boolean => FRAMEWORKS.includes(base);
/**
 * Whether a port's base ends with a word of seeking or building a status (lexicon.ts CLAIM_END: 申报, 争取, 打造): it
 * names a target, no port (正在申报国际口岸, 申报口岸). 申报 is a proper noun to the
 * segmenter (a newspaper's name), so the tags of verbLedStart do not see it. Read by unseen-names.ts too.
 */
export const claimedBase = (base: string): boolean => CLAIM_END.test(base);
/** Tags of the words a verb-led unseen name is made of: unknown runs (transliterations) and place names. */
const NAME_WORD_TAG = /^(x|ns)$/;

/**
 * Where an unseen name starts right after the verb or preposition that governs it (批复同意勐满公路口岸,
 * 十分看好龙邦口岸): the words after the last such word of the window up to the head are all unknown runs or
 * place names (tags x, ns) and make a base of two to five characters; else null. Common nouns (建设边境口岸,
 * 打造智慧口岸, 开放皇岗口岸) and single characters of other tags give no name.
 */
function verbLedStart(norm: string, cs: number, end: number, n: Names): number | null {
  const words = tagWindow(norm, cs, end, n.cat);
  let last = -1;
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as (typeof words)[number];
    if (w.word.length >= 2 && GOVERNING_WORD_TAG.test(w.tag)) last = i;
  }
  const rest = words.slice(last + 1);
  const start = rest[0]?.start;
  if (last < 0 || start === undefined || !rest.every((w) => NAME_WORD_TAG.test(w.tag))) return null;
  return unseenCore(norm.slice(start, end)) ? start : null;
}

/**
 * Where a port's base `core` (at `cs`, head at `end`) starts once the clause before the name is cut off, or
 * null when no name is left: a route's 到/至 (or the word it opens: 到访) ends the phrase before the name (从机场到畹町口岸); a 港 followed
 * by a place closes the port before it (上海港深圳港, a list run together); a verb-led base too long for a
 * name keeps the name after the verb (批复同意勐满公路口岸). One character (对俄公路口岸) or a verb made with
 * 港 after a port (钱凯港开港) names no port.
 */
function clauseFreeStart(norm: string, cs: number, core: string, end: number, n: Names): number | null {
  const gang = core.lastIndexOf("港");
  const listed = gang >= 0 && n.startsWithPlace(core.slice(gang + 1)) ? gang : -1;
  let cut = Math.max(...ROUTE_ENDS.map((w) => core.lastIndexOf(w)), listed) + 1;
  // 到 or 至 opening a longer word (到访, 到位): the cut falls after the whole word
  if (ROUTE_ENDS.includes(norm[cs + cut - 1] ?? "")) {
    const at = cs + cut;
    const word = tagWindow(norm, at - 1, end, n.cat).find((w) => w.start === at - 1);
    if (word && word.end > at && word.end < end && GOVERNING_WORD_TAG.test(word.tag)) cut = word.end - cs;
  }
  const rest = core.slice(cut);
  if (rest.length < 2 || PORT_VERB_TAIL.test(rest)) return null;
  const vs = n.startsWithPlace(rest) || unseenCore(rest) ? null : verbLedStart(norm, cs + cut, end, n);
  return vs ?? cs + cut;
}

/** A route's end word (entity-words.json portRouteEnds: 到, 至), one character each. */
const ROUTE_ENDS: readonly string[] = listWords("entity-words.json", "portRouteEnds");
/** A place's suffix before a verb taking 港 as object (entity-words.json portVerbPlaceSuffixes: 龙井市借港). */
const VERB_PLACE_SUFFIX = new RegExp(`[${portChars("portVerbPlaceSuffixes")}]$`);

/** A base that may be an unseen port's name: two to five characters, no generic, descriptive or counting word. */
const unseenCore = (core: string) =>
  core.length >= 2 &&
  core.length <= 5 &&
  !GENERIC_MORPHEMES.test(core) &&
  !DESCRIPTIVE.test(core) &&
  !QUANTIFIER.test(core);

/**
 * The length of a bilateral pair (中 and a partner's short name) that opens a port's base `core` at `cs`
 * (中俄洛古河口岸 → 洛古河口岸), or of the partner's character alone when 中 ended the text before the name
 * (中蒙策克口岸, where the base read 蒙策克) when the segmenter starts a word at that 中; 0 when none, or when a
 * place opens the base (中山港).
 */
function bilateralPair(norm: string, cs: number, core: string, n: Names): number {
  // 其中朝天门港: the 中 before the base ends a word (其中), it pairs with no partner
  const pair = n.bilateralPairAt(core, 0)
    ? 2
    : n.bilateralPairAt(norm, cs - 1) && wordStartsAt(norm, cs - 1, n.cat)
      ? 1
      : 0;
  return pair > 0 && !n.startsWithPlace(core) && core.length - pair >= 2 ? pair : 0;
}

/**
 * How far a port's own name starts into its base `core` (at `cs`): after a bilateral pair (bilateralPair), at
 * the first place inside a base no place opens, and after the provinces, countries and suffixed places that
 * lead it (leadingPlace: a province and then its city may both lead the name, 吉林省珲春市圈河口岸).
 */
function placeFreeStart(norm: string, cs: number, core: string, n: Names): number {
  let at = bilateralPair(norm, cs, core, n);
  if (!n.startsWithPlace(core.slice(at))) {
    const inner = n.placesIn(core.slice(at))[0];
    if (inner && inner.start > 0) at += inner.start;
  }
  for (let lead = leadingPlace(core.slice(at), n); lead > 0; lead = leadingPlace(core.slice(at), n))
    at += lead;
  return at;
}

/**
 * The parts of a port named after a country and its state word: the country, and a city of the gazetteer the
 * name opens with that gazetteer-cities.ts reads standing alone (西班牙王国瓦伦西亚港: 瓦伦西亚; not 西哈努克,
 * also a person's name), as unseen-names.ts reads them. The mention runs from the country (青岛港与柬埔寨王国西哈努克港
 * 签署 pairs the two ports, not a port and the country), also where the segmenter does not split the country off.
 */
function foreignParts(country: Span, core: string, cs: number, n: Names): Span[] {
  const city = cityPrefix(GAZETTEER_CITIES, core);
  if (!city || !CITIES_STANDING_ALONE.has(city)) return [country];
  const id = n.cat.resolve(city, ["City"]) ?? n.ensure("City", city);
  return [country, { id, cs, ce: cs + city.length }];
}

/**
 * Ports: X口岸 (also X铁路/公路/航空/水运/陆路口岸), X港.
 */
export const ports: EntityRule = {
  name: "ports",
  type: "Port",
  priority: 1,
  find({ norm, n, add }) {
    // 港 before 珠澳 opens the three-region name 港珠澳 (港珠澳大桥), before 都 the word 港都 (a port city),
    // unless the 都 is the adverb (甲港和乙港都面临…, 甲港都已…)
    for (const m of norm.matchAll(PORT_HEAD)) {
      const k = m.index ?? 0;
      if (m[0] === "港" && norm[k + 1] === "都" && !allAdverb(norm, k)) continue;
      const state = afterStateName(norm, portNameStart(norm, k, n), k, n);
      const start = state.start;
      let cs = start;
      let core = norm.slice(start, k);
      // 厦门与高雄两港, 甲、乙两港: a coordination, not one name (港快速路 is a road)
      if (core.length < 2 || COORDINATED.test(core)) continue;
      // 市政府口岸物流办, 省口岸办: 口岸 before an office suffix names a body's port office, not a port
      if (m[0] === "口岸" && portOffice(norm, k)) continue;
      // 企业赴港, 对港出口: 港 as the object of a verb or preposition (Hong Kong), not a port's head
      if (m[0] === "港" && portAsObject(core)) continue;
      cs += placeFreeStart(norm, cs, core, n);
      core = norm.slice(cs, k);
      const start2 = clauseFreeStart(norm, cs, core, k, n);
      if (start2 === null) continue;
      [cs, core] = [start2, norm.slice(start2, k)];
      // 果园港口岸, 钦州港口岸: the 口岸 of a known port is that port
      const known = m[0] === "口岸" && core.endsWith("港") ? n.cat.resolve(core, ["Port"]) : null;
      if (known?.startsWith("Port:")) {
        add({ id: known, cs, ce: k, method: "pattern" });
        continue;
      }
      if (isFramework(core) || claimedBase(core)) continue;
      const pp = n.startsWithPlace(core);
      // 甘肃口岸, 中国港: a place's ports taken together (placePorts)
      if (pp && pp.len === core.length && placePorts(norm, k, core, m[0], pp.id, n)) continue;
      // 龙井市借港出海: 港 as an object
      if (PORT_VERB_END.test(core) && n.startsWithPlace(core.slice(0, -1).replace(VERB_PLACE_SUFFIX, "")))
        continue;
      const ok = pp ? pp.len === core.length || !GENERIC_MORPHEMES.test(core.slice(pp.len)) : false;
      const unseenOk = !pp && unseenCore(core);
      if (!ok && !unseenOk) continue;
      // an unseen name is read on the segmenter's words: it starts where a proper noun it cuts starts
      // (红其拉甫口岸, not 拉甫口岸) and holds no verb, time or function word (近日迎来开港)
      if (!pp) {
        const us =
          unseenNameStart(norm, cs, k, n.cat, (head) => PORT_STOPS.some((w) => head.includes(w))) ??
          verbLedStart(norm, cs, k, n);
        // 看好澜湄口岸合作, 中吉乌口岸: a framework's short name is no unseen port's base
        if (us === null || frameworkBase(norm, us, k)) continue;
        // 3月关丹港, 5日南沙港: a name proposed from the 月 or 日 closing a date starts after it; what is left
        // must still be a name (11月台港贸易: 台港 is a pair of abbreviations)
        cs = afterDate(norm, us, k);
        if (cs < 0) continue;
        core = norm.slice(cs, k);
        if (cs > us && !unseenCore(core)) continue;
        // 最大的港口关丹港: the common noun 港口 stands before the name, it is not part of it
        if (core.startsWith("港口") && core.length >= 4) {
          core = core.slice(2);
          cs += 2;
        }
        if (describedPort(norm, cs, core)) continue;
      }
      // 秘鲁共和国钱凯港, 缅甸联邦共和国皎漂港: after a country in full and a state word, the country is a part (foreignParts)
      const country = state.country && cs === state.start && !pp ? state.country : null;
      let name = `${core}${m[0]}`;
      for (let i = 1; i < core.length - 1; i++) {
        const alt = n.cat.resolve(name.slice(i), ["Port"]);
        if (alt?.startsWith("Port:")) {
          name = name.slice(i);
          cs += i;
          break;
        }
      }
      const id = n.resolveOrRegister("Port", name);
      const parts: Span[] = pp
        ? [{ id: pp.id, cs, ce: cs + pp.len }]
        : country
          ? foreignParts(country, core, cs, n)
          : [];
      add({ id, cs: country?.cs ?? cs, ce: k + m[0].length, method: "pattern", parts });
    }
  },
};
