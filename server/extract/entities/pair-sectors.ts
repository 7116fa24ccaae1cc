import { clauseOf } from "../clauses";
import { alternatives, CONJUNCTION_CHARS, readLexicon, ZONE_TYPE, ZONE_WORD } from "../lexicon";
import type { Mention } from "./types";

const LEX = readLexicon<{ pairParties: string[] }>("industry.json");

/** Words of two parties (industry.json pairParties: 两国, 双方, 中X两国, 中X边贸…), as regex alternatives. */
export const PAIR_PARTIES = alternatives(LEX.pairParties);
const PAIR_PARTIES_G = alternatives(LEX.pairParties, "g");
/** What may open the clause before the pair when it is the subject: parties joined by 与/和 (甲与乙两国, 甲与中乙两国). */
const SUBJECT_BEFORE = /^(?:[\u4e00-\u9fff]{1,12}?[与和][\u4e00-\u9fff]{0,12})?$/;
/**
 * What may stand between the pair and the sector it owns: nothing, 的 or a conjunction (lexicon.ts CONJUNCTION_CHARS:
 * 中丙两国丁, 两国的丁, 中丙边贸和丁).
 */
const OWNER_GAP = new RegExp(`^[的${CONJUNCTION_CHARS}]?$`);
/** What joins two items of one list of sectors (甲、乙, 甲产业和乙业; a conjunction of CONJUNCTION_CHARS). */
const ITEM_JOIN = new RegExp(`^(?:产业|行业|业)?[${CONJUNCTION_CHARS}]$`);

/** Where the list the sector closes starts: the first of the sectors joined to it by list marks. */
function listStart(norm: string, ms: readonly Mention[], k: number): number {
  let start = ms[k]?.cs ?? 0;
  for (let j = k - 1; j >= 0; j--) {
    const p = ms[j];
    if (!p?.id.startsWith("Industry:") || !ITEM_JOIN.test(norm.slice(p.ce, start))) break;
    start = p.cs;
  }
  return start;
}

/**
 * Whether a pair of parties is the subject of the clause starting at `a` (it opens it) or the owner of the sector
 * (written right before it, or before the first item of its list).
 */
function pairActs(norm: string, a: number, ms: readonly Mention[], k: number): boolean {
  const before = norm.slice(a, ms[k]?.cs ?? a);
  const start = listStart(norm, ms, k) - a;
  for (const p of before.matchAll(PAIR_PARTIES_G)) {
    if (SUBJECT_BEFORE.test(before.slice(0, p.index))) return true;
    const end = p.index + p[0].length;
    if (start >= end && OWNER_GAP.test(before.slice(end, start))) return true;
  }
  return false;
}

/**
 * Removes (in place) industries that two parties do together or exchange (the annotation conventions: two places' or
 * countries' industries are no Industry entities where no zone focuses on them): a word of two parties that opens the
 * sector's clause, alone or after parties joined by 与/和 (双方将推动甲、乙等产业对接), or that stands right before the
 * sector (推动中丙两国丁产业发展, 促进中丙边贸和丁发展). A pair that only qualifies something else keeps the sector
 * (广西将依托中丙两国的区位优势重点发展丁), and so does a zone: named in the clause, a zone word in it (该片区与丙双方),
 * or a zone named earlier in the paragraph (`zoneBefore`) when the passage has a zone word.
 */
export function dropPairSectors(norm: string, ms: Mention[], zoneBefore: boolean): void {
  if (!PAIR_PARTIES.test(norm) || (zoneBefore && ZONE_WORD.test(norm))) return;
  for (let k = ms.length - 1; k >= 0; k--) {
    const m = ms[k];
    if (!m?.id.startsWith("Industry:")) continue;
    const [a, e] = clauseOf(norm, m.cs);
    if (!pairActs(norm, a, ms, k) || ZONE_WORD.test(norm.slice(a, e))) continue;
    if (ms.some((z) => ZONE_TYPE.test(z.id) && z.cs >= a && z.ce <= e)) continue;
    ms.splice(k, 1);
  }
}
