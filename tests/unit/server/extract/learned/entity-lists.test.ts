import { describe, expect, it } from "vitest";
import { listItems } from "../../../../../server/extract/learned/entity-lists";
import { words } from "../../../../support/segmented";

// Invented: 重点发展甲乙、丙丁、戊己庚等产业 with 丙丁 recognised.
const ws = words([
  ["重点", "n"],
  ["发展", "v"],
  ["甲乙", "n"],
  ["、", "x"],
  ["丙丁", "n"],
  ["、", "x"],
  ["戊己", "n"],
  ["庚", "n"],
  ["等", "u"],
  ["产业", "n"],
]);
const norm = ws.map((w) => w.word).join("");
const read = (spans: [number, number][]) => spans.map(([a, b]) => norm.slice(a, b));

describe("items of lists", () => {
  it("cuts the first item after its verb and the last before 等, when one item is a recognised name", () => {
    expect(read(listItems(norm, ws, [{ id: "Industry:丙丁", cs: 7, ce: 9 }]))).toEqual(["甲乙", "戊己庚"]);
  });

  it("counts a recognised name that ends an item (跨境物流 read as 物流), and nothing without one", () => {
    expect(read(listItems(norm, ws, [{ id: "Industry:乙", cs: 5, ce: 6 }]))).toEqual(["丙丁", "戊己庚"]);
    expect(listItems(norm, ws, [])).toEqual([]);
  });
});
