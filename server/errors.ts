/**
 * Typed errors. Repositories and the executor throw these; one error handler maps them to HTTP.
 */
import type { ErrorCode } from "../contracts/api";

export class AppError extends Error {
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
export class CypherError extends AppError {
  constructor(message: string, details?: unknown) {
    super("CYPHER_ERROR", 400, message, details);
  }
}
