/**
 * API key mode in the client: SessionApiKey (client/src/ui/apiKey.ts) with the Api (client/src/api.ts)
 * over a fake server that wants one key. The dialog itself runs in Chromium: tests/e2e/apiKey.test.ts.
 */
import { describe, expect, it } from "vitest";
import { Api } from "../../../client/src/api";
import { API_KEY_STORAGE_KEY, SessionApiKey } from "../../../client/src/ui/apiKey";

const KEY = "a-very-secret-key-123";

function memoryStorage(initial: Record<string, string> = {}) {
  const map = new Map(Object.entries(initial));
  return {
    map,
    getItem: (k: string) => map.get(k) ?? null,
    setItem: (k: string, v: string) => void map.set(k, v),
    removeItem: (k: string) => void map.delete(k),
  };
}

/** A server that answers 401 unless x-api-key is KEY; records every request. */
function fakeServer() {
  const seen: { url: string; key: string | null }[] = [];
  const fetchImpl = (async (url: string, init?: RequestInit) => {
    const key = new Headers(init?.headers).get("x-api-key");
    seen.push({ url, key });
    if (key !== KEY) {
      return new Response(JSON.stringify({ error: { code: "UNAUTHORIZED", message: "key" } }), {
        status: 401,
      });
    }
    return new Response(JSON.stringify({ corridors: [] }), { status: 200 });
  }) as unknown as typeof fetch;
  return { seen, fetchImpl };
}

describe("Api with SessionApiKey", () => {
  it("asks once on the first 401, keeps the key in storage and sends it as a header, never in the URL", async () => {
    const storage = memoryStorage();
    const server = fakeServer();
    const asked: boolean[] = [];
    const auth = new SessionApiKey(storage, async (refused) => {
      asked.push(refused);
      return `  ${KEY} `;
    });
    const api = new Api("", server.fetchImpl, auth);
    await expect(api.corridors()).resolves.toEqual({ corridors: [] });
    await expect(api.corridors()).resolves.toEqual({ corridors: [] });
    expect(asked).toEqual([false]);
    expect(storage.map.get(API_KEY_STORAGE_KEY)).toBe(KEY);
    expect(server.seen.map((s) => s.key)).toEqual([null, KEY, KEY]);
    expect(server.seen.every((s) => !s.url.includes(KEY))).toBe(true);
  });

  it("shares one prompt between requests refused at the same time", async () => {
    const server = fakeServer();
    let asks = 0;
    let answer: (key: string) => void = () => {};
    const auth = new SessionApiKey(memoryStorage(), () => {
      asks += 1;
      return new Promise((resolve) => {
        answer = resolve;
      });
    });
    const api = new Api("", server.fetchImpl, auth);
    const all = Promise.all([api.corridors(), api.corridors(), api.corridors()]);
    await new Promise((r) => setTimeout(r, 10));
    answer(KEY);
    await expect(all).resolves.toHaveLength(3);
    expect(asks).toBe(1);
  });

  it("asks again, saying the key was refused, when the stored key is not accepted", async () => {
    const storage = memoryStorage({ [API_KEY_STORAGE_KEY]: "an-old-key-that-expired" });
    const server = fakeServer();
    const asked: boolean[] = [];
    const answers = ["still-wrong-key-456", KEY];
    const auth = new SessionApiKey(storage, async (refused) => {
      asked.push(refused);
      return answers.shift() ?? null;
    });
    const api = new Api("", server.fetchImpl, auth);
    await expect(api.corridors()).resolves.toEqual({ corridors: [] });
    expect(asked).toEqual([true, true]);
    expect(storage.map.get(API_KEY_STORAGE_KEY)).toBe(KEY);
  });

  it("gives up with the 401 error when no key is entered, and forgets the refused key", async () => {
    const storage = memoryStorage({ [API_KEY_STORAGE_KEY]: "an-old-key-that-expired" });
    const api = new Api("", fakeServer().fetchImpl, new SessionApiKey(storage, async () => null));
    await expect(api.corridors()).rejects.toMatchObject({ code: "UNAUTHORIZED", status: 401 });
    expect(storage.map.has(API_KEY_STORAGE_KEY)).toBe(false);
  });

  it("sends no key header without an ApiAuth (the default, no API_KEY on the server)", async () => {
    const server = fakeServer();
    await expect(new Api("", server.fetchImpl).corridors()).rejects.toMatchObject({ status: 401 });
    expect(server.seen).toEqual([{ url: "/api/corridors", key: null }]);
  });
  it("Api.fetch (uploads, review queue) sends the key too, keeps the caller's headers and lets FormData set its type", async () => {
    const storage = memoryStorage();
    const server = fakeServer();
    const types: (string | null)[] = [];
    const recording = (async (url: string, init?: RequestInit) => {
      types.push(new Headers(init?.headers).get("content-type"));
      return server.fetchImpl(url, init);
    }) as unknown as typeof fetch;
    const api = new Api("", recording, new SessionApiKey(storage, async () => KEY));
    const form = new FormData();
    form.append("files", new Blob(["自贸试验区"]), "a.txt");
    const res = await api.fetch("/api/documents", { method: "POST", body: form });
    expect(res.status).toBe(200);
    const json = await api.fetch("/api/review/decisions", {
      method: "POST",
      headers: { "X-Trace": "1" },
      body: JSON.stringify({ action: "accept", edge: "e" }),
    });
    expect(json.status).toBe(200);
    expect(server.seen.map((s) => s.key)).toEqual([null, KEY, KEY]);
    // No JSON content type on the multipart body (fetch adds multipart/form-data with its boundary).
    expect(types).toEqual([null, null, "application/json"]);
  });
});
