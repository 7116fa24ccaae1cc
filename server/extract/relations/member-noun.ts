import { clauseOf, sentenceStart } from "../clauses";
import type { Mention } from "../entities/types";
import { ADVERB_OR_DATE, CLAUSE_TIMES, COUNT_NUMERAL, relationAlt, trigger } from "../lexicon";
import { CLAUSE_LEAD, type RelationContext, typeOf } from "./context";
import { pushMembers, stageIn } from "./stage";
import type { RelationRule } from "./types";

/** An ordinal before a member noun (第12个, 首个, 首批, 新). */
const ORDINAL = `(第${COUNT_NUMERAL}+个|首个|首批|新)`;
/** The member nouns of membership itself (triggers.json "memberNounsCore"): no chair or depositary. */
const CORE_NOUN = trigger("memberNounsCore").source;
/** A member noun that ends in a role in a bloc (triggers.json "memberRoleNouns": 主席国, 保存方), no membership. */
const ROLE_END = new RegExp(`(?:${trigger("memberRoleNouns").source})$`);
/**
 * What may follow a member noun that is the predicate of a copula: the clause's end, 之一, or a time
 * word not opening a longer word (…成为RCEP成员国后; not 后续, 后来, 之后的). Not 的, 最, 以外, 中 or a verb (中国是东盟成员国最大的贸易伙伴, 中国为东盟成员国
 * 提供培训, 越南成为首个成员国中增长最快的国家): the noun then modifies or is an object, not the predicate.
 */
const PREDICATE_END = new RegExp(
  `^(之一)?([,，;；。:：!！?？、)）]|$|(${relationAlt("memberAfterWords")})(?![续来的]))`,
);
/**
 * After 为 + member noun only the clause's end or 之一 (中国为RCEP成员国。): 为 is also the preposition
 * "for" whose object the noun may be, with the verb after it or after a list (中国为RCEP成员国、东盟国家
 * 提供培训, 为RCEP成员国后续合作提供支持).
 */
const WEI_PREDICATE_END = /^(之一)?([,，;；。:：!！?？)）]|$)/;
/** After a list closed by 等 and the member noun: a word that leaves the listed countries out (以外). */
const EXCLUDED = new RegExp(`^(${relationAlt("memberExcluded")})`);
/**
 * A member noun right after the agreement: RCEP成员国, DEPA的创始成员国, CPTPP缔约方, 签署国; also the
 * roles only a party holds (CPTPP委员会的主席国, the depositary CPTPP保存方): triggers.json "memberNounsCore"
 * and "memberNounsMore".
 */
const MEMBER_NOUN = new RegExp(
  `^[》"”)]?(\\([A-Za-z]{2,8}\\))?(的)?(委员会的?)?${ORDINAL}?(${relationAlt("memberModifiers")})?(${CORE_NOUN}|${trigger("memberNounsMore").source})`,
);
/**
 * Adverbs (function-words.json copulaAdverbs), time words (function-words.json clauseTimes) and a date
 * between the members and the copula (英国于2024年12月正式成为…, 秘鲁也是…): they still name the members.
 * Wishes and plans (希望成为, 有望成为, 申请成为) are not this.
 */
const COPULA_LEAD = new RegExp(`(${ADVERB_OR_DATE}|${CLAUSE_TIMES})*$`);
/**
 * 成为 and a member noun with no agreement between, in a later clause of the agreement's sentence
 * (CPTPP包括A、B…，英国成为第12个成员国): membership of that agreement.
 */
const BECOMES_MEMBER = new RegExp(`成为${ORDINAL}?(${CORE_NOUN})`, "g");

/**
 * The copula before the agreement: 为 (not 作为), 是, 系, 成为, 均为, 都是, the passive of admission
 * (triggers.json memberAdmitted: 被接纳为), or 等 with a count closing a list (A、B等6个东盟成员国).
 */
const COPULA_BEFORE = new RegExp(
  `(${trigger("memberAdmitted").source}|${relationAlt("memberCopulas")})[《"“]?$`,
);

/** Where the members before a copula at `at` end, past adverbs and a date (英国于2024年正式成为). */
function beforeAdverbs(norm: string, at: number): number {
  return at - (COPULA_LEAD.exec(norm.slice(Math.max(0, at - 16), at))?.[0].length ?? 0);
}

