import { describe, expect, it } from "vitest";
import { loadCatalog } from "../../../../../server/extract/catalog";
import { tagWords } from "../../../../../server/extract/entities/segmenter";

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
});
