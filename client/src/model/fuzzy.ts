/** When the search box asks the tolerant search (GET /api/search/fuzzy), and what its hint says. */

/** A word the server can make fuzzy: 4+ Latin letters or digits (server/repositories/fuzzySearch.ts). */
const FUZZY_WORD = /[a-z0-9]{4,}/i;

/**
 * Ask the tolerant search only when the exact/prefix search found nothing and the query has a Latin
 * word long enough to be misspelt (Chinese input is matched by bigrams, not by edit distance).
 */
export function wantsFuzzy(query: string, exactHits: number): boolean {
  return exactHits === 0 && FUZZY_WORD.test(query.normalize("NFKC"));
}

/** The "did you mean" line: null when there is nothing to suggest or it equals the query. */
export function didYouMean(query: string, suggestion: string | null, template: string): string | null {
  if (!suggestion || suggestion.toLowerCase() === query.trim().toLowerCase()) return null;
  return template.replace("{s}", suggestion);
}
