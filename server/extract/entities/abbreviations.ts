/**
 * Members named by one-character abbreviations (data: the catalog's abbr fields of provinces and
 * countries). Kept apart from the mentions: they add members, never take a name's span.
 */
import { type Catalog, nodeId, provinceShort, zoneName } from "../catalog";
import { HAN } from "../clauses";
import { CodeSet } from "../code-set";
import { entityAlt, LANDFORMS, listWords, OPEN_QUOTES, REGION_ABBREVIATIONS, readLexicon } from "../lexicon";
import { dayNumeralStart } from "./date-days";
import { opensInstitution } from "./institution-places";
import { endsPlaceList } from "./place-filters";
import type { Mention } from "./types";

/**
 * The 日 of a date (8日中俄双方…, 十一日中蒙…) is a day, not 日本: a run of numerals before it makes it one (lexicon
 * DAY_NUMERAL, read by date-days.ts dayNumeralStart), not the digits of a Latin name (G7日美欧, C919日…). Only
 * numerals: 当日韩的货物 and 东连日韩 keep Japan (lexicon.ts DAY_LEAD's wider leads 当, 连 would lose it).
 */
const LATIN = /[A-Za-zＡ-Ｚａ-ｚ]/;
/** True when the 日 at i closes a day's number, not a name with digits. */
const dayAt = (norm: string, i: number): boolean => {
  const start = dayNumeralStart(norm, i);
  return start < i && !LATIN.test(norm[start - 1] ?? "");
};

const readMembers = (file: string): [string, string][] =>
  Object.entries(readLexicon<{ members: Record<string, string> }>(file).members);
/**
 * Words whose characters are no abbreviations (同意, 非法, 与日俱增: non-abbreviations.json): 双方同意加强合作 is
 * no 同 (with) before 意 (Italy) and 加 (Canada), 对非法入境 no 非洲 and 法国.
 */
const nonAbbreviations = readLexicon<{
  words: string[];
  verbOpeners: Record<string, string>;
  pairWords: string[];
}>("non-abbreviations.json");
/** Pairs of abbreviations that make one word (欧美: the West), no members when the run is just the pair. */
const PAIR_WORDS = new Set(nonAbbreviations.pairWords);
const NOT_ABBREVIATION = new RegExp(
  [
    ...nonAbbreviations.words,
    // a verb's opener before a verb character (加强, 加快, 加征: verbOpeners), not 加拿大
    ...Object.entries(nonAbbreviations.verbOpeners).map(([c, verbs]) => `${c}[${verbs}]`),
  ].join("|"),
  "g",
);

/** The positions of `norm` inside a word whose characters are no abbreviations (NOT_ABBREVIATION: 同意, 加强). */
export function nonAbbreviationMask(norm: string): boolean[] {
  const covered: boolean[] = new Array(norm.length).fill(false);
  for (const w of norm.matchAll(NOT_ABBREVIATION))
    for (let i = w.index; i < w.index + w[0].length; i++) covered[i] = true;
  return covered;
}

/**
 * Province abbreviations beyond the catalog's first ones: the regions that join compounds (港, 澳, 台:
 * lexicon.ts REGION_ABBREVIATIONS) and second abbreviations (云, 贵, 蜀: secondary-abbreviations.json).
 */
const EXTRA_PROVINCE = new Map([
  ...Object.entries(REGION_ABBREVIATIONS),
  ...readMembers("secondary-abbreviations.json"),
]);
const EXTRA_CODES = CodeSet.of(EXTRA_PROVINCE.keys());
/** Whether `c` may be an abbreviation at all (a test on its code before the look-ups). */
const mayAbbreviate = (cat: Catalog, c: string) =>
  EXTRA_CODES.hasChar(c) || cat.isAbbreviationCode(c.length === 1 ? c.charCodeAt(0) : Number.NaN);
const provinceOf = (cat: Catalog, c: string) =>
  mayAbbreviate(cat, c) ? (cat.provinceAbbr.get(c) ?? EXTRA_PROVINCE.get(c)) : undefined;
type Push = (id: string, cs: number, ce: number) => void;

/** The zone of a province named by its abbreviation, when the catalog holds it (粤 → 中国（广东）自由贸易试验区). */
function zoneOf(cat: Catalog, provinceId: string): string | null {
  const e = cat.get(provinceId);
  const id = e ? nodeId("FreeTradeZone", zoneName(provinceShort(e))) : "";
  return cat.get(id) ? id : null;
}