/**
 * 成为 + a member noun with no agreement right before the noun: the members are the list before the
 * copula, the agreement the last one named earlier in the same sentence with no clause break of a new
 * sentence between (CPTPP包括A、B，英国成为第12个成员国).
 */
function laterMembers(
  norm: string,
  countries: Mention[],
  ags: Mention[],
  push: RelationContext["push"],
): void {
  if (!norm.includes("成为")) return;
  for (const t of norm.matchAll(BECOMES_MEMBER)) {
    const at = t.index ?? 0;
    const start = sentenceStart(norm, at);
    const ag = ags.filter((x) => x.ce <= at && x.cs >= start).pop();
    if (!ag || ag.ce === at || !PREDICATE_END.test(norm.slice(at + t[0].length))) continue;
    const members = listEndingAt(countries, norm, beforeAdverbs(norm, at));
    const first = members[0];
    // (the members open their own clause: not the object of an earlier verb)
    if (!first || !CLAUSE_LEAD.test(norm.slice(clauseOf(norm, first.cs)[0], first.cs))) continue;
    // (the evidence names the agreement too: CPTPP…，英国成为第12个成员国)
    pushMembers(push, members, ag.id, () => ({ cs: ag.cs, ce: at + t[0].length }), undefined);
  }
}
const JOIN = new RegExp(`^(${relationAlt("listJoins")})$`);
/** An agreement that has the members listed next (CPTPP现有…, RCEP共有…). */
const HAS_LIST = new RegExp(`^(${relationAlt("memberHasTimes")})?(${relationAlt("memberHasVerbs")})`);
/** The member noun that closes such a list (…等11个成员国, …共15个缔约方). */
const LIST_NOUN = new RegExp(`^(等|共)?${COUNT_NUMERAL}*个?(${CORE_NOUN})`);
/** An agreement said to include what is listed next (CPTPP包括日本、加拿大…, RCEP目前涵盖…). */
const INCLUDES = new RegExp(
  `^[》"”)]?(${relationAlt("memberIncludeTimes")})?(${relationAlt("memberIncludeVerbs")})`,
);
/** What may close a list of included parties: a clause break, 等(N国), N国, 在内. */
const INCLUDED_END = new RegExp(
  String.raw`^([,，;；。:：]|$|等|[\d一二三四五六七八九十]+个?(${relationAlt("memberCountNouns")})|在内)`,
);

/** The countries of the list that ends right at `end` (joined by 、和与及), in text order. */
function listEndingAt(countries: Mention[], norm: string, end: number): Mention[] {
  const out: Mention[] = [];
  let pos = end;
  for (let i = countries.length - 1; i >= 0; i--) {
    const c = countries[i] as Mention;
    if (c.ce > pos) continue;
    const gap = norm.slice(c.ce, pos);
    if (out.length === 0 ? gap !== "" : !JOIN.test(gap)) break;
    out.unshift(c);
    pos = c.cs;
  }
  return out;
}

/** The countries of the list that starts right at `start`. */
function listStartingAt(countries: Mention[], norm: string, start: number): Mention[] {
  const out: Mention[] = [];
  let pos = start;
  for (const c of countries) {
    if (c.cs < pos) continue;
    const gap = norm.slice(pos, c.cs);
    if (out.length === 0 ? gap !== "" : !JOIN.test(gap)) break;
    out.push(c);
    pos = c.ce;
  }
  return out;
}

/**
 * Countries called members of an agreement or of a bloc (catalog kind "bloc": 东盟, 欧盟) by a member noun
 * after it (成员国, 缔约方, 签署国; A、B等6个东盟成员国):
 * 新加坡是DEPA的创始成员国, 日本、澳大利亚等RCEP成员国, 作为RCEP成员国，越南和泰国… → ALIGNS_WITH from each
 * country to the agreement (签署国 → stage signed). The countries are the list right before a copula
 * (是/为/系/成为) before the agreement, the list closed by 等 right before it, after 作为 + agreement +
 * member noun + comma the list that opens the next clause, before 作为 the list when the noun ends its
 * phrase (韩国作为RCEP成员国之一，…; release 22), or the list an agreement has (CPTPP现有日本、
 * 澳大利亚等11个成员国), or the list in apposition right after the noun (DEPA成员国新西兰、新加坡; not after
 * 非/除). The member noun alone (与RCEP成员国的贸易) names
 * no country.
 */
