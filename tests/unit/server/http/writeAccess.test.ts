import express from "express";
import request from "supertest";
import { describe, expect, it } from "vitest";
import { isLoopback, writeAccess } from "../../../../server/http/writeAccess";

function app(settings: Parameters<typeof writeAccess>[0]) {
  const a = express();
  a.post("/w", writeAccess(settings), (_req, res) => {
    res.json({ who: res.locals.who });
  });
  return a;
}

describe("writeAccess", () => {
  it("knows loopback addresses", () => {
    for (const h of ["127.0.0.1", "localhost", "::1", "127.1.2.3"]) expect(isLoopback(h)).toBe(true);
    for (const h of ["0.0.0.0", "::", "192.168.1.5", "example.org"]) expect(isLoopback(h)).toBe(false);
  });
  it("allows local writes as 'local', refuses them beyond localhost without a key", async () => {
    expect((await request(app({ listenHost: "127.0.0.1" })).post("/w")).body).toEqual({ who: "local" });
    const open = await request(app({ listenHost: "0.0.0.0" })).post("/w");
    expect(open.status).toBe(403);
    expect(open.body.error).toMatchObject({ code: "FORBIDDEN" });
    expect(open.body.error.message).toContain("listens on 0.0.0.0");
  });
  it("records the key's name as who when API_KEY is set (apiKeyAuth checked the key before)", async () => {
    const res = await request(
      app({ listenHost: "0.0.0.0", apiKey: "k".repeat(16), apiKeyName: "alice" }),
    ).post("/w");
    expect(res.body).toEqual({ who: "alice" });
  });
});
