/**
 * Rule-based styling (as Neo4j Bloom's): a rule is a node type (or any) + a property + a condition (equals,
 * a numeric range, exists) → a colour and/or a size. Rules are ordered: for each of colour and size the first
 * matching rule that sets it wins. Pure: the renderer's node reducer asks `ruleStyle` per node; the list is
 * kept in the store (undo/redo) and in localStorage (`parseRules` reads it back, dropping what is not a rule).
 */
export type RuleTest =
  | { kind: "equals"; value: string }
  | { kind: "range"; min: number | null; max: number | null }
  | { kind: "exists" };

export interface StyleRule {
  id: string;
  /** A node type, or null for any type. */
  nodeType: string | null;
  property: string;
  test: RuleTest;
  /** #rrggbb, or null to leave the colour. */
  color: string | null;
  /** Radius in pixels (2–40), or null to leave the size. */
  size: number | null;
}

export const STYLE_RULES_KEY = "zonegraph.styleRules.v1";
export const MAX_RULES = 50;
export const MIN_RULE_SIZE = 2;
export const MAX_RULE_SIZE = 40;
const COLOR = /^#[0-9a-f]{6}$/i;
const PROPERTY = /^[\p{L}_][\p{L}\p{N}_]{0,63}$/u;

function propertyOf(attrs: Record<string, unknown>, property: string): unknown {
  return Object.hasOwn(attrs, property) ? attrs[property] : undefined;
}

/** Whether the node (its type and attributes) meets the rule; a list value meets it when an item does. */
export function ruleMatches(rule: StyleRule, type: unknown, attrs: Record<string, unknown>): boolean {
  if (rule.nodeType !== null && rule.nodeType !== type) return false;
  const v = propertyOf(attrs, rule.property);
  if (v === undefined || v === null || v === "") return false;
  const items = Array.isArray(v) ? v : [v];
  const test = rule.test;
  if (test.kind === "exists") return items.length > 0;
  if (test.kind === "equals") return items.some((x) => String(x) === test.value);
  return items.some((x) => {
    const n = typeof x === "number" ? x : typeof x === "string" && x.trim() ? Number(x) : Number.NaN;
    return Number.isFinite(n) && (test.min === null || n >= test.min) && (test.max === null || n <= test.max);
  });
}

export interface RuleStyle {
  color?: string;
  size?: number;
  /** Index of the rule that set the colour (for the legend), when one did. */
  colorRule?: number;
}

export function ruleStyle(
  rules: readonly StyleRule[],
  type: unknown,
  attrs: Record<string, unknown>,
): RuleStyle {
  const out: RuleStyle = {};
  for (const [i, r] of rules.entries()) {
    if (out.color !== undefined && out.size !== undefined) break;
    if ((r.color === null || out.color !== undefined) && (r.size === null || out.size !== undefined))
      continue;
    if (!ruleMatches(r, type, attrs)) continue;
    if (r.color !== null && out.color === undefined) {
      out.color = r.color;
      out.colorRule = i;
    }
    if (r.size !== null && out.size === undefined) out.size = r.size;
  }
  return out;
}

/** A rule as typed in the form, or the problem with it (a message key). */
export function checkRule(rule: StyleRule): "ruleProperty" | "ruleStyle" | "ruleRange" | "ruleColour" | null {
  if (!PROPERTY.test(rule.property)) return "ruleProperty";
  if (rule.color === null && rule.size === null) return "ruleStyle";
  if (rule.color !== null && !COLOR.test(rule.color)) return "ruleColour";
  if (rule.size !== null && !(rule.size >= MIN_RULE_SIZE && rule.size <= MAX_RULE_SIZE)) return "ruleStyle";
  const t = rule.test;
  if (t.kind === "range") {
    const bad = (n: number | null) => n !== null && !Number.isFinite(n);
    if ((t.min === null && t.max === null) || bad(t.min) || bad(t.max)) return "ruleRange";
    if (t.min !== null && t.max !== null && t.min > t.max) return "ruleRange";
  }
  return null;
}

function parseTest(raw: unknown): RuleTest | null {
  if (!raw || typeof raw !== "object") return null;
  const t = raw as Record<string, unknown>;
  const num = (v: unknown) => (v === null ? null : typeof v === "number" ? v : Number.NaN);
  if (t.kind === "exists") return { kind: "exists" };
  if (t.kind === "equals" && typeof t.value === "string")
    return { kind: "equals", value: t.value.slice(0, 200) };
  if (t.kind === "range") return { kind: "range", min: num(t.min), max: num(t.max) };
  return null;
}

/** Rules read back from storage or a link: each must be a valid rule; the rest is dropped. */
export function parseRules(raw: unknown): StyleRule[] {
  if (!Array.isArray(raw)) return [];
  const out: StyleRule[] = [];
  for (const r of raw.slice(0, MAX_RULES)) {
    if (!r || typeof r !== "object") continue;
    const o = r as Record<string, unknown>;
    const test = parseTest(o.test);
    if (!test || typeof o.id !== "string" || typeof o.property !== "string") continue;
    const rule: StyleRule = {
      id: o.id.slice(0, 40),
      nodeType: typeof o.nodeType === "string" ? o.nodeType : null,
      property: o.property,
      test,
      color: typeof o.color === "string" ? o.color : null,
      size: typeof o.size === "number" ? o.size : null,
    };
    if (checkRule(rule) === null && !out.some((x) => x.id === rule.id)) out.push(rule);
  }
  return out;
}

/** The list with the rule moved one place up (-1) or down (+1); unchanged at an end or for an unknown id. */
export function moveRule(rules: readonly StyleRule[], id: string, by: -1 | 1): readonly StyleRule[] {
  const i = rules.findIndex((r) => r.id === id);
  const j = i + by;
  if (i < 0 || j < 0 || j >= rules.length) return rules;
  const next = [...rules];
  [next[i], next[j]] = [next[j] as StyleRule, next[i] as StyleRule];
  return next;
}

/** How the rule reads in the legend: "FreeTradeZone.status = established", "* .degree 10–∞", "x exists". */
export function ruleText(rule: StyleRule, typeName: (t: string) => string, exists: string): string {
  const who = `${rule.nodeType === null ? "*" : typeName(rule.nodeType)}.${rule.property}`;
  const t = rule.test;
  if (t.kind === "exists") return `${who} ${exists}`;
  if (t.kind === "equals") return `${who} = ${t.value}`;
  return `${who} ${t.min ?? "−∞"}–${t.max ?? "∞"}`;
}
