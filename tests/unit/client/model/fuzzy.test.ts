import { describe, expect, it } from "vitest";
import { didYouMean, wantsFuzzy } from "../../../../client/src/model/fuzzy";

describe("wantsFuzzy", () => {
  it("asks the tolerant search only when the exact search found nothing for a 4+ letter Latin word", () => {
    expect(wantsFuzzy("Erenhto", 0)).toBe(true);
    expect(wantsFuzzy("Ｅｒｅｎｈｔｏ", 0)).toBe(true);
    expect(wantsFuzzy("Erenhto", 3)).toBe(false);
    expect(wantsFuzzy("gx", 0)).toBe(false);
    expect(wantsFuzzy("二连浩特", 0)).toBe(false);
  });
});

describe("didYouMean", () => {
  it("fills the template with the suggestion, and says nothing when it is the query itself or absent", () => {
    expect(didYouMean("Erenhto", "Erenhot", "Did you mean: {s}?")).toBe("Did you mean: Erenhot?");
    expect(didYouMean("erenhot ", "Erenhot", "{s}")).toBeNull();
    expect(didYouMean("Erenhto", null, "{s}")).toBeNull();
  });
});
