/**
 * Rule-based styling (as Neo4j Bloom's): a rule is on nodes or on relationships, a node or relationship type
 * (or any) + a property + a condition (equals, a numeric range, exists) → a colour and/or a size (a node's
 * radius, a relationship's width). Rules are ordered: for each of colour and size the first matching rule of
 * the element's kind that sets it wins. Pure: the renderer's node and edge reducers ask `ruleStyle` per
 * element; the one list is kept in the store (undo/redo) and in localStorage (`parseRules` reads it back,
 * dropping what is not a rule).
 */
export type RuleTest =
  | { kind: "equals"; value: string }
  | { kind: "range"; min: number | null; max: number | null }
  | { kind: "exists" };

export type RuleTarget = "node" | "edge";

export interface StyleRule {
  id: string;
  /** What the rule styles: nodes (absent: rules stored before relationship rules) or relationships. */
  on?: RuleTarget;
  /** A node type (a relationship type for a rule on relationships), or null for any type. */
  nodeType: string | null;
  property: string;
  test: RuleTest;
  /** #rrggbb, or null to leave the colour. */
  color: string | null;
  /** A node's radius in pixels (2–40), a relationship's width (0.5–12), or null to leave the size. */
  size: number | null;
}

export const STYLE_RULES_KEY = "zonegraph.styleRules.v1";
export const MAX_RULES = 50;
export const MIN_RULE_SIZE = 2;
export const MAX_RULE_SIZE = 40;
export const MIN_RULE_WIDTH = 0.5;
export const MAX_RULE_WIDTH = 12;

/** What the rule styles (nodes when it does not say). */
export const ruleTarget = (rule: Pick<StyleRule, "on">): RuleTarget => rule.on ?? "node";
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

/** The style the rules on `target` give an element of this type and these attributes. */
export function ruleStyle(
  rules: readonly StyleRule[],
  type: unknown,
  attrs: Record<string, unknown>,
  target: RuleTarget = "node",
): RuleStyle {
  const out: RuleStyle = {};
  for (const [i, r] of rules.entries()) {
    if (out.color !== undefined && out.size !== undefined) break;
    if (ruleTarget(r) !== target) continue;
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
export function checkRule(
  rule: StyleRule,
): "ruleProperty" | "ruleStyle" | "ruleWidth" | "ruleRange" | "ruleColour" | "ruleTarget" | null {
  if (rule.on !== undefined && rule.on !== "node" && rule.on !== "edge") return "ruleTarget";
  if (!PROPERTY.test(rule.property)) return "ruleProperty";
  const edge = ruleTarget(rule) === "edge";
  if (rule.color === null && rule.size === null) return edge ? "ruleWidth" : "ruleStyle";
  if (rule.color !== null && !COLOR.test(rule.color)) return "ruleColour";
  const [lo, hi] = edge ? [MIN_RULE_WIDTH, MAX_RULE_WIDTH] : [MIN_RULE_SIZE, MAX_RULE_SIZE];
  if (rule.size !== null && !(rule.size >= lo && rule.size <= hi)) return edge ? "ruleWidth" : "ruleStyle";
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
      ...(o.on === undefined ? {} : { on: o.on as RuleTarget }),
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

/**
 * How the rule reads in the legend: "FreeTradeZone.status = established", "*.degree 10–∞", "x exists"; a
 * rule on relationships reads "-[ALIGNS_WITH]->.stage = pilot" (`relName` names the relationship type).
 */
export function ruleText(
  rule: StyleRule,
  typeName: (t: string) => string,
  exists: string,
  relName: (t: string) => string = (x) => x,
): string {
  const type =
    rule.nodeType === null
      ? "*"
      : ruleTarget(rule) === "edge"
        ? relName(rule.nodeType)
        : typeName(rule.nodeType);
  const who = `${ruleTarget(rule) === "edge" ? `-[${type}]->` : type}.${rule.property}`;
  const t = rule.test;
  if (t.kind === "exists") return `${who} ${exists}`;
  if (t.kind === "equals") return `${who} = ${t.value}`;
  return `${who} ${t.min ?? "−∞"}–${t.max ?? "∞"}`;
}
