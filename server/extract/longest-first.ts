/**
 * Words ordered longest first, as a sort comparator (so that no word is cut by a shorter one it starts with), ties in
 * code-unit order so that the order is total. Read by catalog.ts, entities/gazetteer-cities.ts and
 * entities/officer-titles.ts and lexicon.ts longestAlternatives (which joins such words as regex alternatives).
 */
export const longestFirst = (a: string, b: string): number =>
  b.length - a.length || (a < b ? -1 : a > b ? 1 : 0);