/** A count of zones after a run of provinces (三个自贸区, 两大自由贸易…). */
const ZONES_COUNTED = new RegExp(`^[两二三四五六七八九十][个大地]?(${entityAlt("abbrZoneCountWords")})`);
/** 经济 before 关系/合作, read like 合作 after 中 and a run of countries (中俄经济合作). */
const ECONOMY_OF = new RegExp(`^经济(?=${entityAlt("abbrEconomyNext")})`);
/** A list of single abbreviations separated by 、 and closed by a count or 等 and a classifier (group 2). */
const SEPARATED_LIST = new RegExp(
  String.raw`(?<![\u4e00-\u9fff]、)([\u4e00-\u9fff](?:、[\u4e00-\u9fff])+)(?:[两三四五六七八九十]|等)(${entityAlt("abbrListCountedNouns")})`,
  "g",
);

/** The provinces of the run norm[i, j); before a count of zones (粤闽津三个自贸区) each names its zone too. */
function pushProvinces(norm: string, i: number, j: number, cat: Catalog, push: Push): void {
  const zones = ZONES_COUNTED.test(norm.slice(j));
  [...norm.slice(i, j)].forEach((c, k) => {
    const id = provinceOf(cat, c) as string;
    push(id, i + k, i + k + 1);
    const zone = zones ? zoneOf(cat, id) : null;
    if (zone) push(zone, i + k, i + k + 1);
  });
}

/** Landform nouns after a run of abbreviations make it a place name of its own (青藏高原, 川渝盆地). */
const LANDFORM = new RegExp(`^(${LANDFORMS.join("|")})`);

/** A count after a run of abbreviations makes it a list of members: 粤闽津三个自贸区, 中蒙俄三国. */
const COUNTED = new RegExp(`^[两二三四五六七八九十][个大]?(${entityAlt("abbrCountedNouns")})`);

/** A word of partnership or reach right before a run of country abbreviations (与俄蒙, 东连日韩, 辐射日韩). */
const PARTNER_BEFORE = new RegExp(`(${entityAlt("abbrPartnerWords")})$`);
function partnerWordBefore(before: string): boolean {
  return PARTNER_BEFORE.test(before);
}

/** What follows 中 and a run of countries to make them partners (中俄蒙合作, 中日韩经贸), each at the start. */
const CHINA_DEALINGS = new RegExp(
  listWords("entity-words.json", "abbrChinaDealings")
    .map((w) => `^${w}`)
    .join("|"),
);
/** Regional nouns after a run of 港, 澳, 台 or second abbreviations (港澳两地). */
const REGION_PLACE = new RegExp(`^(${entityAlt("abbrRegionPlaceNouns")})`);
/** Regional nouns after a pair of provinces (川渝两地, 京津协同). */
const PAIR_AFTER = new RegExp(`^(${entityAlt("abbrPairNouns")})`);
/** Verbs of reach before a pair of provinces (辐射滇黔). */
const PAIR_BEFORE = new RegExp(`(${entityAlt("abbrReachVerbs")})$`);
/** Regional nouns after a run of three or more provinces after a verb (黑吉辽自由贸易试验区联盟). */
const RUN_AFTER = new RegExp(`^(${entityAlt("abbrRunNouns")})`);
/** A possessive or a count after a pair of countries (来自日韩的货物, 日韩两国). */
const COUNTRY_PAIR_AFTER = new RegExp(`^(${entityAlt("abbrPairCountryAfter")})`);
/** What may follow a run of three or more provinces at a clause's start for it to be members (沪苏浙在, 京津冀建立). */
const RUN_ACTS = new RegExp(`^(?:${entityAlt("abbrRunActs")}|[^\u4e00-\u9fff”’」』])`);
/** Whether a run at a clause's start acts as its members (a verb or punctuation after it, no quote around it). */
const runActs = (norm: string, i: number, j: number): boolean =>
  !(i > 0 && OPEN_QUOTES.includes(norm[i - 1] ?? "")) && (j >= norm.length || RUN_ACTS.test(norm.slice(j)));
/** What follows a route's run ending in 欧 inside a service name (渝新欧）, 冀西欧国际). */
const ROUTE_RUN = new RegExp(`[\u4e00-\u9fff]{1,3}欧(?=${entityAlt("abbrRouteAfter")})`, "g");

