/**
 * A route of history that the catalog holds as a corridor (古丝绸之路, written bare as 丝绸之路) names no corridor
 * of today where the text writes it as history or as an epithet (古丝绸之路上, 丝绸之路沿线国家, 丝绸之路必经之地,
 * “丝绸之路”古国): the sets leave it out there. It stays only when quoted as a term (“丝绸之路”成为热词) with no
 * mark of age (古) next to the name or its quotes or inside them, or compounded with a channel noun that makes the
 * place its channel (作为古丝绸之路黄金通道, 某市是丝绸之路起点), or written bare after a verb of building
 * (共建丝绸之路, 重振丝绸之路: the Belt and Road of today). Ids and marks: data/lexicon/historic-routes.json.
 */
import { readLexicon } from "../lexicon";
import type { Mention } from "./types";

const WORDS = readLexicon<{
  ids: string[];
  ageMarks: string[];
  openQuotes: string;
  closeQuotes: string;
  channelHeads: string[];
  gapBreaks: string[];
  buildVerbs: string[];
  buildAfter: string[];
  buildGapBreaks: string[];
  epithets: string[];
  pastMarks: string[];
  maxGap: number;
  maxBuildGap: number;
}>("historic-routes.json");
const IDS = new Set(WORDS.ids);
const CHANNEL = new RegExp(`^([\\u4e00-\\u9fff]{0,${WORDS.maxGap}}?)(?:${WORDS.channelHeads.join("|")})`);
const CJK_RUN = /^[\u4e00-\u9fff]*$/;

/** True when a channel noun follows the route (古丝绸之路黄金通道, 丝绸之路的重要节点) and no mark of the past precedes it. */
function channelOf(norm: string, m: Mention): boolean {
  const hit = CHANNEL.exec(norm.slice(m.ce, m.ce + WORDS.maxGap + 3));
  const gap = hit?.[1] ?? "";
  if (!hit || WORDS.gapBreaks.some((w) => gap.includes(w))) return false;
  // 的 before the channel noun only after the bare name (古丝绸之路的重要通道 reads as history)
  if (gap.includes("的") && WORDS.ageMarks.some((w) => norm.startsWith(w, m.cs))) return false;
  const before = norm.slice(Math.max(0, m.cs - 4), m.cs);
  return !WORDS.pastMarks.some((w) => before.includes(w));
}

/** True when the route at m is quoted as a term and not marked as ancient. */
function quotedTerm(norm: string, m: Mention): boolean {
  const before = norm[m.cs - 1] ?? "";
  const after = norm[m.ce] ?? "";
  if (!WORDS.openQuotes.includes(before) || !WORDS.closeQuotes.includes(after)) return false;
  const aged = (s: string) => WORDS.ageMarks.some((w) => s.startsWith(w) || s.endsWith(w));
  // (the quoted text itself may carry the mark: “古丝绸之路”)
  return (
    !aged(norm.slice(m.cs - 2, m.cs - 1)) &&
    !aged(norm.slice(m.ce + 1, m.ce + 2)) &&
    !WORDS.ageMarks.some((w) => norm.startsWith(w, m.cs))
  );
}

/** True when a verb of building comes shortly before the bare name (共建丝绸之路, 打造新时代丝绸之路). */
function verbBefore(norm: string, m: Mention): boolean {
  const before = norm.slice(Math.max(0, m.cs - 2 - WORDS.maxBuildGap), m.cs);
  return WORDS.buildVerbs.some((v) => {
    const at = before.lastIndexOf(v);
    if (at < 0) return false;
    const gap = before.slice(at + v.length);
    return CJK_RUN.test(gap) && !WORDS.buildGapBreaks.some((w) => gap.includes(w));
  });
}

/** True when the bare name is built (共建丝绸之路, 丝绸之路建设) with no epithet after it: the Belt and Road of today. */
function builtToday(norm: string, m: Mention): boolean {
  if (WORDS.ageMarks.some((w) => norm.startsWith(w, m.cs))) return false;
  if (WORDS.epithets.some((w) => norm.startsWith(w, m.ce))) return false;
  return verbBefore(norm, m) || WORDS.buildAfter.some((w) => norm.startsWith(w, m.ce));
}

/** Removes (in place) the mentions of a route of history written as history or as an epithet. */
export function dropHistoricRoutes(norm: string, out: Mention[]): void {
  for (let k = out.length - 1; k >= 0; k--) {
    const m = out[k];
    if (m && IDS.has(m.id) && !quotedTerm(norm, m) && !channelOf(norm, m) && !builtToday(norm, m))
      out.splice(k, 1);
  }
}
