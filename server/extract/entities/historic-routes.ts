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
}>("historic-routes.json");
const IDS = new Set(WORDS.ids);
const CHANNEL = new RegExp(`^([\\u4e00-\\u9fff]{0,2}?)(?:${WORDS.channelHeads.join("|")})`);

/** True when a channel noun is compounded right after the route (古丝绸之路黄金通道): the place's role on it. */
function channelOf(norm: string, m: Mention): boolean {
  const hit = CHANNEL.exec(norm.slice(m.ce, m.ce + 4));
  return !!hit && !WORDS.gapBreaks.some((w) => (hit[1] ?? "").includes(w));
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

/** True when a verb of building comes right before the bare name (共建丝绸之路): the Belt and Road of today. */
function builtToday(norm: string, m: Mention): boolean {
  const before = norm.slice(Math.max(0, m.cs - 2), m.cs);
  return !WORDS.ageMarks.some((w) => norm.startsWith(w, m.cs)) && WORDS.buildVerbs.includes(before);
}

/** Removes (in place) the mentions of a route of history written as history or as an epithet. */
export function dropHistoricRoutes(norm: string, out: Mention[]): void {
  for (let k = out.length - 1; k >= 0; k--) {
    const m = out[k];
    if (m && IDS.has(m.id) && !quotedTerm(norm, m) && !channelOf(norm, m) && !builtToday(norm, m))
      out.splice(k, 1);
  }
}
