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
