/**
 * China written only inside a 中-led compound or an X方 form (中蒙边境贸易, 中俄双方, 中方) and never in full in
 * the document is no side of a cooperation: the dev annotations since set 20 resolve such a compound only when
 * both countries are written in full (set 20 notes (8), (19); set 21 note (1)), so a text that never writes
 * China in full (triggers.json "chinaInFull": 中国, 中华人民共和国, 我国) gives no COOPERATES_WITH with it.
 * Read once per document by document.ts, on the relations of each passage (the passage alone cannot tell).
 */
import { triggerWords } from "../lexicon";
import type { FoundRelation } from "./context";

const CHINA = "Country:中国";
const IN_FULL = triggerWords("chinaInFull");

/** Whether a (normalized) document text writes China in full somewhere, inside a name or not. */
export function writesChina(norm: string): boolean {
  return IN_FULL.some((w) => norm.includes(w));
}

/** Whether `r` is a cooperation with China, which a document that never writes China in full does not state. */
export function chinaSide(r: Pick<FoundRelation, "type" | "source" | "target">): boolean {
  return r.type === "COOPERATES_WITH" && (r.source === CHINA || r.target === CHINA);
}
