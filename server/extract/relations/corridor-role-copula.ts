import { clauseOf } from "../clauses";
import type { Mention } from "../entities/types";
import { CLAUSE_TIMES, NEGATORS, trigger } from "../lexicon";
import { type RelationContext, typeOf } from "./context";
import { COPULA_OPEN } from "./triggers";
import type { RelationRule } from "./types";

/** What may be said to be a project, member or node of a corridor (railways, countries, zones, ports, places). */
const SUBJ = /^(Country|Corridor|DevZone|Port|FreeTradeZone|Area|City|Province)$/;
/**
 * The copula with its adverbs (是, 也是, 已成为, 作为: triggers.ts COPULA_OPEN), then the predicate's modifiers up
 * to the corridor, in one clause.
 */
const COPULA = new RegExp(`${COPULA_OPEN}[^，,；;。！？!?]{0,24}?[“"「]?$`);
/** A clause opened by only the copula and its adverbs (…，也是“甲”的重要项目): the subject opens the clause before. */
const BARE_COPULA = new RegExp(COPULA_OPEN);
/**
 * After the corridor, the head of the predicate closing the clause: a role on the corridor (triggers.json
 * "corridorRole": 枢纽, 节点…) or what a corridor is built of or with ("corridorMemberHeads": 项目, 工程, 国家…),
 * at most twelve characters of modifiers between, 之一 allowed after it.
 */
const HEAD = new RegExp(
  `^[”"」]?[^，,；;。！？!?“”"「」]{0,12}?(?:${trigger("corridorRole").source}|${trigger("corridorMemberHeads").source})(?:之一)?$`,
);

/**
 * A predicate that denies, opposes or asks (没有加入, 是否是, 拒绝参与, 退出, 遏制: function-words.json negators and
 * triggers.json "corridorRoleDenied"), once the words that only hold such a word are taken out ("corridorRoleDeniedNot":
 * 不断, 不同, 竞争力); or the corridor followed by an exclusion ("corridorOutside": 之外的国家).
 */
const DENIED = new RegExp(`${NEGATORS}|${trigger("corridorRoleDenied").source}`);
const DENIED_NOT = new RegExp(trigger("corridorRoleDeniedNot").source, "g");
const OUTSIDE = new RegExp(`^[”"」]?(?:${trigger("corridorOutside").source})`);
/** A clause asking (…？): the clause mark after it is a question mark (吗 cannot stand after the head, see HEAD). */
const QUESTION_MARK = /^[？?]/;

/**
 * The words between the copula and the corridor (a quote before it left out), which must be none or a time word
 * (function-words.json clauseTimes: 是未来“甲”的…), a modifier closed
 * by 的 (面向南亚的“甲”) or end with a verb of building or joining the corridor (triggers.json "corridorRoleBuilding":
 * 共建“甲”, 积极参与“甲”); anything else (对“甲”…, 抵制“甲”) states a stance toward it, no membership (mend25k).
 */
const BEFORE_CORRIDOR = new RegExp(`${COPULA_OPEN}(?<pre>[^，,；;。！？!?]{0,24}?)[“"「]?$`);
/** A corridor written with its building verb (共建“一带一路”). */
const BUILDING_LEAD = new RegExp(`^(?:${trigger("corridorRoleBuilding").source})`);
const BUILDING = new RegExp(`^(?:${CLAUSE_TIMES})?$|的$|(?:${trigger("corridorRoleBuilding").source})$`);

/** Whether the predicate from the subject's end `from` to the clause end `b` denies the corridor role. */
function denied(rc: RelationContext, corr: Mention, from: number, b: number): boolean {
  const { norm } = rc;
  const predicate = norm.slice(from, b);
  if (OUTSIDE.test(norm.slice(corr.ce, b)) || QUESTION_MARK.test(norm.slice(b))) return true;
  const pre = BEFORE_CORRIDOR.exec(norm.slice(from, corr.cs))?.groups?.pre;
  const built = BUILDING.test(pre ?? "") || BUILDING_LEAD.test(norm.slice(corr.cs, corr.ce));
  if (pre !== undefined && !built) return true;
  return DENIED.test(predicate.replace(DENIED_NOT, ""));
}

/** The mention opening the clause that starts at `a` (at most one space or quote before it), or undefined. */
function opener(rc: RelationContext, a: number): Mention | undefined {
  const lead = /^[\s“"「，,]*/.exec(rc.norm.slice(a))?.[0].length ?? 0;
  return rc.ms.find((x) => x.cs === a + lead);
}

/**
 * The subject of the copula before `corr` in its clause [a, b): the name opening the clause, followed by the
 * copula; or, when the clause opens with the copula, the name opening the clause before it in the sentence,
 * itself followed by the copula (甲是乙，也是“丙”的重要项目). (on-corridor.ts serialSubject is not reused: it
 * gives only zones and places, no Country, Corridor or DevZone, and no subject for a sentence opened by a firm.)
 */
function copulaSubject(rc: RelationContext, corr: Mention, a: number): Mention | undefined {
  const { norm } = rc;
  const s = opener(rc, a);
  if (s && s.ce <= corr.cs) return COPULA.test(norm.slice(s.ce, corr.cs)) ? s : undefined;
  if (!BARE_COPULA.test(norm.slice(a, corr.cs)) || !COPULA.test(norm.slice(a, corr.cs).trim()))
    return undefined;
  const ss = rc.sentStartOf(corr.cs);
  if (a <= ss) return undefined;
  const [pa] = clauseOf(norm, a - 1);
  const p = opener(rc, Math.max(pa, ss));
  if (!p || p.ce > a) return undefined;
  return BARE_COPULA.test(norm.slice(p.ce, a)) ? p : undefined;
}

/**
 * 甲国是“一带一路”的重要国家, 某铁路是共建“一带一路”的标志性工程, 某示范区也是…“一带一路”…合作中心: a name that
 * the copula makes a project, member or node of a corridor lies on it (ON_CORRIDOR). The corridor stands in the
 * copula's predicate, whose head (a role or member noun) closes the clause with no other name after the corridor.
 */
export const corridorRoleCopula: RelationRule = {
  name: "corridor-role-copula",
  types: ["ON_CORRIDOR"],
  find(rc) {
    const { norm, push } = rc;
    for (const corr of rc.of("Corridor")) {
      const [a, b] = clauseOf(norm, corr.cs);
      if (!HEAD.test(norm.slice(corr.ce, b))) continue;
      if (rc.ms.some((x) => x.cs >= corr.ce && x.cs < b)) continue;
      const s = copulaSubject(rc, corr, a);
      if (!s || !SUBJ.test(typeOf(s.id)) || s.id === corr.id) continue;
      if (corr.parts.some((p) => p.id === s.id) || s.parts.some((p) => p.id === corr.id)) continue;
      if (denied(rc, corr, s.ce < a ? a : s.ce, b)) continue;
      push({
        type: "ON_CORRIDOR",
        subj: s,
        source: s.id,
        target: corr.id,
        method: "pattern",
        confidence: 0.75,
        cs: Math.min(s.cs, corr.cs),
        ce: Math.max(s.ce, corr.ce),
      });
    }
  },
};
