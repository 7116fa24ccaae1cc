/**
 * HTTP client: every response is validated against the shared contract (trust boundary). With an
 * ApiAuth, the API key goes in the `x-api-key` header (never in a URL); a 401 asks for the key and
 * the request is sent again with it.
 */

import { z } from "zod";
import {
  CorridorsResponse,
  CorridorZonesResponse,
  CypherResponse,
  DocumentDetail,
  DocumentsResponse,
  EdgeDetail,
  ErrorBody,
  Health,
  NamedQueriesResponse,
  NodeDetail,
  PathsResponse,
  SearchResponse,
  Subgraph,
} from "../../contracts/api";
import { CypherPlanResponse, CypherProfileResponse } from "../../contracts/cypherPlan";
import { FuzzySearchResponse } from "../../contracts/fuzzy";

export class ApiError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly status: number,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = "ApiError";
  }
}

/** Where the API key comes from when the server requires one (see client/src/ui/apiKey.ts). */
export interface ApiAuth {
  /** The key to send, or null when none is known yet. */
  key(): string | null;
  /**
   * Called on 401: resolves with a key to retry with (after asking the user), or null to give up.
   * `rejected` is the key the server refused (null when none was sent).
   */
  unauthorized(rejected: string | null): Promise<string | null>;
}

const enc = encodeURIComponent;

/**
 * The paths answer with the optional fields a newer server adds (why nothing was found, how many paths
 * co-occurrence would give); absent from an older server, so both are optional.
 */
export const PathsAnswer = PathsResponse.extend({
  reason: z.string().optional(),
  coOccurrencePaths: z.number().int().nonnegative().optional(),
});
export type PathsAnswer = z.infer<typeof PathsAnswer>;

function qs(
  params: Record<string, string | number | boolean | undefined | null | readonly string[]>,
): string {
  const parts: string[] = [];
  for (const [k, v] of Object.entries(params)) {
    if (v === undefined || v === null) continue;
    if (Array.isArray(v)) {
      if (v.length) parts.push(`${enc(k)}=${enc(v.join(","))}`);
    } else parts.push(`${enc(k)}=${enc(String(v))}`);
  }
  return parts.length ? `?${parts.join("&")}` : "";
}

export class Api {
  constructor(
    private readonly base = "",
    private readonly fetchImpl: typeof fetch = (...a) => fetch(...a),
    private readonly auth: ApiAuth | null = null,
  ) {}

  /** Sends the request with the current key; on 401 asks for a key and sends it again. */
  private async send(path: string, init?: RequestInit): Promise<Response> {
    for (;;) {
      const key = this.auth?.key() ?? null;
      let res: Response;
      try {
        const headers = new Headers(init?.headers);
        if (!headers.has("Accept")) headers.set("Accept", "application/json");
        // A string body is JSON; a FormData body (uploads) sets its own multipart type and boundary.
        if (typeof init?.body === "string" && !headers.has("Content-Type"))
          headers.set("Content-Type", "application/json");
        if (key) headers.set("x-api-key", key);
        res = await this.fetchImpl(this.base + path, { ...init, headers });
      } catch (e) {
        throw new ApiError("NETWORK", e instanceof Error ? e.message : String(e), 0);
      }
      if (res.status !== 401 || !this.auth) return res;
      // Another request may have obtained a new key meanwhile: retry with it before asking.
      const current = this.auth.key();
      if (current && current !== key) continue;
      if (!(await this.auth.unauthorized(key))) return res;
    }
  }

  /**
   * A raw request with the API key (and the 401 prompt) for callers that read the response themselves:
   * uploads (multipart) and the review queue. Network failures throw an ApiError("NETWORK").
   */
  fetch(path: string, init?: RequestInit): Promise<Response> {
    return this.send(path, init);
  }

  async request<S extends z.ZodTypeAny>(path: string, schema: S, init?: RequestInit): Promise<z.infer<S>> {
    const res = await this.send(path, init);
    let body: unknown;
    try {
      body = await res.json();
    } catch {
      throw new ApiError("BAD_RESPONSE", `HTTP ${res.status}: response is not JSON`, res.status);
    }
    if (!res.ok) {
      const err = ErrorBody.safeParse(body);
      if (err.success)
        throw new ApiError(err.data.error.code, err.data.error.message, res.status, err.data.error.details);
      throw new ApiError("HTTP", `HTTP ${res.status}`, res.status);
    }
    const parsed = schema.safeParse(body);
    if (!parsed.success) {
      throw new ApiError(
        "BAD_RESPONSE",
        `Unexpected response from ${path}: ${parsed.error.message}`,
        res.status,
      );
    }
    return parsed.data;
  }

