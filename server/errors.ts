/**
 * Typed errors. Repositories and the executor throw these; one error handler maps them to HTTP.
 */
import type { ErrorCode } from "../contracts/api";

export class AppError extends Error {
  /** What went wrong in detail (driver text, ports, class names): logged, never sent. */
  internal?: string;

  constructor(
    readonly code: ErrorCode,
    readonly status: number,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** Attach log-only detail to an AppError. */
export function withInternal<E extends AppError>(error: E, internal: string): E {
  error.internal = internal;
  return error;
}

export class BadRequestError extends AppError {
  constructor(message: string, details?: unknown) {
    super("BAD_REQUEST", 400, message, details);
  }
}
export class NotFoundError extends AppError {
  constructor(message: string, details?: unknown) {
    super("NOT_FOUND", 404, message, details);
  }
}
export class Neo4jUnavailableError extends AppError {
  constructor(message: string, details?: unknown) {
    super("NEO4J_UNAVAILABLE", 503, message, details);
  }
}
export class CypherSyntaxError extends AppError {
  constructor(message: string, details?: unknown) {
    super("CYPHER_SYNTAX", 400, message, details);
  }
}
export class CypherRefusedError extends AppError {
  constructor(message: string, details?: unknown) {
    super("CYPHER_REFUSED", 403, message, details);
  }
}
export class CypherTimeoutError extends AppError {
  constructor(message: string, details?: unknown) {
    super("CYPHER_TIMEOUT", 408, message, details);
  }
}
export class CypherMemoryError extends AppError {
  constructor(message: string, details?: unknown) {
    super("CYPHER_MEMORY", 422, message, details);
  }
}
/** The query compiled but failed while running (division by zero, a bad argument, a failed procedure). */
export class CypherRuntimeError extends AppError {
  constructor(message: string, details?: unknown) {
    super("CYPHER_RUNTIME", 400, message, details);
  }
}
export class UnsupportedMediaTypeError extends AppError {
  constructor(message: string, details?: unknown) {
    super("UNSUPPORTED_MEDIA_TYPE", 415, message, details);
  }
}
export class CypherError extends AppError {
  constructor(message: string, details?: unknown) {
    super("CYPHER_ERROR", 400, message, details);
  }
}

/**
 * A message fit for a response: no Java/JS class names, no host:port or URLs, no stack frames
 * (the full text goes to the log). "org.apache.lucene…ParseException: Cannot parse 'x'" → "Cannot parse 'x'".
 */
export function publicMessage(message: string): string {
  return (
    message
      .split("\n")
      .filter((line) => !/^\s*at\s/.test(line) && !/^\s*Caused by/i.test(line))
      .join(" ")
      .replace(/Caused by:\s*/gi, "")
      // Qualified class names (org.neo4j.….SomeException, java.lang.…) with an optional colon.
      .replace(/\b(?:[a-z_][\w$]*\.){2,}[A-Z][\w$]*(?::\s*)?/g, "")
      // Bare exception class names.
      .replace(/\b[A-Z][\w$]*(?:Exception|Error)\b:?\s*/g, (m) => (/^(Error|TypeError)\b/.test(m) ? m : ""))
      // URLs and host:port pairs.
      .replace(/\b[a-z][a-z0-9+.-]*:\/\/\S+/gi, "the database")
      .replace(/\b(?:\d{1,3}\.){3}\d{1,3}(?::\d+)?\b|\blocalhost:\d+\b|\[[0-9a-f:]+\]:\d+/gi, "the database")
      .replace(/\bport \d{2,5}\b/gi, "its port")
      .replace(/\s+/g, " ")
      .trim()
  );
}