/** The members named by the run of abbreviations norm[i, j), when its context makes it a list of members. */
function runMembers(norm: string, i: number, j: number, cat: Catalog, push: Push): void {
  // (one character is no run: every reading below needs two)
  if (j - i < 2) return;
  const run = norm.slice(i, j);
  // 拓展欧美市场, 对欧美企业: the pair is one word (the West), not Europe and the United States
  if (PAIR_WORDS.has(run)) return;
  const chars = [...run];
  const distinct = new Set(chars).size === chars.length;
  const before = norm.slice(Math.max(0, i - 2), i);
  const prevHan = i > 0 && HAN.test(norm[i - 1] ?? "") && !/[与同和对向接通至及、年]/.test(norm[i - 1] ?? "");
  // 青藏高原, 川渝盆地: a landform named by its provinces; 热土中的: 中 before 的 is a localizer
  if (LANDFORM.test(norm.slice(j)) || (run.endsWith("中") && norm[j] === "的")) return;
  if (distinct && chars.length >= 2) {
    const allProv = chars.every((c) => provinceOf(cat, c));
    const allCountry = chars.every((c) => cat.countryAbbr.has(c));
    const counted = COUNTED.test(norm.slice(j));
    const plain = chars.every((c) => cat.provinceAbbr.has(c));
    if (run.startsWith("中") && allCountry && /^[两三四五六七八九十]国/.test(norm.slice(j))) {
      // 中蒙俄三国: China counts among the members
      chars.forEach((c, k) => {
        push(cat.countryAbbr.get(c) as string, i + k, i + k + 1);
      });
    } else if (
      run.startsWith("中") &&
      allCountry &&
      CHINA_DEALINGS.test(norm.slice(j, j + 4).replace(ECONOMY_OF, "合作"))
    ) {
      chars.slice(1).forEach((c, k) => {
        push(cat.countryAbbr.get(c) as string, i + 1 + k, i + 2 + k);
      });
    } else if (chars.length >= 2 && allProv && !run.startsWith("中") && !plain) {
      // 港, 澳, 台 and second abbreviations make members only before a count or a regional noun
      // (港澳两地, 云、贵、川等地); 粤港澳大湾区 is a region, 粤澳合作园 a name
      if (counted || REGION_PLACE.test(norm.slice(j)))
        chars.forEach((c, k) => {
          push(provinceOf(cat, c) as string, i + k, i + k + 1);
        });
    } else if (
      chars.length === 2 &&
      allProv &&
      !run.startsWith("中") &&
      // 川渝两地, 京津协同: a pair of provinces before a regional noun, or after a verb of reach (辐射滇黔)
      (counted || PAIR_AFTER.test(norm.slice(j)) || PAIR_BEFORE.test(norm.slice(Math.max(0, i - 2), i)))
    ) {
      chars.forEach((c, k) => {
        push(provinceOf(cat, c) as string, i + k, i + k + 1);
      });
    } else if (
      chars.length >= 3 &&
      allProv &&
      !run.startsWith("中") &&
      // after a verb only when a regional noun follows (组建黑吉辽自由贸易试验区联盟, 推动京津冀协同发展)
      ((!prevHan && runActs(norm, i, j)) || counted || RUN_AFTER.test(norm.slice(j)))
    ) {
      pushProvinces(norm, i, j, cat, push);
    } else if (chars.length >= 3 && !prevHan && allCountry && !run.startsWith("中")) {
      // 美欧日, 美欧: beside other economies 欧 is the European Union, not the continent
      chars.forEach((c, k) => {
        const id = c === "欧" ? "Country:欧盟" : (cat.countryAbbr.get(c) as string);
        push(id, i + k, i + k + 1);
      });
    } else if (
      allCountry &&
      !run.startsWith("中") &&
      (partnerWordBefore(before) ||
        // 来自日韩的货物, 日韩两国: a pair of countries before a possessive or a count
        (chars.length === 2 && COUNTRY_PAIR_AFTER.test(norm.slice(j))))
    ) {
      chars.forEach((c, k) => {
        push(cat.countryAbbr.get(c) as string, i + k, i + k + 1);
      });
    }
  }
}

/**
 * Lists of single abbreviations separated by 、 and closed by a count and a classifier: 苏、皖两省,
 * 美、日、韩三国, 川、渝、黔等省市. Each item is one character, a province (省, 地, 省市, 省区) or a country (国).
 */
function separatedLists(norm: string, covered: boolean[], cat: Catalog, push: Push): void {
  for (const m of norm.matchAll(SEPARATED_LIST)) {
    const at = m.index ?? 0;
    const items = (m[1] ?? "").split("、");
    const lookup = (c: string) => (m[2] === "国" ? cat.countryAbbr.get(c) : provinceOf(cat, c));
    if (items.some((c, k) => !lookup(c) || covered[at + 2 * k])) continue;
    items.forEach((c, k) => {
      const id = m[2] === "国" && c === "欧" ? "Country:欧盟" : (lookup(c) as string);
      push(id, at + 2 * k, at + 2 * k + 1);
    });
  }
}

