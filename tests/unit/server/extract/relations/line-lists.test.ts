import { describe, expect, it } from "vitest";
import type { Mention } from "../../../../../server/extract/entities/types";
import { CALLS } from "../../../../../server/extract/relations/call-order";
import { type ListShape, listedPlaces } from "../../../../../server/extract/relations/line-lists";
import { DESTINATIONS } from "../../../../../server/extract/relations/port-sailing";

// Invented list; mentions placed by hand.
const norm = "挂港顺序为越南胡志明-新加坡、巴生，";
const at = norm.indexOf("越南");
function mention(id: string): Mention {
  const name = id.slice(id.indexOf(":") + 1);
  const cs = norm.indexOf(name);
  return { id, cs, ce: cs + name.length, method: "pattern", parts: [] };
}
const places = ["Country:越南", "City:胡志明", "Country:新加坡", "Port:巴生"].map(mention);
const ids = (list: Mention[]) => list.map((m) => m.id);

describe("listedPlaces (line-lists.ts)", () => {
  it("drops a country written right before a place when the shape says it only places it", () => {
    const calls: ListShape = {
      joint: (gap, first) => (first ? gap === "" : /^[、-]$/.test(gap)),
      countryPlaces: true,
    };
    expect(ids(listedPlaces(norm, places, at, calls))).toEqual([
      "City:胡志明",
      "Country:新加坡",
      "Port:巴生",
    ]);
  });

  it("keeps the country as an item otherwise, and stops at a gap that is no joint", () => {
    const backToBack: ListShape = { joint: (gap) => gap === "" || gap === "、", countryPlaces: false };
    expect(ids(listedPlaces(norm, places, at, backToBack))).toEqual(["Country:越南", "City:胡志明"]);
  });

  it("gives nothing when the first gap is no joint", () => {
    const atStart: ListShape = { joint: (gap, first) => !first || gap === "", countryPlaces: true };
    expect(listedPlaces(norm, places, 0, atStart)).toEqual([]);
  });

  it("reads the calls of a port rotation with call-order's shape (dash or 、 joints, a country places a call)", () => {
    // (an unrecognised call between marks is passed over: 越南胡志明-甲港-新加坡)
    const text = "挂港顺序为越南胡志明-甲港-新加坡、巴生和丙港，";
    const ms = ["Country:越南", "City:胡志明", "Country:新加坡", "Port:巴生", "Port:丙港"].map((id) => {
      const name = id.slice(id.indexOf(":") + 1);
      const cs = text.indexOf(name);
      return { id, cs, ce: cs + name.length, method: "pattern" as const, parts: [] };
    });
    expect(ids(listedPlaces(text, ms, text.indexOf("越南"), CALLS))).toEqual([
      "City:胡志明",
      "Country:新加坡",
      "Port:巴生",
    ]);
    // port-sailing's destinations: 、和及 joints, a country before a place an item of its own, no dash
    expect(ids(listedPlaces(text, ms, text.indexOf("新加坡"), DESTINATIONS))).toEqual([
      "Country:新加坡",
      "Port:巴生",
      "Port:丙港",
    ]);
    expect(ids(listedPlaces(text, ms, text.indexOf("越南"), DESTINATIONS))).toEqual([
      "Country:越南",
      "City:胡志明",
    ]);
  });
});
