/** Tolerant search: GET /api/search/fuzzy (misspelt Latin or pinyin input, with a "did you mean"). */
import { Router } from "express";
import { FuzzySearchQuery, FuzzySearchResponse } from "../../../contracts/fuzzy";
import type { FuzzySearchService } from "../../services/fuzzySearch";
import type { Operation } from "../openapi";
import { parseInput } from "../validate";

export function fuzzySearchRouter(fuzzy: FuzzySearchService): Router {
  const router = Router();
  router.get("/search/fuzzy", async (req, res) => {
    const q = parseInput(FuzzySearchQuery, req.query, "query");
    res.json(await fuzzy.search(q.q, q.types, q.limit));
  });
  return router;
}

export const FUZZY_OPERATIONS: Operation[] = [
  {
    method: "get",
    path: "/search/fuzzy",
    tag: "graph",
    summary: "Tolerant search for misspelt Latin or pinyin input, with a 'did you mean' suggestion",
    description:
      "Each Latin word of 4+ letters may be 1 edit away (4–5 letters) or 2 edits (6+) from a word of an entity's English name, aliases or pinyin keys; shorter words must match as a prefix. Candidates come from Lucene fuzzy terms on the entity_search full-text index (at most 50 expansions per word), so the cost follows the close terms, not the graph. The explorer asks it only when /api/search found nothing. Input without such a word answers no hits.",
    query: FuzzySearchQuery,
    response: FuzzySearchResponse,
    errors: [400, 503],
  },
];
