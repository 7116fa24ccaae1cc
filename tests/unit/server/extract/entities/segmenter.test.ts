import { describe, expect, it } from "vitest";
import { loadCatalog } from "../../../../../server/extract/catalog";
import { tagWords, unseenNameStart } from "../../../../../server/extract/entities/segmenter";

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
});
