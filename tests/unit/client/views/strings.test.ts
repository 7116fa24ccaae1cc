import { describe, expect, it } from "vitest";
import { labelText, VIEW_STRINGS_FOR_TEST, vt } from "../../../../client/src/views/strings";

describe("view strings", () => {
  it("has a Chinese and an English text for every entry", () => {
    for (const [key, [zh, en]] of Object.entries(VIEW_STRINGS_FOR_TEST)) {
      expect(zh.trim(), key).not.toBe("");
      expect(en.trim(), key).not.toBe("");
    }
  });
  it("translates stages and directness, and leaves unknown labels as they are", () => {
    expect(labelText("pilots", "zh")).toBe("先行先试");
    expect(labelText("in_force", "en")).toBe("in force");
    expect(labelText("area", "en")).toBe("via area");
    expect(labelText("something", "en")).toBe("something");
    expect(vt("tabTime", "en")).toBe("Time");
  });
});
