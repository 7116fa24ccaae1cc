import {
  GENERIC_MORPHEMES,
  PARK_HEADS,
  PARK_OPENS_BEFORE,
  PARTNER_ABBREVIATIONS,
  ROUTE_NOUNS,
  STRONG_STOPS,
  ZONE_HEADS,
} from "../lexicon";
import type { Names, Span } from "./names";
import { tagWindow, wordStartsAt } from "./segmenter";
import type { Candidate, EntityRule } from "./types";

/**
 * 中 + country abbreviations, an optional host place in brackets, a short field, then a park or zone
 * head: 中韩(烟台)产业园, 中日韩地方经济合作示范区.
 */
const PARK = new RegExp(
  `中([\\u4e00-\\u9fff]{1,2}?)(\\(([\\u4e00-\\u9fff]{2,4})\\))?([\\u4e00-\\u9fff]{0,10}?)(${[...PARK_HEADS, ...ZONE_HEADS].join("|")})`,
  "y",
);
/** Words a park's field does not hold (functions, list words, the future marker of a clause: 中俄将建立…; and
 * 关系, which follows a pair of countries in prose: 中丹关系; 沿线 and the route nouns of dev-zone-heads.json routeNouns, which make the pair a route's:
 * 中老铁路沿线产业园区). */
const NOT_FIELD = new RegExp(`[的和与及是在为对、将]|关系|${ROUTE_NOUNS.join("|")}`);
/** Stop words of two or more characters a field may not hold; a bilateral FTA may (中韩自贸区…示范区). */
const FIELD_STOPS = STRONG_STOPS.filter((w) => w.length > 1 && w !== "自贸区");

/** A partner first, then 中, a foreign locality or short field, then a park head: 泰中罗勇工业园, 马中关丹产业园. */
const PARTNER_FIRST = new RegExp(`中([\\u4e00-\\u9fff]{2,6}?)(${PARK_HEADS.join("|")})`, "y");

/**
 * The country a partner's one-character abbreviation stands for: the catalog's abbreviation (韩, 俄), else
 * data/lexicon/bilateral-abbreviations.json (新 → 新加坡, 尼 → 尼泊尔), whose characters also open common
 * words (中新建…): `lexiconOk` says whether those may be read here.
 */
function partner(n: Names, ch: string, lexiconOk: boolean): string | undefined {
  const id = n.cat.countryAbbr.get(ch);
  if (id || !lexiconOk) return id;
  const name = PARTNER_ABBREVIATIONS[ch];
  const known = name ? n.cat.resolve(name, ["Country"]) : undefined;
  return known?.startsWith("Country:") ? known : undefined;
}

/** Tags of function words a partner's character is not (以 in 以中小企业产业园为载体 is a preposition). */
const FUNCTION_TAG = /^(p|c|r|d|u)/;

/**
 * Whether the segmenter reads a partner before 中 as a pair (泰中罗勇/x, 柬中/x, 马中/x): no known word of two
 * characters or more starts at 中 (新中关村科技园区: 中关村…/ns; 以中小企业: 中小企业/j; 由泰/x 中罗勇/x is an
 * unknown run) and the partner's
 * character is no function word (以/p).
 */
function partnerBeforeOk(norm: string, k: number, n: Names): boolean {
  const words = tagWindow(norm, Math.max(0, k - 3), Math.min(norm.length, k + 6), n.cat);
  if (words.some((w) => w.start === k && w.end - w.start >= 2 && w.tag !== "x")) return false;
  const own = words.find((w) => w.start <= k - 1 && w.end > k - 1);
  return !(own && own.end - own.start === 1 && FUNCTION_TAG.test(own.tag));
}

/**
 * Whether a partner known only to the lexicon is read after 中 on the segmenter's words: it is a word of its
 * own (中/f 新/a 苏州) or one word with 中 (中希/x, 中尼/x, 中以/x); not when it opens a longer word
 * (中/f 新能源汽车/nz, 中/f 新材料/nz) or 中 opens a word of three characters or more that is not a run of
 * partners (中西部/nt, 中东部/nt; 中俄蒙/x is).
 */
function lexiconPartnerWordsOk(norm: string, k: number, n: Names): boolean {
  const words = tagWindow(norm, Math.max(0, k - 3), Math.min(norm.length, k + 8), n.cat);
  const atZhong = words.find((w) => w.start === k);
  const len = atZhong ? atZhong.end - atZhong.start : 0;
  if (len === 2) return true;
  if (atZhong && len >= 3) return partnerRun(n, atZhong.word);
  // 中 alone or glued to the word before (继中/x 新/a 苏州): the partner must be a word of its own
  const next = words.find((w) => w.start === k + 1);
  return next !== undefined && next.end - next.start === 1;
}

/** Whether every character after 中 in a segmenter's word is a partner (中日韩, 中俄蒙; not 中老年, 中东部). */
const partnerRun = (n: Names, word: string): boolean =>
  [...word.slice(1)].every((c) => partner(n, c, true) !== undefined);

/**
 * Whether 中 opens a word of three characters or more that is no run of partners, for any partner
 * (review22v): 中老年人/n, 中老年/j, 中老铁路/nz, 中东部/nt open no park; 中日韩/ns, 中俄蒙/x do.
 */
function opensCommonWord(norm: string, k: number, n: Names): boolean {
  const words = tagWindow(norm, k, Math.min(norm.length, k + 8), n.cat);
  const atZhong = words.find((w) => w.start === k);
  return atZhong !== undefined && atZhong.end - atZhong.start >= 3 && !partnerRun(n, atZhong.word);
}

