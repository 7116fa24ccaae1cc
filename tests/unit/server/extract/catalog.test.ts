import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CatalogError, loadCatalog } from "../../../../server/extract/catalog";
import { Recognizer } from "../../../../server/extract/recognize";
import { normalize } from "../../../../server/extract/text";
import { foundEntity } from "../../../support/extracted";

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

  it("knows the codes of its one-character abbreviations, and of its base's in a layer", () => {
    const layer = loadCatalog().layer();
    const code = (c: string) => c.charCodeAt(0);
    expect(layer.provinceAbbr.get("粤")).toBe("Province:广东省");
    expect(layer.isAbbreviationCode(code("粤"))).toBe(true);
    expect(layer.isAbbreviationCode(code("俄"))).toBe(true);
    expect(layer.isAbbreviationCode(code("的"))).toBe(false);
    expect(layer.isAbbreviationCode(Number.NaN)).toBe(false);
    layer.add({ ...foundEntity("Country", "青禾国", []), abbr: "禾" });
    expect(layer.isAbbreviationCode(code("禾"))).toBe(true);
    expect(layer.countryAbbr.get("禾")).toBe("Country:青禾国");
  });

  it("finds the longest place name of two to eight characters at a position, a layer's too", () => {
    const layer = loadCatalog().layer();
    expect(layer.longestPlaceAt("运往内蒙古自治区", 2)).toBe("内蒙古自治区");
    expect(layer.longestPlaceAt("运往内蒙古", 2)).toBe("内蒙古");
    expect(layer.longestPlaceAt("运往青禾城", 2)).toBeUndefined();
    layer.add(foundEntity("City", "青禾城", []));
    expect(layer.longestPlaceAt("运往青禾城", 2)).toBe("青禾城");
    layer.add(foundEntity("City", "青禾城北新区港口贸易园", []));
    expect(layer.longestPlaceAt("运往青禾城北新区港口贸易园", 2)).toBe("青禾城");
  });

  describe("a layer over the loaded catalog", () => {
    const entity = foundEntity;

    it("sees the catalog and its own names; the catalog never sees the layer's", () => {
      const cat = loadCatalog();
      const layer = cat.layer();
      layer.add(entity("Port", "青禾湾港", ["青禾港"]));
      expect(layer.resolve("青禾港")).toBe("Port:青禾湾港");
      expect(layer.resolve("内蒙古")).toBe("Province:内蒙古自治区");
      expect(layer.longestAt("经青禾湾港出口", 1)).toBe("青禾湾港");
      expect(layer.longestAt("内蒙古自治区", 0)).toBe("内蒙古自治区");
      expect(cat.resolve("青禾港")).toBeUndefined();
      expect(cat.longestAt("经青禾湾港出口", 1)).toBeNull();
      expect(cat.layer().get("Port:青禾湾港")).toBeUndefined();
      expect([...layer.ownEntities()].map(([id]) => id)).toEqual(["Port:青禾湾港"]);
    });

    it("finds a name added after a first look-up (the layer's index follows its names)", () => {
      const layer = loadCatalog().layer();
      layer.add(entity("Port", "青禾湾港", []));
      expect(layer.longestAt("经青禾湾新港出口", 1)).toBeNull();
      layer.add(entity("Port", "青禾湾新港", []));
      expect(layer.longestAt("经青禾湾新港出口", 1)).toBe("青禾湾新港");
      expect(layer.longestAt("经青禾湾港出口", 1)).toBe("青禾湾港");
    });

    it("copies a catalogued entity before adding an alias or a surface to it", () => {
      const cat = loadCatalog();
      const before = [...(cat.get("Province:内蒙古自治区")?.aliases ?? [])];
      const layer = cat.layer();
      layer.add(entity("Province", "内蒙古自治区", ["蒙区北部"]));
      layer.addAliases("Province:内蒙古自治区", ["北疆省区"]);
      expect(layer.get("Province:内蒙古自治区")?.aliases).toEqual([...before, "蒙区北部", "北疆省区"]);
      expect(layer.resolve("蒙区北部")).toBe("Province:内蒙古自治区");
      expect(cat.get("Province:内蒙古自治区")?.aliases).toEqual(before);
      expect(cat.resolve("蒙区北部")).toBeUndefined();
    });

    it("adds a second entity to a catalogued surface form in the layer only", () => {
      const cat = loadCatalog();
      const ids = [...(cat.surfaces.get("内蒙古") ?? [])];
      const layer = cat.layer();
      layer.addSurface("内蒙古", "Organization:内蒙古");
      expect(layer.surfaces.get("内蒙古")).toEqual([...ids, "Organization:内蒙古"]);
      expect(cat.surfaces.get("内蒙古")).toEqual(ids);
    });
  });
});
