import { describe, expect, it } from "vitest";
import { PrefixIndex } from "../../../../server/extract/prefix-index";

describe("PrefixIndex", () => {
  const forms = ["青山湖区", "青山湖", "青山", "青", "A"];
  const index = new PrefixIndex(forms);

  it("finds the first form in the given order written at a position", () => {
    expect(index.firstAt("在青山湖区办事", 1)).toBe("青山湖区");
    expect(index.firstAt("在青山湖边", 1)).toBe("青山湖");
    expect(index.firstAt("青山绿水", 0)).toBe("青山");
  });

  it("tries forms of one character after the longer ones", () => {
    expect(index.firstAt("青草", 0)).toBe("青");
    expect(index.firstAt("A股", 0)).toBe("A");
  });

  it("finds nothing where no form starts, nor past the end", () => {
    expect(index.firstAt("山青", 0)).toBeUndefined();
    expect(index.firstAt("青", 1)).toBeUndefined();
    expect(index.firstAt("", 0)).toBeUndefined();
  });

  it("skips the forms `accept` refuses and goes on with shorter ones", () => {
    const notWhole = (f: string) => f !== "青山湖区";
    expect(index.firstAt("青山湖区", 0, notWhole)).toBe("青山湖");
    expect(index.firstAt("青山", 0, (f, text, pos) => text.length - pos > f.length)).toBe("青");
  });

  it("keeps the given order among forms of the same start (the first listed wins)", () => {
    expect(new PrefixIndex(["东方港", "东方"]).firstAt("东方港口", 0)).toBe("东方港");
    expect(new PrefixIndex(["东方", "东方港"]).firstAt("东方港口", 0)).toBe("东方");
  });

  it("inserts a later form at its place in the order given by `compare`", () => {
    const longestFirst = (a: string, b: string) => b.length - a.length || (a < b ? -1 : 1);
    const grown = new PrefixIndex(["东方"], longestFirst);
    expect(grown.firstAt("东方港口", 0)).toBe("东方");
    grown.insert("东方港");
    grown.insert("东");
    expect(grown.firstAt("东方港口", 0)).toBe("东方港");
    expect(grown.firstAt("东南", 0)).toBe("东");
    const plain = new PrefixIndex(["东方"]);
    plain.insert("东方港");
    expect(plain.firstAt("东方港口", 0)).toBe("东方");
  });

  it("finds forms whatever the code units (Latin, full stops, digits)", () => {
    const many = new PrefixIndex(["RCEP", "R1", "。。"]);
    expect(many.firstAt("加入RCEP后", 2)).toBe("RCEP");
    expect(many.firstAt("R1线", 0)).toBe("R1");
    expect(many.firstAt("好。。", 1)).toBe("。。");
  });

  it("matches like a global regex of the alternation: left to right, going on after each form", () => {
    const names = ["青禾湾", "青禾", "禾湾", "南洋"];
    const text = "青禾湾与青禾、禾湾及南洋青禾湾";
    const regex = [...text.matchAll(new RegExp(names.join("|"), "g"))].map((m) => [m[0], m.index]);
    const index = new PrefixIndex(names).matchAll(text).map((m) => [m[0], m.index]);
    expect(index).toEqual(regex);
    expect(index).toEqual([
      ["青禾湾", 0],
      ["青禾", 4],
      ["禾湾", 7],
      ["南洋", 10],
      ["青禾湾", 12],
    ]);
  });

  it("matches only where `accept` takes the form, trying shorter ones there", () => {
    const beforeStation = (f: string, text: string, pos: number) => text[pos + f.length] === "站";
    expect(new PrefixIndex(["青禾湾", "青禾"]).matchAll("青禾站、青禾湾", beforeStation)).toEqual([
      { 0: "青禾", index: 0 },
    ]);
  });

  it("tells apart forms whose first two characters differ only in the second", () => {
    const index = new PrefixIndex(["青禾湾", "青山湾", "禾青"]);
    expect(index.firstAt("青山湾", 0)).toBe("青山湾");
    expect(index.firstAt("青禾湾", 0)).toBe("青禾湾");
    expect(index.firstAt("青水湾", 0)).toBeUndefined();
    expect(index.firstAt("禾青", 0)).toBe("禾青");
  });
});
