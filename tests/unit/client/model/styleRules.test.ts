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

describe("style rules on relationships", () => {
  const edgeRule = (over: Partial<StyleRule>): StyleRule => rule({ on: "edge", ...over });

  it("style only the kind they are on: node rules never colour an edge, edge rules never a node", () => {
    const rules = [
      rule({ id: "n", color: "#111111" }),
      edgeRule({
        id: "e",
        property: "confidence",
        test: { kind: "range", min: 0.8, max: null },
        color: "#222222",
      }),
    ];
    expect(ruleStyle(rules, "ALIGNS_WITH", { degree: 3, confidence: 0.9 }, "edge")).toEqual({
      color: "#222222",
      colorRule: 1,
    });
    expect(ruleStyle(rules, "Area", { degree: 3, confidence: 0.9 })).toEqual({
      color: "#111111",
      colorRule: 0,
    });
    expect(ruleStyle(rules, "ALIGNS_WITH", { confidence: 0.5 }, "edge")).toEqual({});
  });

  it("match the relationship type, and the first matching rule sets the colour and the width", () => {
    const rules = [
      edgeRule({
        id: "a",
        nodeType: "LOCATED_IN",
        property: "method",
        test: { kind: "equals", value: "pattern" },
      }),
      edgeRule({
        id: "b",
        property: "method",
        test: { kind: "equals", value: "pattern" },
        color: "#00ff00",
        size: 4,
      }),
      edgeRule({ id: "c", property: "stage", test: { kind: "exists" }, color: "#0000ff", size: 8 }),
    ];
    expect(ruleStyle(rules, "LOCATED_IN", { method: "pattern" }, "edge")).toEqual({
      color: "#ff0000",
      colorRule: 0,
      size: 4,
    });
    expect(ruleStyle(rules, "ALIGNS_WITH", { method: "pattern", stage: "pilot" }, "edge")).toEqual({
      color: "#00ff00",
      colorRule: 1,
      size: 4,
    });
    expect(ruleStyle(rules, "ALIGNS_WITH", { method: "table", stage: "pilot" }, "edge")).toEqual({
      color: "#0000ff",
      colorRule: 2,
      size: 8,
    });
  });

  it("refuse a width outside 0.5–12, no colour and no width, or an unknown target", () => {
    expect(checkRule(edgeRule({ size: 3 }))).toBeNull();
    expect(checkRule(edgeRule({ color: null, size: 0.5 }))).toBeNull();
    expect(checkRule(edgeRule({ color: null, size: 20 }))).toBe("ruleWidth");
    expect(checkRule(edgeRule({ color: null, size: null }))).toBe("ruleWidth");
    expect(checkRule(rule({ size: 1 }))).toBe("ruleStyle");
    expect(checkRule(rule({ on: "path" as never }))).toBe("ruleTarget");
  });

  it("are read back with their target; one with an unknown target is dropped; old rules stay node rules", () => {
    const e = edgeRule({ id: "e", size: 2 });
    const old = rule({ id: "old" });
    expect(parseRules([e, old, { ...e, id: "x", on: "path" }])).toEqual([e, old]);
    expect(parseRules([old])[0]?.on).toBeUndefined();
  });

  it("read with the relationship type's name between brackets", () => {
    const rel = (t: string) => (t === "ALIGNS_WITH" ? "对接" : t);
    const conf = edgeRule({
      nodeType: "ALIGNS_WITH",
      property: "confidence",
      test: { kind: "range", min: 0.8, max: 1 },
    });
    expect(ruleText(conf, (t) => t, "exists", rel)).toBe("-[对接]->.confidence 0.8–1");
    expect(ruleText(edgeRule({}), (t) => t, "exists", rel)).toBe("-[*]->.degree exists");
  });
});
