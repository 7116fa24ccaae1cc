/**
 * Tolerant search (GET /api/search/fuzzy): for Latin or pinyin input that the exact/prefix search does
 * not find ("Erenhto" for Erenhot). Shared by the server, the client and the OpenAPI document.
 */
import { z } from "zod";
import { SearchHit, SearchQuery } from "./api";

export const FuzzySearchQuery = SearchQuery;
export type FuzzySearchQuery = z.infer<typeof FuzzySearchQuery>;

export const FuzzyHit = SearchHit.extend({
  /** Edits (insert, delete, substitute, swap two neighbours) from the query's words to the matched words. */
  distance: z.number().int().nonnegative(),
});
export type FuzzyHit = z.infer<typeof FuzzyHit>;

export const FuzzySearchResponse = z.object({
  query: z.string(),
  /** The query with each word replaced by the word of the best hit it is closest to ("did you mean"). */
  suggestion: z.string().nullable(),
  hits: z.array(FuzzyHit),
});
export type FuzzySearchResponse = z.infer<typeof FuzzySearchResponse>;