  health() {
    return this.request("/api/health", Health);
  }
  /** Tolerant search for misspelt Latin/pinyin input (asked only when search() found nothing). */
  fuzzySearch(q: string, opts: { types?: string[]; limit?: number } = {}) {
    return this.request(
      `/api/search/fuzzy${qs({ q, types: opts.types, limit: opts.limit ?? 12 })}`,
      FuzzySearchResponse,
    );
  }
  search(q: string, opts: { types?: string[]; limit?: number } = {}) {
    return this.request(
      `/api/search${qs({ q, types: opts.types, limit: opts.limit ?? 12 })}`,
      SearchResponse,
    );
  }
  node(id: string) {
    return this.request(`/api/nodes/${enc(id)}`, NodeDetail);
  }
  edge(id: string) {
    return this.request(`/api/edges/${enc(id)}`, EdgeDetail);
  }
  neighborhood(id: string, opts: { depth?: number; types?: string[]; rels?: string[]; limit?: number } = {}) {
    return this.request(
      `/api/nodes/${enc(id)}/neighborhood${qs({ depth: opts.depth, types: opts.types, rels: opts.rels, limit: opts.limit })}`,
      Subgraph,
    );
  }
  paths(
    from: string,
    to: string,
    opts: { maxLength?: number; k?: number; types?: readonly string[]; includeCoOccurrence?: boolean } = {},
  ) {
    const query = qs({
      from,
      to,
      maxLength: opts.maxLength,
      k: opts.k,
      types: opts.types,
      includeCoOccurrence: opts.includeCoOccurrence,
    });
    return this.request(`/api/paths${query}`, PathsAnswer);
  }
  corridors() {
    return this.request("/api/corridors", CorridorsResponse);
  }
  corridorZones(id: string) {
    return this.request(`/api/corridors/${enc(id)}/zones`, CorridorZonesResponse);
  }
  subgraph(opts: { types?: string[]; rels?: string[]; limit?: number } = {}) {
    return this.request(
      `/api/subgraph${qs({ types: opts.types, rels: opts.rels, limit: opts.limit })}`,
      Subgraph,
    );
  }
  /** The nodes named by `ids` and the relationships among them (a shared view); unknown ids in `missing`. */
  subgraphByIds(ids: readonly string[], rels?: readonly string[]) {
    // POST: a whole scene's ids do not fit in a URL (GET /api/subgraph?ids= takes a few dozen).
    return this.request("/api/subgraph", Subgraph, {
      method: "POST",
      body: JSON.stringify(rels?.length ? { ids, rels } : { ids }),
    });
  }
  cypher(query: string, params: Record<string, unknown>, limit = 1000) {
    return this.request("/api/cypher", CypherResponse, {
      method: "POST",
      body: JSON.stringify({ query, params, limit }),
    });
  }
  /** EXPLAIN through the /cypher locks: the plan, never executed. */
  explain(query: string, params: Record<string, unknown>) {
    return this.request("/api/cypher/explain", CypherPlanResponse, {
      method: "POST",
      body: JSON.stringify({ query, params }),
    });
  }
  /** PROFILE through the /cypher locks: the query runs; its plan with rows and db hits per operator. */
  profile(query: string, params: Record<string, unknown>) {
    return this.request("/api/cypher/profile", CypherProfileResponse, {
      method: "POST",
      body: JSON.stringify({ query, params }),
    });
  }
  queries() {
    return this.request("/api/queries", NamedQueriesResponse);
  }
  runQuery(name: string, params: Record<string, unknown>, limit = 1000) {
    return this.request(`/api/queries/${enc(name)}/run`, CypherResponse, {
      method: "POST",
      body: JSON.stringify({ params, limit }),
    });
  }
  documents() {
    return this.request("/api/documents", DocumentsResponse);
  }
  document(id: string) {
    return this.request(`/api/documents/${enc(id)}`, DocumentDetail);
  }
}
