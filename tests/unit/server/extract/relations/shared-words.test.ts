import { describe, expect, it } from "vitest";
import {
  CITIES_NOT_ALONE,
  CITIES_STANDING_ALONE,
  OF_HEAD,
  OPEN_QUOTES,
  PLACED_TYPES,
  PORT_KIND_SOURCE,
  PORT_VERB_END,
  RANK_CLOSE,
  STOPPED_OR_CONFLICT,
} from "../../../../../server/extract/lexicon";
import { PLACED_GAP, RANK_PATH } from "../../../../../server/extract/relations/shared-words";

// Invented phrases: the constants shared by sibling rules (release 27, round lex-move9), read from lexicon.ts and
// relations/shared-words.ts instead of from one another.
describe("words shared by sibling rules", () => {
  it("reads the port words of port-objects.json", () => {
    expect(new RegExp(`^${PORT_KIND_SOURCE}口岸$`).test("公路口岸")).toBe(true);
    expect(new RegExp(`^${PORT_KIND_SOURCE}口岸$`).test("边境口岸")).toBe(false);
    expect(PORT_VERB_END.test("某市借")).toBe(true);
    expect(PORT_VERB_END.test("某市")).toBe(false);
  });

  it("lets only hand-picked cities of three or more characters outside notAlone stand alone", () => {
    for (const c of CITIES_STANDING_ALONE) {
      expect(c.length, c).toBeGreaterThanOrEqual(3);
      expect(CITIES_NOT_ALONE.has(c), c).toBe(false);
    }
    expect(CITIES_NOT_ALONE.size).toBeGreaterThan(0);
  });

  it("reads the clause shapes of the place rules", () => {
    expect(OPEN_QUOTES).toContain("“");
    expect(PLACED_TYPES.test("Port")).toBe(true);
    expect(PLACED_TYPES.test("Country")).toBe(false);
    expect(OF_HEAD.test("东部的新区")).toBe(true);
    expect(OF_HEAD.test("，其中")).toBe(false);
    expect(RANK_CLOSE.test("（副省级）")).toBe(true);
    expect(RANK_CLOSE.test("的门户")).toBe(false);
  });

  it("reads a rank path and a capital's title between a country and its place", () => {
    expect(new RegExp(`^${RANK_PATH}$`).test("某某州下辖的一个")).toBe(true);
    expect(PLACED_GAP.exec("的首都某城")?.[0]).toBe("的首都");
    expect(PLACED_GAP.exec("的企业")?.[0]).toBe("");
  });

  it("stops a compound's dealings on a stop or a conflict word, not after a negator", () => {
    expect(STOPPED_OR_CONFLICT.test("贸易往来一度中断")).toBe(true);
    expect(STOPPED_OR_CONFLICT.test("口岸从未关闭")).toBe(false);
    expect(STOPPED_OR_CONFLICT.test("合作继续，摩擦")).toBe(false);
  });
});
