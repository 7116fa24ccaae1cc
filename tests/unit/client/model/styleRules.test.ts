import { describe, expect, it } from "vitest";
import {
  checkRule,
  moveRule,
  parseRules,
  ruleMatches,
  ruleStyle,
  ruleText,
  type StyleRule,
} from "../../../../client/src/model/styleRules";

const rule = (over: Partial<StyleRule>): StyleRule => ({
  id: "r1",
  nodeType: null,
  property: "degree",
  test: { kind: "exists" },
  color: "#ff0000",
  size: null,
  ...over,
});

describe("style rules: matching", () => {
  it("equals compares as text, also against the items of a list", () => {
    const r = rule({ property: "status", test: { kind: "equals", value: "applied" } });
    expect(ruleMatches(r, "FreeTradeZone", { status: "applied" })).toBe(true);
    expect(ruleMatches(r, "FreeTradeZone", { status: "established" })).toBe(false);
    const alias = rule({ property: "aliases", test: { kind: "equals", value: "二连" } });
    expect(ruleMatches(alias, "Area", { aliases: ["二连浩特", "二连"] })).toBe(true);
    expect(
      ruleMatches(rule({ property: "degree", test: { kind: "equals", value: "12" } }), "Area", {
        degree: 12,
      }),
    ).toBe(true);
  });

  it("range takes numbers and numeric text, with an open end; exists wants a non-empty value", () => {
    const r = rule({ test: { kind: "range", min: 10, max: null } });
    expect(ruleMatches(r, "Province", { degree: 10 })).toBe(true);
    expect(ruleMatches(r, "Province", { degree: "25" })).toBe(true);
    expect(ruleMatches(r, "Province", { degree: 9 })).toBe(false);
    expect(ruleMatches(r, "Province", { degree: "many" })).toBe(false);
    expect(ruleMatches(r, "Province", {})).toBe(false);
    const ex = rule({ property: "nameEn" });
    expect(ruleMatches(ex, "Area", { nameEn: "Erenhot Area" })).toBe(true);
    expect(ruleMatches(ex, "Area", { nameEn: null })).toBe(false);
    expect(ruleMatches(ex, "Area", { nameEn: "" })).toBe(false);
  });

  it("a rule for a type matches only that type; an inherited property is not a property", () => {
    const r = rule({ nodeType: "FreeTradeZone" });
    expect(ruleMatches(r, "FreeTradeZone", { degree: 3 })).toBe(true);
    expect(ruleMatches(r, "Area", { degree: 3 })).toBe(false);
    expect(ruleMatches(rule({ property: "toString" }), "Area", {})).toBe(false);
  });

  it("the first matching rule sets the colour, the first that sizes sets the size", () => {
    const rules = [
      rule({ id: "a", nodeType: "Area", color: "#111111" }),
      rule({ id: "b", color: "#222222", size: 20 }),
      rule({ id: "c", color: "#333333", size: 8 }),
    ];
    expect(ruleStyle(rules, "Area", { degree: 1 })).toEqual({ color: "#111111", colorRule: 0, size: 20 });
    expect(ruleStyle(rules, "Province", { degree: 1 })).toEqual({ color: "#222222", colorRule: 1, size: 20 });
    expect(ruleStyle(rules, "Province", {})).toEqual({});
  });
});

describe("style rules: checks, storage, order, text", () => {
  it("refuses a rule without style, a bad range, a bad colour or property name", () => {
    expect(checkRule(rule({}))).toBeNull();
    expect(checkRule(rule({ color: null, size: null }))).toBe("ruleStyle");
    expect(checkRule(rule({ color: null, size: 99 }))).toBe("ruleStyle");
    expect(checkRule(rule({ color: "red" }))).toBe("ruleColour");
    expect(checkRule(rule({ property: "a b" }))).toBe("ruleProperty");
    expect(checkRule(rule({ property: "" }))).toBe("ruleProperty");
    expect(checkRule(rule({ test: { kind: "range", min: null, max: null } }))).toBe("ruleRange");
    expect(checkRule(rule({ test: { kind: "range", min: 5, max: 1 } }))).toBe("ruleRange");
    expect(checkRule(rule({ property: "名称", test: { kind: "range", min: 1, max: 5 } }))).toBeNull();
  });

  it("reads back only valid rules, without duplicates", () => {
    const good = rule({ id: "ok" });
    expect(parseRules([good, { ...good }, { id: "x" }, null, rule({ id: "bad", color: "nope" })])).toEqual([
      good,
    ]);
    expect(parseRules("not a list")).toEqual([]);
    expect(parseRules([{ ...good, id: "r", test: { kind: "range", min: "1", max: 2 } }])).toEqual([]);
  });

  it("moves a rule up or down, and leaves the list at its ends", () => {
    const rules = [rule({ id: "a" }), rule({ id: "b" }), rule({ id: "c" })];
    expect(moveRule(rules, "b", -1).map((r) => r.id)).toEqual(["b", "a", "c"]);
    expect(moveRule(rules, "b", 1).map((r) => r.id)).toEqual(["a", "c", "b"]);
    expect(moveRule(rules, "a", -1)).toBe(rules);
    expect(moveRule(rules, "zz", 1)).toBe(rules);
  });

  it("reads as type.property and the condition", () => {
    const name = (t: string) => (t === "Province" ? "省份" : t);
    expect(ruleText(rule({ nodeType: "Province" }), name, "存在")).toBe("省份.degree 存在");
    expect(ruleText(rule({ test: { kind: "range", min: 10, max: null } }), name, "exists")).toBe(
      "*.degree 10–∞",
    );
    expect(ruleText(rule({ property: "status", test: { kind: "equals", value: "applied" } }), name, "")).toBe(
      "*.status = applied",
    );
  });
});
