/**
 * Common words that hold a catalogued name without naming it (出海口 holds 海口, 北海道 holds 北海:
 * name-boundaries.json insideWords, lexicon.ts INSIDE_WORDS), read by entity rules (catalog-surfaces.ts,
 * central-bodies.ts, unseen-names.ts) and by relations/name-internal.ts.
 */
import { INSIDE_ACROSS_END, INSIDE_WORDS } from "./lexicon";
import { occurrences } from "./occurrences";

/**
 * A common word listed for the inside word written at [at, end) that starts inside it and runs past its end
 * (北海道路: 道路, 北海道德: 道德; name-boundaries.json insideAcrossEnd): the inside word is not read there.
 */
function acrossEnd(norm: string, at: number, end: number): boolean {
  const words = INSIDE_ACROSS_END.get(norm.slice(at, end));
  if (!words) return false;
  for (const w of words) for (let k = 1; k < w.length; k++) if (norm.startsWith(w, end - k)) return true;
  return false;
}

/** A word of INSIDE_WORDS that overlaps [cs, ce) and reaches beyond it (出海口 over 海口, 港快速路 after 南沙). */
export function insideWord(norm: string, cs: number, ce: number): boolean {
  // 果园港口岸: the 口岸 of the port, not 港口 (a common noun) running over its end
  if (norm.startsWith("口岸", ce)) return false;
  return occurrences(norm, INSIDE_WORDS).some(
    ({ at, end }) => at < ce && end > cs && (at < cs || end > ce) && !acrossEnd(norm, at, end),
  );
}
