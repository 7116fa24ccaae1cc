/**
 * Cypher of the tolerant search: Lucene fuzzy terms (`erenhto~1`) on the `entity_search` full-text
 * index. Lucene matches a fuzzy term with a Levenshtein automaton over the index's term dictionary and
 * expands it to at most 50 terms, so the cost follows the close terms and the hits, not the graph.
 */
import type { Executor, Query } from "../neo4j/executor";
import type { SearchRow } from "./graph";

/** Words shorter than this are not made fuzzy: one edit away from too many other words. */
export const FUZZY_MIN_LENGTH = 4;
/** At most this many words of the query take part (each one is required). */
export const FUZZY_MAX_WORDS = 4;

/** Edits allowed for a word of this length: 1 up to 5 letters, 2 from 6 (Lucene's maximum). */
export function editsAllowed(length: number): 0 | 1 | 2 {
  if (length < FUZZY_MIN_LENGTH) return 0;
  return length <= 5 ? 1 : 2;
}

/** The Latin words of a query, lower-cased (pinyin, English names); other characters separate words. */
export function latinWords(q: string): string[] {
  return (
    q
      .normalize("NFKC")
      .toLowerCase()
      .match(/[a-z0-9]+/g) ?? []
  ).slice(0, FUZZY_MAX_WORDS);
}

/**
 * The Lucene query: every word required, a long enough word as a fuzzy term, a short one as a term or
 * a prefix. Null when the query has no word long enough to be made fuzzy (nothing tolerant to ask).
 */
export function fuzzyLucene(q: string): string | null {
  const words = latinWords(q);
  if (!words.some((w) => editsAllowed(w.length) > 0)) return null;
  return words
    .map((w) => {
      const edits = editsAllowed(w.length);
      return edits > 0 ? `${w}~${edits}` : `(${w} OR ${w}*)`;
    })
    .join(" AND ");
}

export function fuzzySearchQuery(lucene: string, types: string[] | null, limit: number): Query {
  return {
    cypher: `CALL db.index.fulltext.queryNodes('entity_search', $lucene, {limit: toInteger($ftLimit)}) YIELD node, score
WHERE $types IS NULL OR node.type IN $types
RETURN node.id AS id, node.type AS type, node.name AS name, node.nameEn AS nameEn,
       coalesce(node.aliases, []) AS aliases, coalesce(node.degree, 0) AS degree,
       coalesce(node.pinyin, '') AS pinyin, score`,
    params: { lucene, types, ftLimit: Math.max(50, limit * 3) },
  };
}

/** One candidate of the tolerant search: the same columns as the exact search's rows. */
export type FuzzyRow = SearchRow;

export class FuzzySearchRepository {
  constructor(
    private readonly executor: Executor,
    private readonly timeoutMs = 5_000,
  ) {}

  async candidates(lucene: string, types: string[] | null, limit: number): Promise<FuzzyRow[]> {
    const r = await this.executor.executeRead(fuzzySearchQuery(lucene, types, limit), {
      timeoutMs: this.timeoutMs,
    });
    return r.records.map((rec) => rec.toObject() as FuzzyRow);
  }
}
