import { hanRunBefore } from "../clauses";
import {
  ALIAS_BRACKET,
  charClassBody,
  longestAlternatives,
  PAIRED_HEAD_NOT_BEFORE,
  PAIRED_JOINTS,
  PAIRED_NAME_VERBS,
  PAIRED_ZONE_HEADS,
  ROUTE_NOUNS,
  STRONG_STOPS,
  ZONE_PHRASE_BREAK,
} from "../lexicon";
import type { Names, Span } from "./names";
import { tagWindow } from "./segmenter";
import type { Candidate, EntityRule } from "./types";

/** After the dash: the second party's words (brackets allowed: 中东欧(某市)), then a paired head (not 合作区域). */
const RIGHT = new RegExp(
  `^([\\u4e00-\\u9fff()]{1,16}?)(${longestAlternatives(PAIRED_ZONE_HEADS)})(?!${PAIRED_HEAD_NOT_BEFORE.join("|")})`,
);
/** A dash, or a joint written for one (dev-zone-heads.json pairedJoints: 中国·某国经贸合作区). */
const JOINT = new RegExp(`-+|[${charClassBody(PAIRED_JOINTS)}]`, "g");

/** A short form declared right after the name ((简称“某示范区”), (以下简称某示范区)): the catalogued zone it names, if any. */
function declaredShort(n: Names, rest: string): string | undefined {
  const m = ALIAS_BRACKET.exec(rest);
  const id = m ? n.cat.resolve(m[1] ?? "", ["DevZone"]) : undefined;
  return id?.startsWith("DevZone:") ? id : undefined;
}

/** Segmenter tags of clause words (verbs but not verbal nouns, adverbs, numerals, prepositions, conjunctions,
 * pronouns, particles): a party's name holds none of two characters or more. */
const CLAUSE_TAG = /^(v(?!n)|d|m|p|c|r|u)/;

/**
 * Whether the words between the dash and the head can be the second party's name: no possessive, coordination,
 * strong stop or route word (甲—乙公路沿线经济区, 甲—乙班列抵达…合作区: a route's ends), no bilateral pair
 * opening them (某市——中X边境经济合作区: an apposition), and no clause word of two characters or more outside
 * the names the earlier rules found (提出共建, 共同谋划, 多个; not 组织 of 上合组织: the rule runs after the
 * gazetteers of bodies; nor a name's verb, PAIRED_NAME_VERBS: 创新创业合作区).
 */
function secondParty(
  n: Names,
  norm: string,
  at: number,
  words: string,
  cands: readonly Candidate[],
): boolean {
  if (ZONE_PHRASE_BREAK.test(words) || n.bilateralPairAt(norm, at)) return false;
  if ([...STRONG_STOPS.filter((w) => w.length > 1), ...ROUTE_NOUNS].some((w) => words.includes(w)))
    return false;
  const named = cands.filter((c) => c.cs >= at && c.ce <= at + words.length);
  return !tagWindow(norm, at, at + words.length, n.cat).some(
    (w) =>
      w.end - w.start >= 2 &&
      CLAUSE_TAG.test(w.tag) &&
      !PAIRED_NAME_VERBS.includes(w.word) &&
      !named.some((c) => c.cs <= w.start && w.end <= c.ce),
  );
}

/**
 * Where the first party's chain of places opens, the places ending right at the dash (某市中国—, 老挝某镇—),
 * a bilateral pair before them included (中老某镇—); -1 when no place ends at the dash.
 */
function chainStart(n: Names, norm: string, dash: number): number {
  const from = hanRunBefore(norm, dash, 12);
  const places = n.placesIn(norm.slice(from, dash));
  let i = places.length - 1;
  if (i < 0 || from + (places[i]?.end ?? 0) !== dash) return -1;
  while (i > 0 && places[i - 1]?.end === places[i]?.start) i--;
  const start = from + (places[i]?.start ?? 0);
  return start >= 2 && n.bilateralPairAt(norm, start - 2) ? start - 2 : start;
}

/**
 * The zone's place: a city opening its name (某市中国—某组织…示范区), or, after a bilateral pair, the city
 * written right before the dash (中老某镇—某镇经济合作区: the Chinese side's town); in a chain opened by a Chinese
 * province or by 中国, the city nearest the dash (某省某市中国—某组织…合作区, 中国某镇—某国某镇…合作区).
 */
function placeOf(n: Names, norm: string, cs: number, dash: number): Span[] {
  const at = n.bilateralPairAt(norm, cs) ? cs + 2 : cs;
  const first = n.startsWithPlace(norm.slice(at, dash));
  if (first?.id.startsWith("City:")) {
    if (at > cs && at + first.len !== dash) return [];
    return [{ id: first.id, cs: at, ce: at + first.len }];
  }
  if (at > cs) return [];
  const places = n.placesIn(norm.slice(at, dash));
  const k = places.findLastIndex((p) => p.id.startsWith("City:"));
  const city = places[k];
  // (only Chinese places before it: 中国老挝某镇— names both sides and gives no place)
  const chinese = places.slice(0, k).every((p) => p.id.startsWith("Province:") || p.id === "Country:中国");
  return city && chinese ? [{ id: city.id, cs: at + city.start, ce: at + city.end }] : [];
}

/**
 * Cooperation zones named by two parties joined by a dash, the first party a chain of places (中老某镇—某镇经济合作区,
 * 中国—某国(某市)中小企业合作区, 某市中国—某组织地方经贸合作示范区). The name keeps its dash as written; a city
 * opening the name is its place.
 */
export const dashPairZones: EntityRule = {
  name: "dash-pair-zones",
  type: "DevZone",
  priority: 1,
  find({ norm, clean, n, add, cands }) {
    for (const m of norm.matchAll(JOINT)) {
      const dash = m.index ?? 0;
      const after = dash + m[0].length;
      const r = RIGHT.exec(norm.slice(after));
      if (!r || !secondParty(n, norm, after, r[1] ?? "", cands)) continue;
      const cs = chainStart(n, norm, dash);
      if (cs < 0) continue;
      const ce = after + r[0].length;
      const written = `${norm.slice(cs, dash)}${(clean ?? norm).slice(dash, after)}${norm.slice(after, ce)}`;
      const id =
        n.cat.resolve(written, ["DevZone"]) ??
        declaredShort(n, norm.slice(ce)) ??
        n.ensure("DevZone", written);
      const parts = placeOf(n, norm, cs, dash);
      add({ id, cs, ce, method: "pattern", parts });
    }
  },
};
