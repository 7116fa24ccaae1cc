import { sentenceEnd, sentenceStart } from "../clauses";
import { alternatives, readLexicon } from "../lexicon";
import { FOCUS } from "./sector-anchor";
import type { Mention } from "./types";

/** Words of a carrier: a train service, a route, a flight, a liner, a railway bureau (industry.json carrierWords). */
const CARRIER = alternatives(readLexicon<{ carrierWords: string[] }>("industry.json").carrierWords);
/** Zones that develop sectors. */
const ZONE = /^(?:DevZone|Area|FreeTradeZone):/;

/**
 * Whether a logistics sector word (…物流) is a carrier's business or effect rather than a field a place develops:
 * its sentence is about a carrier (班列, 航线, 铁路局…: 加速国际物流, 提供跨境物流支撑, 推进现代物流转型发展), names no
 * zone, and no focus word stands before it in its clause (a zone or 重点发展 keeps it).
 */
export function carrierLogistics(
  norm: string,
  clauseStart: number,
  m: Mention,
  out: readonly Mention[],
): boolean {
  if (!m.id.endsWith("物流")) return false;
  const a = sentenceStart(norm, m.cs);
  const e = sentenceEnd(norm, m.cs);
  if (!CARRIER.test(norm.slice(a, e))) return false;
  if (FOCUS.test(norm.slice(clauseStart, m.cs))) return false;
  return !out.some((z) => ZONE.test(z.id) && z.cs >= a && z.ce <= e);
}
