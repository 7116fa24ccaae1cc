/** The embedded Neo4j's memory limits, derived from the heap (server/neo4j/embedded.ts). */
import { describe, expect, it } from "vitest";
import { jvmMemoryArgs, memorySettings, neo4jMemoryConf, parseSize } from "../../../../server/neo4j/embedded";

describe("parseSize", () => {
  it("reads k, m, g suffixes and plain bytes, case-insensitively", () => {
    expect(parseSize("1g")).toBe(1024 ** 3);
    expect(parseSize("768M")).toBe(768 * 1024 ** 2);
    expect(parseSize("256k")).toBe(256 * 1024);
    expect(parseSize("1048576")).toBe(1048576);
  });
  it("names the bad value", () => {
    expect(() => parseSize("lots")).toThrow(/Not a memory size: "lots"/);
    expect(() => parseSize("1.5g")).toThrow(/1\.5g/);
  });
});

describe("memorySettings", () => {
  it("gives all transactions 60% of the heap and one transaction a quarter of that", () => {
    expect(memorySettings("1g")).toEqual({
      heap: "1024m",
      pageCache: "256m",
      txTotalMax: "614m",
      txMax: "153m",
    });
    expect(memorySettings("4g")).toEqual({
      heap: "4096m",
      pageCache: "512m",
      txTotalMax: "2457m",
      txMax: "614m",
    });
  });
  it("keeps the page cache between 64m and 512m", () => {
    expect(memorySettings("128m").pageCache).toBe("64m");
    expect(memorySettings("16g").pageCache).toBe("512m");
  });
  it("uses a requested per-transaction cap only when it is below the derived one", () => {
    expect(memorySettings("1g", "64m").txMax).toBe("64m");
    expect(memorySettings("1g", "2g").txMax).toBe("153m");
  });
  it("never lets one transaction exceed the total", () => {
    for (const heap of ["128m", "512m", "1g", "3g", "16g"]) {
      const m = memorySettings(heap);
      expect(parseSize(m.txMax)).toBeLessThanOrEqual(parseSize(m.txTotalMax));
      expect(parseSize(m.txTotalMax)).toBeLessThan(parseSize(m.heap));
    }
  });
});

describe("jvmMemoryArgs / neo4jMemoryConf", () => {
  it("fixes the heap and exits on OutOfMemoryError instead of wedging", () => {
    const args = jvmMemoryArgs(memorySettings("1g"));
    expect(args).toContain("-Xms1024m");
    expect(args).toContain("-Xmx1024m");
    expect(args).toContain("-XX:+ExitOnOutOfMemoryError");
  });
  it("writes Neo4j's own limits into neo4j.conf", () => {
    expect(neo4jMemoryConf(memorySettings("1g"))).toEqual({
      "server.memory.pagecache.size": "256m",
      "dbms.memory.transaction.total.max": "614m",
      "db.memory.transaction.max": "153m",
    });
  });
});
