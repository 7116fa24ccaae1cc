import { describe, expect, it } from "vitest";
import { namedQueryText } from "../../../client/src/model/namedQueries";

const q = {
  name: "zones_by_category",
  title: "Zones by category",
  titleZh: "按类别列出自贸区",
  description: "Zones of one category.",
  descriptionZh: "某一类别的自贸区。",
};

describe("namedQueryText", () => {
  it("gives the Chinese title and description in the Chinese UI and the English ones in English", () => {
    expect(namedQueryText(q, "zh")).toEqual({ title: "按类别列出自贸区", description: "某一类别的自贸区。" });
    expect(namedQueryText(q, "en")).toEqual({
      title: "Zones by category",
      description: "Zones of one category.",
    });
  });
  it("falls back to English, then to the name, when a text is missing", () => {
    expect(namedQueryText({ name: "x", description: "D" }, "zh")).toEqual({ title: "x", description: "D" });
    expect(namedQueryText({ name: "x", title: "T", description: "D" }, "zh").title).toBe("T");
  });
});
