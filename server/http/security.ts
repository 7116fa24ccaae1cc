/**
 * Deployment safety: optional API key (API_KEY; header `x-api-key` or `Authorization: Bearer`),
 * CORS off unless CORS_ORIGINS lists origins, and the rate limit of the analyst endpoints.
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
