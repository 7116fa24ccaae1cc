import { clauseOf } from "../clauses";
import type { Mention } from "../entities/types";
import { ADMIN_SUFFIX, RANK_CLOSE as CLOSE, OF_HEAD, PLACED_TYPES as PLACED, relationAlt } from "../lexicon";
import { type RelationContext, typeOf } from "./context";
import { pointAt } from "./cooperate";
import { placedIn, placesAfter } from "./located-at";
import { RANK_PATH } from "./shared-words";
import { T_ADMIN_BELONG, T_ADMIN_COPULA, T_ADMIN_ENTRUSTED, T_ADMIN_RANK, T_LOCATED_AT } from "./triggers";
import type { RelationRule } from "./types";

/** The placed types as subjectBefore takes them. */
const PLACED_TYPES = ["City", "FreeTradeZone", "Area", "Port", "DevZone"];
/** Between the name and the verb: nothing or a comma (瑞丽市，位于…; 满洲里市，隶属于…). */
const LEAD = /^[，,]?\s*$/;
/** Verbs of location (triggers.json "locatedAt"), read here only after a comma (located-at.ts reads them right after the name). */
const LOCATED = new RegExp(`^(${T_LOCATED_AT.source})`);
/** Copulas before a rank (triggers.json "adminCopula"). */
const COPULA = new RegExp(`^(${T_ADMIN_COPULA.source})`);
/**
 * After the places of 隶属于: the clause's end, or a verb of administration (隶属于甲市管辖), after a
 * name tail and suffix the mention leaves out (云南省德宏州, 德宏傣族景颇族自治州), as RANK_PATH reads it.
 */
const BELONG_CLOSE = new RegExp(
  `^([\\u4e00-\\u9fff]{0,8}?(${ADMIN_SUFFIX}))?\\s*([，,；;。(（]|$|${relationAlt("adminBelongCloseVerbs")})`,
);
/** Between a place and a rank (shared-words.ts RANK_PATH: 伊犁哈萨克自治州下辖的一个县级市), the whole span. */
const TO_RANK = new RegExp(`^${RANK_PATH}$`);

/** The verbs read: of belonging, of location, copulas. */
const VERBS = new RegExp(`${T_ADMIN_BELONG.source}|${T_LOCATED_AT.source}|${T_ADMIN_COPULA.source}`, "g");
/** Up to the first rank after the chain, and the rank itself. */
const TO_RANK_AHEAD = new RegExp(`^[^，,；;。]{0,14}?(?=${T_ADMIN_RANK.source})`);
const RANK_HEAD = new RegExp(`^(${T_ADMIN_RANK.source})`);

/** Whether `x` opens its clause: nothing but names (云南瑞丽市) before it in the clause. */
export function opensClause(norm: string, sorted: Mention[], x: Mention): boolean {
  let p = clauseOf(norm, x.cs)[0];
  for (const m of sorted) if (m.cs === p && m.ce <= x.cs) p = m.ce;
  return /^\s*$/.test(norm.slice(p, x.cs));
}

/** The name the statement is about: right before the verb (a comma between) and opening its clause, else the clause's subject. */
function subjectOf(
  norm: string,
  sorted: Mention[],
  at: number,
  rank: boolean,
  subjectBefore: (m: Mention, types: string[]) => Mention | undefined,
): Mention | undefined {
  const types = rank ? /^City$/ : PLACED;
  const before = sorted.filter((m) => m.ce <= at).pop();
  const gap = before ? norm.slice(before.ce, at) : "";
  if (before && /^\s*$/.test(gap)) return types.test(typeOf(before.id)) ? before : undefined;
  // (an object before the comma is not it: 东兴市毗邻乙市，是…县级市 → 东兴市)
  if (before && LEAD.test(gap) && types.test(typeOf(before.id)) && opensClause(norm, sorted, before))
    return before;
  // (the verb opening a later clause of the sentence: 霍尔果斯市隶属于甲区，是乙州代管的县级市)
  if (!/[，,]\s*$/.test(norm.slice(0, at))) return undefined;
  const s = subjectBefore(pointAt(at), rank ? ["City"] : PLACED_TYPES);
  // (a city that only modifies the subject is not it: 甲市的企业代表，是…; 甲市某中学，隶属于…)
  return s && types.test(typeOf(s.id)) && !/^[的某]/.test(norm.slice(s.ce)) ? s : undefined;
}

/** Where the rank after the chain ends when it closes its clause (是乙省县级市发展的伙伴 ranks nothing), else -1. */
function rankEnd(norm: string, k: number): number {
  const gap = TO_RANK_AHEAD.exec(norm.slice(k));
  const r = gap ? RANK_HEAD.exec(norm.slice(k + gap[0].length)) : null;
  if (!gap || !r || !TO_RANK.test(gap[0])) return -1;
  const end = k + gap[0].length + r[0].length;
  return CLOSE.test(norm.slice(end)) ? end : -1;
}