/**
 * A partner country written with two characters right after 中 (中印尼经贸合作区: 中/f 印尼/ns), as a span.
 */
function twoCharPartner(norm: string, k: number, n: Names): Span | undefined {
  const name = norm.slice(k + 1, k + 3);
  const id = n.cat.resolve(name, ["Country"]);
  if (!id?.startsWith("Country:")) return undefined;
  const words = tagWindow(norm, k, Math.min(norm.length, k + 6), n.cat);
  const own = words.find((w) => w.start === k + 1 && w.end === k + 3);
  return own ? { id, cs: k + 1, ce: k + 3 } : undefined;
}

/** Whether a name may start at `k`: the passage starts or a non-Han character, an opening word or a place ends there. */
const opensAt = (norm: string, k: number, cands: readonly Candidate[]) =>
  k === 0 ||
  !/[\u4e00-\u9fff]/.test(norm[k - 1] ?? "") ||
  PARK_OPENS_BEFORE.test(norm.slice(Math.max(0, k - 4), k)) ||
  cands.some((c) => c.ce === k && /^(City|Province|Country):/.test(c.id));

/**
 * A park named by a partner's abbreviation before 中 (泰中罗勇工业园, 马中关丹产业园: the naming of parks
 * abroad), when a name may start before the partner. The partner stays inside the name (no part: the sets
 * read no country from it).
 */
function partnerFirst(ctx: Parameters<EntityRule["find"]>[0], k: number): void {
  const { norm, n, add, cands } = ctx;
  const country = partner(n, norm[k - 1] ?? "", true);
  if (!country || !opensAt(norm, k - 1, cands) || !partnerBeforeOk(norm, k, n)) return;
  PARTNER_FIRST.lastIndex = k;
  const m = PARTNER_FIRST.exec(norm);
  const field = m?.[1] ?? "";
  // 老中铁路沿线产业园: a route or a generic word (铁路, 沿海, 新) is no locality of a park abroad
  if (
    !m ||
    NOT_FIELD.test(field) ||
    GENERIC_MORPHEMES.test(field) ||
    FIELD_STOPS.some((w) => field.includes(w))
  )
    return;
  const cs = k - 1;
  const ce = k + m[0].length;
  add({ id: n.resolveOrRegister("DevZone", norm.slice(cs, ce)), cs, ce, method: "pattern" });
}

/**
 * Parks and zones named by China and partner countries' abbreviations: 中韩(烟台)产业园, 中日韩地方经济合作
 * 示范区, 威海中韩自贸区地方经济合作示范区 (a place right before is part of the name). The name is
 * written as in the text; the partner countries and the bracketed or leading place are its parts.
 */
export const bilateralAbbreviationParks: EntityRule = {
  name: "bilateral-abbreviation-parks",
  type: "DevZone",
  priority: 2,
  find(ctx) {
    const { norm, n, add, cands } = ctx;
    // every 中 may open a name (位于中国江苏省的中哈…基地: a rejected match does not hide the next one)
    for (let k = norm.indexOf("中"); k >= 0; k = norm.indexOf("中", k + 1)) {
      if (k > 0) partnerFirst(ctx, k);
      PARK.lastIndex = k;
      const m = PARK.exec(norm);
      if (!m || opensCommonWord(norm, k, n)) continue;
      const pair = m[2] ? undefined : twoCharPartner(norm, k, n);
      const abbr = pair ? "" : (m[1] ?? "");
      // a partner known only to the lexicon (中新, 中尼) where a name may start and the segmenter starts a word
      // at 中, or before a place (中新苏州工业园): 集中新建产业园, 从中新增产业园区 (从中) open none
      // (中新苏州工业园); and the partner reads as one on the segmenter's words (not 中新能源…, 中西部…)
      const lexiconOk =
        ((opensAt(norm, k, cands) && wordStartsAt(norm, k, n.cat)) ||
          n.startsWithPlace(m[4] ?? "") !== null) &&
        lexiconPartnerWordsOk(norm, k, n);
      // the partners: every abbreviation after 中, also those the lazy match left to the field (中日韩…)
      const after = norm.slice(k + 1, k + 4);
      let count = pair ? 2 : 0;
      while (!pair && count < 3 && partner(n, after[count] ?? "", lexiconOk)) count++;
      const field = pair ? norm.slice(k + 3, k + m[0].length - (m[5] ?? "").length) : (m[4] ?? "");
      if (count < abbr.length || NOT_FIELD.test(field) || FIELD_STOPS.some((w) => field.includes(w)))
        continue;
      // the partners as parts: those of the catalog only (中新天津生态城 names 新加坡 only inside the name)
      const parts: Span[] = pair
        ? [pair]
        : [...after.slice(0, m[2] ? abbr.length : count)]
            .map((c, i) => ({ id: partner(n, c, false) ?? "", cs: k + 1 + i, ce: k + 2 + i }))
            .filter((p) => p.id !== "");
      const host = m[3] ? n.cat.places.get(m[3]) : undefined;
      if (m[3] && !host) continue;
      if (host)
        parts.push({ id: host, cs: k + 2 + abbr.length, ce: k + 2 + abbr.length + (m[3] ?? "").length });
      const lead = cands.find((c) => c.ce === k && /^(City|Province):/.test(c.id));
      if (lead) parts.unshift({ id: lead.id, cs: lead.cs, ce: lead.ce });
      const cs = lead ? lead.cs : k;
      const ce = k + m[0].length;
      add({ id: n.resolveOrRegister("DevZone", norm.slice(cs, ce)), cs, ce, method: "pattern", parts });
    }
  },
};
