import { describe, expect, it } from "vitest";
import { type Catalog, loadCatalog } from "../../../../../server/extract/catalog";
import { tagWords, unseenNameStart, userDict } from "../../../../../server/extract/entities/segmenter";
import { extractDocument } from "../../../../../server/extract/index";

/** data/catalog plus one curated name, which the segmenter of this catalog keeps whole. */
function catalogWith(name: string): Catalog {
  const cat = loadCatalog();
  cat.add({ type: "Industry", name, nameEn: null, aliases: [], properties: {}, inCatalog: true });
  return cat;
}

describe("segmenter (@node-rs/jieba with the catalog as user dictionary)", () => {
  it("tags words with offsets into the text", () => {
    const text = "安徽省商务厅发布通知。";
    const words = tagWords(text, loadCatalog());
    for (const w of words) expect(text.slice(w.start, w.end)).toBe(w.word);
    expect(words.map((w) => w.word).join("")).toBe(text);
    expect(words.find((w) => w.word === "安徽省")?.tag).toBe("ns");
  });

  it("keeps a catalogued name whole", () => {
    const words = tagWords("二连浩特铁路口岸货运繁忙。", loadCatalog()).map((w) => w.word);
    expect(words).toContain("二连浩特铁路口岸");
  });

  it("starts an unseen name at a proper noun cut by a stop character, and refuses verbs and time words", () => {
    const cat = loadCatalog();
    const stop = (head: string) => head.includes("其");
    const text = "车队经红其拉甫口岸出境";
    expect(unseenNameStart(text, text.indexOf("拉甫"), text.indexOf("口岸"), cat, stop)).toBe(
      text.indexOf("红"),
    );
    const late = "该港近日迎来开港";
    expect(unseenNameStart(late, late.indexOf("日"), late.lastIndexOf("港"), cat, stop)).toBeNull();
    const plain = "货物经天保口岸出境";
    expect(unseenNameStart(plain, plain.indexOf("天保"), plain.indexOf("口岸"), cat, stop)).toBe(
      plain.indexOf("天保"),
    );
  });

  it("segments with a catalog the same before and after another catalog with more words (A, B, A)", () => {
    const text = "该港近日迎来开港";
    const words = (cat: Catalog) => tagWords(text, cat).map((w) => `${w.word}/${w.tag}`);
    const before = words(loadCatalog());
    expect(before).not.toContain("日迎来开/nz");
    expect(words(catalogWith("日迎来开"))).toContain("日迎来开/nz");
    expect(words(loadCatalog())).toEqual(before);
  });

  it("extracts a text with a catalog the same before and after another catalog with more words (A, B, A)", () => {
    const text = "该港近日迎来开港。";
    const ids = (cat: Catalog) => extractDocument("a.txt", text, {}, cat).nodes.map((n) => n.id);
    const before = ids(loadCatalog());
    // B's word makes 日迎来开港 a port name; A's segmenter must not learn it
    expect(ids(catalogWith("日迎来开"))).toContain("Port:日迎来开港");
    expect(ids(loadCatalog())).toEqual(before);
    expect(before).not.toContain("Port:日迎来开港");
  });

  it("reads the catalog's curated names only, not the names an extraction registers on the way", () => {
    const cat = loadCatalog();
    const curated = userDict(cat);
    expect(curated).toContain("二连浩特铁路口岸 1000 ns");
    const g = extractDocument("a.txt", "车队经红其拉甫口岸出境。", {}, cat);
    expect(g.nodes.find((n) => n.id === "Port:红其拉甫口岸")?.source).toBe("pattern");
    // the name lives in the document's layer: the loaded catalog, hence the dictionary, is unchanged
    expect(cat.get("Port:红其拉甫口岸")).toBeUndefined();
    expect(userDict(cat)).toBe(curated);
  });
});
