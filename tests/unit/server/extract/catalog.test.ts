import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CatalogError, loadCatalog } from "../../../../server/extract/catalog";
import { Recognizer } from "../../../../server/extract/recognize";
import { normalize } from "../../../../server/extract/text";

describe("catalog", () => {
  it("loads and validates data/catalog", () => {
    const cat = loadCatalog();
    expect(cat.get("Province:内蒙古自治区")).toBeDefined();
    expect(cat.resolve("内蒙古")).toBe("Province:内蒙古自治区");
    expect(cat.resolve("RCEP")).toBe("Agreement:区域全面经济伙伴关系协定");
  });

  it("names the file and entry of a bad catalog", () => {
    const dir = mkdtempSync(join(tmpdir(), "zonegraph-cat-"));
    writeFileSync(join(dir, "bad.json"), JSON.stringify({ entries: [{ name: "X港", type: "Harbour" }] }));
    try {
      expect(() => loadCatalog(dir)).toThrow(CatalogError);
      expect(() => loadCatalog(dir)).toThrow(/bad\.json entry #0 \(X港\)/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("matches short forms, full/half-width brackets and traditional characters", () => {
    const rec = new Recognizer(loadCatalog());
    const ids = (s: string) => rec.recognize(normalize(s)).map((m) => m.id);
    const zone = "FreeTradeZone:中国（内蒙古）自由贸易试验区";
    expect(ids("内蒙古自贸试验区")).toEqual([zone]);
    expect(ids("内蒙古自贸区")).toEqual([zone]);
    expect(ids("中国(内蒙古)自由贸易试验区")).toEqual([zone]);
    expect(ids("中國（內蒙古）自由貿易試驗區")).toEqual([zone]);
  });
});
