/**
 * Shared scans of one passage: where the words of a lexicon list are written, found once per text
 * and list and read by every rule that asks (the rules of a passage ask about the same text in turn).
 */

/** One place a word is written: [at, end). */
export interface Occurrence {
  at: number;
  end: number;
}

/** The last text scanned for each list (one entry per list: the next passage replaces it). */
const lastScan = new WeakMap<readonly string[], { text: string; found: Occurrence[] }>();

/** Every place, overlapping ones too, where a word of `words` is written in `text` (word by word, then by position). */
export function occurrences(text: string, words: readonly string[]): readonly Occurrence[] {
  const last = lastScan.get(words);
  if (last && last.text === text) return last.found;
  const found: Occurrence[] = [];
  for (const w of words) {
    if (w.length === 0) continue;
    for (let at = text.indexOf(w); at >= 0; at = text.indexOf(w, at + 1))
      found.push({ at, end: at + w.length });
  }
  lastScan.set(words, { text, found });
  return found;
}
