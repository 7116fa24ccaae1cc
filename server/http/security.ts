/**
 * Deployment safety: optional API key (API_KEY; header `x-api-key` or `Authorization: Bearer`),
 * CORS off unless CORS_ORIGINS lists origins, JSON-only POST bodies, and the rate limit of the
 * analyst endpoints.
 */
import { timingSafeEqual } from "node:crypto";
import cors from "cors";
import type { RequestHandler } from "express";
import { rateLimit } from "express-rate-limit";
import { errorBody } from "./errorHandler";

function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** Health and readiness stay open (load balancers probe them); everything else needs the key. */
export function apiKeyAuth(apiKey: string | undefined): RequestHandler {
  return (req, res, next) => {
    if (!apiKey || req.path === "/health" || req.path === "/ready") return next();
    const header = req.get("x-api-key");
    const bearer = /^Bearer\s+(.+)$/i.exec(req.get("authorization") ?? "")?.[1];
    const given = header ?? bearer;
    if (given && sameSecret(given.trim(), apiKey)) return next();
    res
      .status(401)
      .set("WWW-Authenticate", 'Bearer realm="zonegraph"')
      .json(
        errorBody(
          "UNAUTHORIZED",
          given
            ? "The API key is not valid."
            : "An API key is required: send it as x-api-key or Authorization: Bearer.",
        ),
      );
  };
}

export function corsMiddleware(origins: string[] | undefined): RequestHandler | null {
  if (!origins || origins.length === 0) return null;
  return cors({
    origin: origins.includes("*") ? "*" : origins,
    methods: ["GET", "POST", "OPTIONS"],
    allowedHeaders: ["Content-Type", "Authorization", "X-API-Key"],
    maxAge: 600,
  });
}

export function analystRateLimit(perMinute: number): RequestHandler {
  return rateLimit({
    windowMs: 60_000,
    limit: perMinute,
    standardHeaders: "draft-8",
    legacyHeaders: false,
    handler: (_req, res) => {
      res
        .status(429)
        .json(
          errorBody(
            "RATE_LIMITED",
            `Too many Cypher requests: at most ${perMinute} per minute. Try again shortly.`,
          ),
        );
    },
  });
}

/**
 * Every POST with a body must be JSON (415 otherwise): a form or text/plain POST — what a page of
 * another site can send without a CORS preflight — never reaches a handler. Body-less POSTs pass.
 * The exception is a multipart upload to /api/documents: it only previews (nothing is written); the
 * commit that writes is a JSON POST.
 */
export const requireJsonBody: RequestHandler = (req, res, next) => {
  if (req.method !== "POST") return next();
  // The one documented exception: document uploads are multipart (checked by content there).
  if (req.path === "/documents" && req.is("multipart/form-data")) return next();
  const hasBody = req.get("transfer-encoding") !== undefined || Number(req.get("content-length") ?? 0) > 0;
  if (!hasBody && !req.get("content-type")) return next();
  if (req.is("application/json")) return next();
  res
    .status(415)
    .json(
      errorBody(
        "UNSUPPORTED_MEDIA_TYPE",
        `POST bodies must be JSON (Content-Type: application/json); got ${JSON.stringify(
          (req.get("content-type") ?? "none").slice(0, 60),
        )}.`,
      ),
    );
};
