import { describe, expect, it } from "vitest";
import { ApiError } from "../../../../client/src/api";
import { isRetryable } from "../../../../client/src/model/retry";

describe("isRetryable", () => {
  it("offers a retry after a timeout under load, a rate limit, an unavailable database or a network failure", () => {
    expect(isRetryable(new ApiError("CYPHER_TIMEOUT", "stopped at 5000 ms", 408))).toBe(true);
    expect(isRetryable(new ApiError("NEO4J_UNAVAILABLE", "restarting", 503))).toBe(true);
    expect(isRetryable(new ApiError("RATE_LIMITED", "slow down", 429))).toBe(true);
    expect(isRetryable(new ApiError("INTERNAL", "bad gateway", 504))).toBe(true);
    expect(isRetryable(new ApiError("NETWORK", "Failed to fetch", 0))).toBe(true);
  });

  it("offers none for what would fail the same way again", () => {
    expect(isRetryable(new ApiError("NOT_FOUND", "no such corridor", 404))).toBe(false);
    expect(isRetryable(new ApiError("BAD_REQUEST", "id is empty", 400))).toBe(false);
    expect(isRetryable(new ApiError("INTERNAL", "bug", 500))).toBe(false);
    expect(isRetryable(new Error("plain"))).toBe(false);
    expect(isRetryable(null)).toBe(false);
  });
});