/** 由 (after 是/系 or nothing) opening the places a city is administered by. */
const BY = new RegExp(`(${relationAlt("adminByCopulas")})?由`, "g");
/** After those places: a suffix the mention leaves out, then the verb (牡丹江市代管, 德宏傣族景颇族自治州代管). */
const ENTRUSTED = new RegExp(`^([\\u4e00-\\u9fff]{0,8}?(${ADMIN_SUFFIX}))?(${T_ADMIN_ENTRUSTED.source})`);
/**
 * After the verb: the end of its clause (由乙市代管。), a time or aspect word (代管后, 代管以来, 代管多年, 代管并…),
 * or 的 and a city's rank or 城市 closing it (代管的县级市, 代管的边境城市) — not an object (代管资金) nor another
 * noun it modifies (代管的扶贫资金).
 */
const ENTRUSTED_CLOSE = new RegExp(
  `^(\\s*([，,；;。(（]|$)|(${relationAlt("adminEntrustedAfterWords")})|的[\\u4e00-\\u9fff]{0,4}?(${T_ADMIN_RANK.source}|${relationAlt("adminEntrustedCityNouns")})\\s*([，,；;。(（]|${relationAlt("adminEntrustedOneOf")}|$))`,
);

/** The subject's clause right before 由 is a 的-phrase closing on a noun (甲市对口帮扶的项目，由乙市代管): no subject. */
const OPENS_NOUN_PHRASE = /^[^，,。；;！？!?]*的[\u4e00-\u9fff]{1,2}\s*[，,]\s*$/;

/**
 * 甲市由乙市代管, 甲市是由乙省丙州代管的县级市: the city lies in each place written between 由 and the verb
 * (cities and provinces). The city is the name right before (是)由, or the subject of the clauses before it.
 */
function entrusted(
  norm: string,
  sorted: Mention[],
  push: RelationContext["push"],
  subjectBefore: RelationContext["subjectBefore"],
): void {
  for (const t of norm.matchAll(BY)) {
    const at = t.index ?? 0;
    const { chain, k } = placesAfter(norm, sorted, at + t[0].length);
    const verb = chain.length > 0 ? ENTRUSTED.exec(norm.slice(k)) : null;
    if (!verb || !ENTRUSTED_CLOSE.test(norm.slice(k + verb[0].length))) continue;
    const x = subjectOf(norm, sorted, at, true, subjectBefore);
    if (!x || OPENS_NOUN_PHRASE.test(norm.slice(x.ce, at))) continue;
    for (const m of chain)
      if (m.id !== x.id && /^(City|Province)$/.test(typeOf(m.id)))
        push(placedIn(x, m.id, x.cs, k + verb[0].length));
  }
}

/**
 * LOCATED_IN from an administrative statement: X隶属于Y (a city, zone or port and the chain of places
 * right after the verb, closing its clause: 满洲里市隶属于内蒙古自治区呼伦贝尔市 → both), X是/为Y + a
 * city's rank (黑河市，是黑龙江省地级市; 凭祥市，为广西壮族自治区县级市; …，是伊犁哈萨克自治州下辖的一个县级市:
 * a city only, the rank closing the chain), and a city opening its clause followed by a comma and 位于/地处
 * (瑞丽市，位于云南省德宏州), which located-at.ts reads only right after the name; not when 的 follows
 * the places (…，位于甲省的乙市: those modify the later name). China itself is left out, as there.
 */
export const adminBelonging: RelationRule = {
  name: "admin-belonging",
  types: ["LOCATED_IN"],
  find({ norm, ms, abbr, push, subjectBefore }) {
    if (T_ADMIN_ENTRUSTED.test(norm) && norm.includes("由"))
      entrusted(
        norm,
        [...ms].sort((x, y) => x.cs - y.cs),
        push,
        subjectBefore,
      );
    const belong = T_ADMIN_BELONG.test(norm);
    const ranked = T_ADMIN_RANK.test(norm);
    if (!belong && !ranked && !new RegExp(`[，,]\\s*(${T_LOCATED_AT.source})`).test(norm)) return;
    const sorted = [...ms, ...abbr].sort((x, y) => x.cs - y.cs);
    for (const t of norm.matchAll(VERBS)) {
      const at = t.index ?? 0;
      const word = t[0];
      const rank = COPULA.test(word);
      const located = LOCATED.test(word);
      // (cheap skips first: a copula with no rank in the passage, a location verb not after a comma)
      if ((rank && !ranked) || (!rank && !located && !belong)) continue;
      if (located && !/[，,]\s*$/.test(norm.slice(0, at))) continue;
      const { chain, k } = placesAfter(norm, sorted, at + word.length);
      if (chain.length === 0) continue;
      const end = rank ? rankEnd(norm, k) : k;
      if (end < 0 || (located && OF_HEAD.test(norm.slice(k)))) continue;
      if (!rank && !located && !BELONG_CLOSE.test(norm.slice(k))) continue;
      const x = located
        ? sorted.filter((m) => m.ce <= at).pop()
        : subjectOf(norm, sorted, at, rank, subjectBefore);
      if (!x) continue;
      if (
        located &&
        (typeOf(x.id) !== "City" || !LEAD.test(norm.slice(x.ce, at)) || !opensClause(norm, sorted, x))
      )
        continue;
      for (const m of chain) {
        if (m.id === x.id || m.id === "Country:中国" || typeOf(m.id) === "Country") continue;
        push(placedIn(x, m.id, Math.min(x.cs, at), Math.max(x.ce, rank ? end : m.ce)));
      }
    }
  },
};
