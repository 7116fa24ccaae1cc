/**
 * zod validation of request parts: a failure is a 400 BAD_REQUEST whose message names the
 * parameter (e.g. "query parameter depth: Too big: expected number to be <=3").
 */
import type { z } from "zod";
import { BadRequestError } from "../errors";

export type Where = "query" | "path" | "body";

const LABEL: Record<Where, string> = { query: "query parameter", path: "path parameter", body: "body field" };

/** Unknown query parameters are refused too, so a typo (?dept=2) is not silently ignored. */
export function parseInput<S extends z.ZodObject>(schema: S, input: unknown, where: Where): z.output<S> {
  const value = (input ?? {}) as Record<string, unknown>;
  if (where === "query" && value && typeof value === "object") {
    const known = new Set(Object.keys(schema.shape));
    const unknown = Object.keys(value).filter((k) => !known.has(k));
    if (unknown.length > 0)
      throw new BadRequestError(
        `Unknown query parameter ${unknown.map((u) => JSON.stringify(u)).join(", ")}; expected ${[...known].join(", ") || "none"}.`,
        { param: unknown[0], where },
      );
  }
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const param = issue?.path.map(String).join(".") || "(root)";
  const first = issue?.path[0] === undefined ? "" : String(issue.path[0]);
  const message = result.error.issues
    .slice(0, 3)
    .map((i) => `${LABEL[where]} ${i.path.map(String).join(".") || "(root)"}: ${i.message}`)
    .join("; ");
  throw new BadRequestError(message, { param: first || param, where, issues: result.error.issues });
}

/** Limits of Cypher parameters (`params` of /api/cypher and of named-query runs). */
export const PARAM_LIMITS = { maxDepth: 32, maxValues: 10_000, maxStringLength: 10_000 };

/**
 * Refuses params nested deeper than maxDepth, with more than maxValues values in all, or with a
 * string longer than maxStringLength: 400 naming the limit. Iterative, so any depth is safe to check.
 */
export function checkParams(params: unknown, field = "params"): void {
  const stack: { value: unknown; depth: number; path: string }[] = [{ value: params, depth: 0, path: field }];
  let values = 0;
  while (stack.length > 0) {
    const { value, depth, path } = stack.pop() as { value: unknown; depth: number; path: string };
    if (++values > PARAM_LIMITS.maxValues)
      throw new BadRequestError(`body field ${field}: more than ${PARAM_LIMITS.maxValues} values in all.`, {
        param: field,
        where: "body",
      });
    if (typeof value === "string" && value.length > PARAM_LIMITS.maxStringLength)
      throw new BadRequestError(
        `body field ${field}: a string of ${value.length} characters at ${path.slice(0, 60)} (at most ${PARAM_LIMITS.maxStringLength}).`,
        { param: field, where: "body" },
      );
    if (value === null || typeof value !== "object") continue;
    if (depth >= PARAM_LIMITS.maxDepth)
      throw new BadRequestError(
        `body field ${field}: nested more than ${PARAM_LIMITS.maxDepth} levels deep.`,
        { param: field, where: "body" },
      );
    const entries = Array.isArray(value)
      ? value.map((v, i) => [String(i), v] as const)
      : Object.entries(value);
    for (const [k, v] of entries) stack.push({ value: v, depth: depth + 1, path: `${path}.${k}` });
  }
}
