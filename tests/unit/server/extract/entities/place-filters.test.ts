import { describe, expect, it } from "vitest";
import { dropPlacesOpening } from "../../../../../server/extract/entities/place-filters";
import type { Mention } from "../../../../../server/extract/entities/types";

const mention = (id: string, cs: number, ce: number): Mention => ({
  id,
  cs,
  ce,
  method: "catalog",
  parts: [],
});

// Invented mentions of an invented sentence: 青州东路和青州港 (a street, then a port).
describe("dropping places that open another name (entities/place-filters.ts)", () => {
  it("drops only the place mentions the test names, and keeps other types", () => {
    const out = [mention("City:青州", 0, 2), mention("Port:青州港", 5, 8), mention("City:青州", 5, 7)];
    dropPlacesOpening(out, (m) => m.cs === 0 || m.id.startsWith("Port:"));
    expect(out.map((m) => `${m.id}@${m.cs}`)).toEqual(["Port:青州港@5", "City:青州@5"]);
  });
});
