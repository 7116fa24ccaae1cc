import { clauseOf } from "../clauses";
import { charClassBody, readLexicon, SECTOR_FOCUS, ZONE_TYPE, ZONE_WORD } from "../lexicon";
import { PAIR_PARTIES } from "./pair-sectors";
import type { Mention } from "./types";

const LEX = readLexicon<{
  cooperationClassModifiers: string[];
  cooperationClassNouns: string[];
  cooperationVerbs: string[];
  cooperationModifiers: string[];
  cooperationNouns: string[];
  cooperationNotBefore: string[];
  cooperationHaveVerbs: string[];
}>("industry.json");

/** One optional-or-repeated group of words of a lexicon list. */
const group = (list: readonly string[]): string => `(?:${list.join("|")})`;

/**
 * A list of fields closed by a class noun and a cooperation noun (…、数字经济、文化旅游等领域的交流合作,
 * 围绕…现代物流服务…等方面开展合作, …等领域的国际合作): the fields parties cooperate in. The words of each
 * slot are data (industry.json cooperationClassModifiers, cooperationClassNouns, cooperationVerbs,
 * cooperationModifiers, cooperationNouns).
 */
const FIELDS_OF_COOPERATION = new RegExp(
  `^[^。；;！？!?]{0,60}?等?${group(LEX.cooperationClassModifiers)}?${group(LEX.cooperationClassNouns)}` +
    `${group(LEX.cooperationVerbs)}*(?:${group(LEX.cooperationHaveVerbs)}(?:[\\u4e00-\\u9fff]{1,4}?的)?)?` +
    `(?:${group(LEX.cooperationModifiers)}的?)*(?:与|和|及)?${group(LEX.cooperationNouns)}`,
);
/**
 * A list of fields closed by the cooperation noun itself, with no class noun (扩大农业、渔业合作, 在农业国际合作
 * 方面): the same fields. Not a cooperative (农业合作社) nor a cooperation's body (合作组织) nor a zone (跨境物流合作区), and not a list that
 * goes on after it (跨境物流、农牧业国际合作等领域: the cooperation is one more item).
 */
const FIELDS_THEN_COOPERATION = new RegExp(
  `^(?:[、和与及][\\u4e00-\\u9fff]{1,8}?)*${group(LEX.cooperationModifiers)}*${group(LEX.cooperationNouns)}(?![${charClassBody(LEX.cooperationNotBefore.join(""))}])`,
);
/** A word introducing a partner (与乙, 同乙; not 参与). */
const WITH_PARTNER = /(?<!参)[与同]/g;
/** The cheap test of the passage. */
const ANY_COOPERATION = new RegExp(LEX.cooperationNouns.join("|"));

/**
 * Removes (in place) industries that are only items of a list of fields of cooperation or exchange
 * (the annotation conventions: fields of cooperation between parties are no Industry entities). A clause
 * that states a focus before the sector (浙江省重点支持…等重点领域合作) keeps it: a focus list, not fields of
 * cooperation (the anchor rule, sector-anchor.ts, decides on it). A zone named in the passage keeps the fields, and so
 * does one named earlier in the paragraph when the passage has a zone word (该片区…) or leaves the zone as its unstated
 * subject (甲新区…。目前已与乙在丙等领域合作): not when it names parties of its own (盼丁与乙在…, 希望两市在…, 希望丁乙在…).
 */
export function dropCooperationFields(norm: string, ms: Mention[], zoneBefore: boolean): void {
  if (!ANY_COOPERATION.test(norm) || ms.some((m) => ZONE_TYPE.test(m.id))) return;
  if (zoneBefore && (ZONE_WORD.test(norm) || zoneIsSubject(norm, ms))) return;
  for (let k = ms.length - 1; k >= 0; k--) {
    const m = ms[k];
    if (!m?.id.startsWith("Industry:")) continue;
    if (SECTOR_FOCUS.test(norm.slice(clauseOf(norm, m.cs)[0], m.cs))) continue;
    const tail = norm.slice(m.ce, m.ce + 80);
    if (FIELDS_THEN_COOPERATION.test(tail)) {
      ms.splice(k, 1);
      continue;
    }
    const head = FIELDS_OF_COOPERATION.exec(tail);
    // the list must reach the class noun without a clause break other than list commas
    if (head && !/[，,：:]/.test(head[0])) ms.splice(k, 1);
  }
}

/**
 * Whether the zone named earlier is the unstated subject of the passage: a partner introduced by 与/同 with no name
 * written right before it (目前已与乙在…, 积极同乙在…), and no word of two parties (两市, 双方: pair-sectors.ts).
 */
function zoneIsSubject(norm: string, ms: readonly Mention[]): boolean {
  if (PAIR_PARTIES.test(norm)) return false;
  for (const w of norm.matchAll(WITH_PARTNER)) {
    if (!ms.some((m) => !m.id.startsWith("Industry:") && m.ce === w.index)) return true;
  }
  return false;
}
