/**
 * Write endpoints (uploads, commits, deletes, review decisions): with API_KEY set, apiKeyAuth has
 * already checked the key; without one, writes are allowed only when the app listens on loopback.
 * Sets res.locals.who: the API key's name, or "local".
 */
import type { RequestHandler } from "express";
import { errorBody } from "./errorHandler";

export function isLoopback(host: string | undefined): boolean {
  if (!host) return true;
  return host === "localhost" || host === "::1" || host === "[::1]" || /^127\.\d+\.\d+\.\d+$/.test(host);
}

export interface WriteAccessSettings {
  apiKey?: string | undefined;
  apiKeyName?: string | undefined;
  listenHost?: string | undefined;
}

export function writeAccess(settings: WriteAccessSettings): RequestHandler {
  return (_req, res, next) => {
    if (settings.apiKey) {
      res.locals.who = settings.apiKeyName ?? "api-key";
      return next();
    }
    if (isLoopback(settings.listenHost)) {
      res.locals.who = "local";
      return next();
    }
    res
      .status(403)
      .json(
        errorBody(
          "FORBIDDEN",
          `Writes need an API key: the app listens on ${settings.listenHost}, not on localhost. Set API_KEY (and API_KEY_NAME) to allow uploads and reviews.`,
        ),
      );
  };
}
