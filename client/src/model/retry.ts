/**
 * Which failed requests are worth trying again as they are: the server was busy or briefly away (408 timeout
 * under load, 429 rate limit, 503 database unavailable, 502/504 from a proxy) or the network failed. A
 * refusal or bad input (4xx otherwise) would fail the same way again.
 */
const RETRYABLE_STATUS = new Set([408, 429, 502, 503, 504]);
const RETRYABLE_CODES = new Set(["CYPHER_TIMEOUT", "NEO4J_UNAVAILABLE", "RATE_LIMITED", "NETWORK"]);

export function isRetryable(e: unknown): boolean {
  if (!e || typeof e !== "object") return false;
  const { status, code } = e as { status?: unknown; code?: unknown };
  if (typeof status === "number" && RETRYABLE_STATUS.has(status)) return true;
  return typeof code === "string" && RETRYABLE_CODES.has(code);
}
