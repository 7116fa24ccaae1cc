import { longestAlternatives, OFFICER_TITLE_WORDS, readLexicon } from "../lexicon";
import { longestFirst } from "../longest-first";

/** The marks of a deputy before an officer's title (titles.json "deputyMarks": 常务副, 副), as alternatives. */
const DEPUTY = longestAlternatives(readLexicon<{ deputyMarks: string[] }>("titles.json").deputyMarks);
/** A deputy mark opening a title (常务副局长 → 局长 once it is cut off). */
export const DEPUTY_LEAD = new RegExp(`^(?:${DEPUTY})`);

/**
 * An officer's title as a regex source: an optional deputy mark (titles.json "deputyMarks"), then a title of
 * titles.json officers or of a rule's own `titles`, longest first, each written by `word` (a lookahead after it).
 * Read by body-units.ts and titled-bodies.ts, each adding what may not follow the title.
 */
export function officerTitle(titles: readonly string[], word: (t: string) => string = (t) => t): string {
  const words = [...OFFICER_TITLE_WORDS, ...titles].sort(longestFirst).map(word);
  return `(?:${DEPUTY})?(?:${words.join("|")})`;
}