export const memberNoun: RelationRule = {
  name: "member-noun",
  types: ["ALIGNS_WITH"],
  find({ norm, of, push, cat }) {
    const countries = of("Country")
      .filter((c) => typeOf(c.id) === "Country")
      .sort((x, y) => x.cs - y.cs);
    // (a bloc has member states too: 泰国、越南等东盟成员国)
    const blocs = countries.filter((c) => cat.get(c.id)?.properties.kind === "bloc");
    laterMembers(norm, countries, of("Agreement"), push);
    for (const ag of [...of("Agreement"), ...blocs]) {
      // CPTPP现有日本、澳大利亚、文莱等11个成员国: the list between 现有 and the member noun
      const has = HAS_LIST.exec(norm.slice(ag.ce));
      if (has) {
        const listed = listStartingAt(countries, norm, ag.ce + has[0].length);
        const last = listed[listed.length - 1];
        if (last && LIST_NOUN.test(norm.slice(last.ce)))
          pushMembers(push, listed, ag.id, () => ({ cs: ag.cs, ce: last.ce }), undefined);
      }
      // CPTPP包括澳大利亚、文莱、加拿大和越南: two countries or more listed right after 包括
      const inc = INCLUDES.exec(norm.slice(ag.ce));
      if (inc) {
        const listed = listStartingAt(countries, norm, ag.ce + inc[0].length);
        const last = listed[listed.length - 1];
        if (last && listed.length >= 2 && INCLUDED_END.test(norm.slice(last.ce)))
          pushMembers(push, listed, ag.id, () => ({ cs: ag.cs, ce: last.ce }), undefined);
      }
      const noun = MEMBER_NOUN.exec(norm.slice(ag.ce));
      // (a bloc's chair or depositary names a role in the bloc, no membership of an agreement: 东盟主席国越南)
      if (!noun || (blocs.includes(ag) && ROLE_END.test(noun[0]))) continue;
      const lead = norm.slice(clauseOf(norm, ag.cs)[0], ag.cs);
      // (等 may carry a count: A、B等6个东盟成员国)
      const before = COPULA_BEFORE.exec(lead);
      let members: Mention[] = [];
      if (/作为$/.test(lead)) {
        const next = /^[，,]\s*/.exec(norm.slice(ag.ce + noun[0].length));
        if (next) members = listStartingAt(countries, norm, ag.ce + noun[0].length + next[0].length);
        // (X作为RCEP成员国之一，…: the list right before 作为, when the noun ends its phrase)
        if (members.length === 0 && PREDICATE_END.test(norm.slice(ag.ce + noun[0].length)))
          members = listEndingAt(countries, norm, beforeAdverbs(norm, ag.cs - 2));
      } else if (before) {
        // (a copula's member noun ends the predicate; a list closed by 等 is not left out by 以外)
        const after = norm.slice(ag.ce + noun[0].length);
        const end = before[1] === "为" ? WEI_PREDICATE_END : PREDICATE_END;
        if (before[1]?.startsWith("等") ? EXCLUDED.test(after) : !end.test(after)) continue;
        members = listEndingAt(countries, norm, beforeAdverbs(norm, ag.cs - before[0].length));
      }
      // DEPA成员国新西兰、新加坡、智利: the list in apposition right after the noun (not 非RCEP成员国印度)
      // (past a bracketed short name the short name's own mention reads the list in apposition)
      else if (!/[非除]$/.test(lead) && !noun[1])
        members = listStartingAt(countries, norm, ag.ce + noun[0].length);
      if (members.length === 0) continue;
      const span = (c: Mention) => ({
        cs: Math.min(c.cs, ag.cs),
        ce: Math.max(c.ce, ag.ce + noun[0].length),
      });
      pushMembers(push, members, ag.id, span, stageIn(noun[0]));
    }
  },
};
