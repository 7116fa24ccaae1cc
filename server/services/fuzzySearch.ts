/**
 * Tolerant search for Latin and pinyin input ("Erenhto" → Erenhot): candidates from the full-text
 * index's fuzzy terms (server/repositories/fuzzySearch.ts), then ranked here by the true edit distance
 * of each query word to the closest word of the entity's English name, aliases or pinyin keys, and a
 * "did you mean" suggestion built from the best hit's words. The explorer asks for it only when the
 * exact/prefix search found nothing.
 */
import type { FuzzyHit, FuzzySearchResponse } from "../../contracts/fuzzy";
import { NODE_TYPES } from "../../contracts/graph";
import { nodeTypes } from "../repositories/fragments";
import {
  editsAllowed,
  type FuzzyRow,
  type FuzzySearchRepository,
  fuzzyLucene,
  latinWords,
} from "../repositories/fuzzySearch";
import { hitOf, scoreOf } from "./graph";

/**
 * Optimal-string-alignment distance: insertions, deletions, substitutions and swaps of two neighbouring
 * letters, each one edit ("erenhto" → "erenhot" is 1). Stops early once every cell exceeds `max`.
 */
export function editDistance(a: string, b: string, max = Number.POSITIVE_INFINITY): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d = Math.min(d, (prev2[j - 2] ?? 0) + 1);
      cur.push(d);
      rowMin = Math.min(rowMin, d);
    }
    if (rowMin > max) return max + 1;
    prev2 = prev;
    prev = cur;
  }
  return prev[b.length] ?? 0;
}

/** The words a hit can be matched on, each with how to write it in a suggestion. */
function wordsOf(r: FuzzyRow): { key: string; shown: string }[] {
  const out: { key: string; shown: string }[] = [];
  for (const text of [r.nameEn ?? "", ...(r.aliases ?? [])])
    for (const w of text.normalize("NFKC").match(/[A-Za-z0-9]+/g) ?? [])
      out.push({ key: w.toLowerCase(), shown: w });
  for (const p of (r.pinyin ?? "").split(/\s+/).filter(Boolean)) out.push({ key: p, shown: p });
  return out;
}

interface Scored {
  hit: FuzzyHit;
  /** Each query word replaced by its closest word of this hit. */
  words: string[];
}

function score(query: string[], r: FuzzyRow): Scored | null {
  const words = wordsOf(r);
  let distance = 0;
  const chosen: string[] = [];
  for (const q of query) {
    const bound = editsAllowed(q.length);
    let best: { d: number; shown: string } | null = null;
    for (const w of words) {
      // A short word must match exactly or as a prefix, as the Lucene query asked.
      const d = bound === 0 ? (w.key.startsWith(q) ? 0 : 1) : editDistance(q, w.key, bound);
      if (d <= bound && (!best || d < best.d)) best = { d, shown: w.shown };
    }
    if (!best) return null;
    distance += best.d;
    chosen.push(best.shown);
  }
  const base = hitOf(r);
  return {
    hit: {
      ...base,
      score: scoreOf(10 - distance, base.degree),
      matched: chosen.join(" "),
      distance,
    },
    words: chosen,
  };
}

/**
 * Hits within the allowed edits of every query word, closest first, then by importance (degree), then
 * shorter names; the suggestion is the best hit's words. Rows the index matched on other fields only
 * (a Chinese name) are dropped: their distance cannot be shown.
 */
export function rankFuzzy(q: string, rows: FuzzyRow[], limit: number): FuzzySearchResponse {
  const query = latinWords(q);
  const scored = rows
    .filter((r) => (NODE_TYPES as readonly string[]).includes(r.type))
    .map((r) => score(query, r))
    .filter((s): s is Scored => s !== null)
    .sort(
      (a, b) =>
        a.hit.distance - b.hit.distance ||
        b.hit.degree - a.hit.degree ||
        a.hit.name.length - b.hit.name.length ||
        a.hit.id.localeCompare(b.hit.id),
    );
  const best = scored[0];
  const suggestion = best && best.hit.distance > 0 ? best.words.join(" ") : null;
  return { query: q, suggestion, hits: scored.slice(0, limit).map((s) => s.hit) };
}

export class FuzzySearchService {
  constructor(private readonly repo: FuzzySearchRepository) {}

  async search(q: string, types: string[] | undefined, limit: number): Promise<FuzzySearchResponse> {
    const lucene = fuzzyLucene(q);
    if (!lucene) return { query: q, suggestion: null, hits: [] };
    return rankFuzzy(q, await this.repo.candidates(lucene, nodeTypes(types), limit), limit);
  }
}
