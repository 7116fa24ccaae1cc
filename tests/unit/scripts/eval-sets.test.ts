import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { readGold, SEED_GOLD_FILES } from "../../../scripts/eval-sets";

const annotations = fileURLToPath(new URL("../../fixtures/annotations/", import.meta.url));

describe("SEED_GOLD_FILES", () => {
  it("names annotation files that exist, once each", () => {
    expect(SEED_GOLD_FILES.length).toBeGreaterThan(0);
    expect(new Set(SEED_GOLD_FILES).size).toBe(SEED_GOLD_FILES.length);
    for (const f of SEED_GOLD_FILES) expect(existsSync(`${annotations}${f}`), f).toBe(true);
  });

  it("holds no real-text set (those are listed apart, and held-out ones never train)", () => {
    expect(SEED_GOLD_FILES.filter((f) => f.startsWith("real-"))).toEqual([]);
  });
});

describe("readGold", () => {
  it("reads every seed file as a gold annotation, keyed by its name", () => {
    for (const f of SEED_GOLD_FILES) {
      const [name, gold] = readGold(f);
      expect(name).toBe(f);
      expect(Array.isArray(gold.entities), f).toBe(true);
      expect(Array.isArray(gold.relations), f).toBe(true);
      expect(gold.entities.length, f).toBeGreaterThan(0);
    }
  });

  it("names the file when it does not exist", () => {
    expect(() => readGold("no-such-gold.json")).toThrow(/no-such-gold\.json/);
  });
});