/** The end of the run of places inside `m` that starts at a place ending at `end` (某国-中国商会, 某国某省商会). */
function placesRunEnd(norm: string, m: Mention, end: number): number {
  for (;;) {
    const at = /[-—－]/.test(norm[end] ?? "") ? end + 1 : end;
    const next = m.parts.find((q) => q.cs === at && /^(City|Province|Country):/.test(q.id));
    if (!next) return end;
    end = next.ce;
  }
}

/** Partners of bilateral agreements, parks named by an agreement, the body a department belongs to. */
function nameParties(norm: string, ms: Mention[], push: Push): void {
  for (const m of ms) {
    // (also the country that opens a company name: 泰国万鼎发展有限公司)
    if (!/^(Agreement|DevZone|Organization):/.test(m.id)) continue;
    // (not a country that opens an institution's name: 柬埔寨总商会; tested on the country's own place, as
    // institution-places.ts does, since an organisation's span may run on past the name)
    for (const p of m.parts)
      if (p.id.startsWith("Country:") && p.id !== "Country:中国") {
        // (a list's last member keeps its place: 某国、某国商会)
        const listed = endsPlaceList(norm, ms, p);
        const opens =
          m.id.startsWith("Organization:") && opensInstitution(norm, { ce: placesRunEnd(norm, m, p.ce) });
        if (listed || !opens) push(p.id, p.cs, p.ce);
      }
      // the agreement that names a park (RCEP国际合作产业园)
      else if (p.id.startsWith("Agreement:") && m.id.startsWith("DevZone:")) push(p.id, p.cs, p.ce);
      // the body a department belongs to (商务部服务贸易和商贸服务业司 → 商务部)
      else if (p.id.startsWith("Organization:") && m.id.startsWith("Organization:")) push(p.id, p.cs, p.ce);
  }
}

/**
 * The members of a route named inside a service (中欧班列（渝新欧）, “冀西欧”国际货运班列, 辽满欧): a run of
 * two to four characters ending in 欧 names Europe and the provinces whose abbreviations it holds.
 */
function routeMembers(norm: string, ms: Mention[], cat: Catalog, push: Push): void {
  for (const m of ms) {
    if (!m.id.startsWith("Corridor:")) continue;
    for (const r of norm.slice(m.cs, m.ce).matchAll(ROUTE_RUN)) {
      const at = m.cs + (r.index ?? 0);
      const provinces = [...r[0].slice(0, -1)].map((c, k) => [cat.provinceAbbr.get(c), k] as const);
      if (!provinces.some(([id]) => id)) continue;
      for (const [id, k] of provinces) if (id) push(id, at + k, at + k + 1);
      push("Country:欧洲", at + r[0].length - 1, at + r[0].length);
    }
  }
}

/**
 * Members named by one-character abbreviations outside other names: province runs (沪苏浙,
 * 京津冀, 鲁豫晋蒙陕川甘青宁), country runs (美欧日) and country pairs after a relational word
 * (与俄蒙, 面向俄蒙, 外接俄蒙), 中+countries before 合作 (中俄蒙合作), and the partner of a
 * bilateral agreement (中韩、中新加坡等自由贸易协定). Returned as one-span mentions per member.
 */
export function abbreviations(norm: string, ms: Mention[], cat: Catalog): Mention[] {
  const covered = nonAbbreviationMask(norm);
  // names of bodies may hold member abbreviations (黑吉辽自由贸易试验区联盟)
  for (const m of ms)
    if (!m.id.startsWith("Organization:")) for (let i = m.cs; i < m.ce; i++) covered[i] = true;
  const out: Mention[] = [];
  const seen = new Set<string>();
  const push = (id: string, cs: number, ce: number) => {
    const k = `${id}@${cs}`;
    if (seen.has(k)) return;
    seen.add(k);
    out.push({ id, cs, ce, method: "pattern", parts: [] });
  };
  const isAbbr = (c: string) => mayAbbreviate(cat, c) && (!!provinceOf(cat, c) || cat.countryAbbr.has(c));
  let i = 0;
  while (i < norm.length) {
    const dayOfDate = norm[i] === "日" && dayAt(norm, i);
    if (covered[i] || dayOfDate || !isAbbr(norm[i] ?? "")) {
      i++;
      continue;
    }
    let j = i;
    while (j < norm.length && !covered[j] && isAbbr(norm[j] ?? "")) j++;
    runMembers(norm, i, j, cat, push);
    i = j;
  }
  separatedLists(norm, covered, cat, push);
  nameParties(norm, ms, push);
  routeMembers(norm, ms, cat, push);
  return out.sort((a, b) => a.cs - b.cs || (a.id < b.id ? -1 : 1));
}
