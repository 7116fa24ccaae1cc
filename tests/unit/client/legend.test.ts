import { describe, expect, it } from "vitest";
import { relName, STRINGS_FOR_TEST, typeName } from "../../../client/src/i18n";
import { FALLBACK_STYLE, PROVENANCE_TYPES, TYPE_STYLES, typeStyle } from "../../../client/src/model/styling";

describe("legend entries of provenance nodes (Cypher results)", () => {
  it("gives Claim, Document and Passage their own colour, letter and bilingual name", () => {
    for (const type of ["Claim", "Document", "Passage"]) {
      expect(PROVENANCE_TYPES.has(type)).toBe(true);
      expect(typeStyle(type)).not.toBe(FALLBACK_STYLE);
      expect(typeStyle(type).letter).not.toBe("?");
      expect(typeName(type, "zh")).not.toBe(type);
      expect(typeName(type, "en")).toBe(type);
    }
  });
  it("keeps letters unique, so the legend never relies on colour alone", () => {
    const letters = Object.values(TYPE_STYLES).map((s) => s.letter);
    expect(new Set(letters).size).toBe(letters.length);
  });
  it("names the provenance relationships in both languages", () => {
    for (const rel of ["ABOUT", "STATED_IN", "IN_DOCUMENT"]) {
      expect(relName(rel, "zh")).not.toBe(rel);
      expect(relName(rel, "en")).not.toBe(rel);
    }
  });
  it("has every UI string in both languages", () => {
    for (const [key, pair] of Object.entries(STRINGS_FOR_TEST)) {
      expect(pair[0], key).toBeTruthy();
      expect(pair[1], key).toBeTruthy();
    }
  });
});
