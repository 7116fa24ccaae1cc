import { describe, expect, it } from "vitest";
import type { CorridorRepository } from "../../../../server/repositories/corridors";
import type { GraphRepository } from "../../../../server/repositories/graph";
import type { TimelineRow, ViewsRepository } from "../../../../server/repositories/views";
import { VersionedCache } from "../../../../server/services/versionedCache";
import { ViewsService } from "../../../../server/services/views";

function counter<T>(value: (n: number) => T) {
  let calls = 0;
  return {
    fn: async () => value(++calls),
    get calls() {
      return calls;
    },
  };
}

describe("VersionedCache", () => {
  it("answers a repeated key from the cache while the version stays the same", async () => {
    const cache = new VersionedCache({ version: async () => "v1" });
    const c = counter((n) => `computed ${n}`);
    expect(await cache.get("k", c.fn)).toBe("computed 1");
    expect(await cache.get("k", c.fn)).toBe("computed 1");
    expect(c.calls).toBe(1);
    expect(cache.stats).toEqual({ hits: 1, misses: 1 });
  });

  it("keeps different keys apart", async () => {
    const cache = new VersionedCache({ version: async () => "v1" });
    const c = counter((n) => n);
    expect(await cache.get("a", c.fn)).toBe(1);
    expect(await cache.get("b", c.fn)).toBe(2);
    expect(await cache.get("a", c.fn)).toBe(1);
  });

  it("drops every entry when the data version changes", async () => {
    let version = "docs=5|last=doc:4";
    const cache = new VersionedCache({ version: async () => version });
    const c = counter((n) => n);
    await cache.get("a", c.fn);
    await cache.get("b", c.fn);
    version = "docs=6|last=doc:5";
    expect(await cache.get("a", c.fn)).toBe(3);
    expect(cache.size).toBe(1);
  });

  it("recomputes an entry older than the maximum age", async () => {
    let now = 0;
    const cache = new VersionedCache({ version: async () => "v", maxAgeMs: 1000, now: () => now });
    const c = counter((n) => n);
    await cache.get("a", c.fn);
    now = 999;
    expect(await cache.get("a", c.fn)).toBe(1);
    now = 2001;
    expect(await cache.get("a", c.fn)).toBe(2);
  });

  it("evicts the oldest entry above the size cap", async () => {
    const cache = new VersionedCache({ version: async () => "v", maxEntries: 2 });
    const c = counter((n) => n);
    await cache.get("a", c.fn);
    await cache.get("b", c.fn);
    await cache.get("c", c.fn);
    expect(cache.size).toBe(2);
    expect(await cache.get("a", c.fn)).toBe(4);
  });

  it("does not keep a failed computation", async () => {
    const cache = new VersionedCache({ version: async () => "v" });
    await expect(cache.get("a", () => Promise.reject(new Error("Neo4j unavailable")))).rejects.toThrow(
      "Neo4j unavailable",
    );
    expect(await cache.get("a", async () => "ok")).toBe("ok");
  });
});

describe("ViewsService caching", () => {
  const rows: TimelineRow[] = [
    { kind: "document", id: "doc:1", label: "Report", date: "2023-01-01", text: "2023" },
  ];

  it("reads the timeline once per graph version", async () => {
    let version = "1";
    let reads = 0;
    const repo = {
      version: async () => version,
      timeline: async () => {
        reads++;
        return rows;
      },
    } as unknown as ViewsRepository;
    const service = new ViewsService(repo, {} as GraphRepository, {} as CorridorRepository);
    const first = await service.timeline();
    await service.timeline();
    expect(reads).toBe(1);
    expect(first.documents[0]?.interval).toEqual({ from: "2023-01-01", to: "2023-12-31", precision: "year" });
    version = "2";
    await service.timeline();
    expect(reads).toBe(2);
  });
});
