/**
 * The one error handler: typed AppErrors → their HTTP status; zod errors → 400 naming the field;
 * body-parser errors → 400/413; anything else → 500 without internals. Messages pass through
 * publicMessage (no class names, ports or stack traces); the full text goes to the log.
 */
import type { ErrorRequestHandler, RequestHandler } from "express";
import { ZodError } from "zod";
import type { ErrorBody, ErrorCode } from "../../contracts/api";
import { AppError, Neo4jUnavailableError, publicMessage } from "../errors";

/** Retry-After (seconds) of a 503 while Neo4j is away (the supervisor restarts it within seconds). */
export const NEO4J_RETRY_AFTER_SECONDS = 5;

export function errorBody(code: ErrorCode, message: string, details?: unknown): ErrorBody {
  return { error: details === undefined ? { code, message } : { code, message, details } };
}

export function zodMessage(error: ZodError, where = "request"): string {
  return error.issues
    .slice(0, 3)
    .map((i) => `${i.path.length ? i.path.join(".") : where}: ${i.message}`)
    .join("; ");
}

export const notFoundHandler: RequestHandler = (req, res) => {
  res.status(404).json(errorBody("NOT_FOUND", `No such endpoint: ${req.method} ${req.path}`));
};

export const errorHandler: ErrorRequestHandler = (err, req, res, _next) => {
  if (res.headersSent) return;
  if (err instanceof AppError) {
    const message = publicMessage(err.message);
    if (err.status >= 500 || err.internal || message !== err.message)
      req.log?.warn({ err, internal: err.internal }, err.message);
    if (err instanceof Neo4jUnavailableError) res.set("Retry-After", String(NEO4J_RETRY_AFTER_SECONDS));
    res.status(err.status).json(errorBody(err.code, message, err.details));
    return;
  }
  if (err instanceof ZodError) {
    res.status(400).json(errorBody("BAD_REQUEST", zodMessage(err), { issues: err.issues }));
    return;
  }
  const e = err as { type?: string; status?: number; message?: string };
  if (e.type === "entity.too.large") {
    res.status(413).json(errorBody("PAYLOAD_TOO_LARGE", "The request body is larger than the limit."));
    return;
  }
  if (e.type === "entity.parse.failed") {
    res
      .status(400)
      .json(
        errorBody("BAD_REQUEST", `The request body is not valid JSON: ${publicMessage(e.message ?? "")}`),
      );
    return;
  }
  if (typeof e.status === "number" && e.status >= 400 && e.status < 500) {
    req.log?.info({ err }, "client error");
    res.status(e.status).json(errorBody("BAD_REQUEST", publicMessage(e.message ?? "Bad request")));
    return;
  }
  req.log?.error({ err }, "unhandled error");
  res.status(500).json(errorBody("INTERNAL", "Internal server error."));
};
