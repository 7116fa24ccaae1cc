import { describe, expect, it } from "vitest";
import { acronymParks } from "../../../../../server/extract/entities/acronym-parks";
import { mentionsBy } from "../../../../support/rules";

// Invented sentences; mentions as "id@surface" after overlaps are resolved.
describe("entity rule acronym-parks", () => {
  it("reads a park led by an acronym", () => {
    expect(mentionsBy([acronymParks], "推动RCEP国际合作产业园建设。")).toEqual([
      "DevZone:RCEP国际合作产业园@RCEP国际合作产业园",
    ]);
  });
});
