/**
 * Guard check for expressions that grow without bound and never touch the store (Neo4j's
 * transaction memory cap does not see them): generated lists (`range`), list comprehensions and
 * their nesting, `reduce` whose accumulator doubles, `collect` of generated lists, and
 * `replace` with an empty search string. It reasons on the query's bracket structure:
 *
 * - every iteration (list comprehension, pattern comprehension, reduce, any/all/none/single)
 *   walks its source list once per element of the enclosing iterations, so the work of nested
 *   iterations is the product of their sizes;
 * - a list's size is known from constants (`range(1, 50000000)`, `$n`, `WITH 10000 AS n`), is
 *   an estimate for data (`collect`, `COLLECT {}`, pattern comprehensions: DATA_LIST; paths:
 *   PATH_LIST), or is unknown when a bound is computed in a way that can explode (refused);
 * - `UNWIND range(…)` streams one row at a time (rows are cut by the row cap, byte cap and the
 *   deadline), so only its bounds' own expressions count.
 * A query whose total exceeds MAX_ELEMENTS is refused with a reason naming the expression.
 */
import { constantValue, parseNumber, type Scope } from "./constants";
import {
  bracketTree,
  type Group,
  type Item,
  isGroup,
  isOp,
  isWord,
  nestingDepth,
  snippet,
  splitAt,
  tokenize,
} from "./tokens";

export const EXPRESSION_LIMITS = {
  /** Brackets nested deeper than this are refused before any other check. */
  maxNesting: 64,
  /** List elements built or walked by the expressions of one query. */
  maxElements: 5_000_000,
  /** Assumed size of a list collected from the graph. */
  dataList: 50_000,
  /** Assumed size of nodes(p)/relationships(p) (paths are bounded by the hop limit). */
  pathList: 16,
  /** Assumed size of labels(), keys(), split(). */
  smallList: 32,
  /**
   * Doublings allowed in one query: a reduce step or an expression that uses one value twice
   * (`s + s`, `[a, a]`) doubles it; a 20,000-character query string doubled 10 times is 20 MB.
   */
  maxDoublings: 10,
};

export class ExpressionRefusal extends Error {}

interface Env extends Scope {
  /** Names bound to lists with `<expr> AS name`, with their size. */
  lists: Map<string, number>;
  /** Every name bound with AS (WITH, RETURN, UNWIND, YIELD): values the query made, not graph elements. */
  derived: Set<string>;
}

interface Cost {
  work: number;
  /** The expression responsible for most of the work (for the message). */
  culprit: string;
}

const NONE: Cost = { work: 0, culprit: "" };
const ITERATORS = new Set(["reduce", "any", "all", "none", "single"]);

function add(a: Cost, b: Cost): Cost {
  const work = a.work + b.work;
  return { work, culprit: b.work > a.work ? b.culprit : a.culprit };
}

function fmt(n: number): string {
  return Number.isFinite(n) ? Math.round(n).toLocaleString("en-US") : "an unbounded number of";
}

export class ExpressionChecker {
  constructor(
    private readonly query: string,
    private readonly env: Env,
  ) {}

  /** The work of a list of items (an expression, a clause, or a whole query). */
  cost(items: Item[], env: Env = this.env): Cost {
    let total = NONE;
    for (let i = 0; i < items.length; i++) {
      const item = items[i] as Item;
      const next = items[i + 1];
      if (item.kind === "ident" && isGroup(next, "(")) {
        const streamed = isWord(items[i - 1], "UNWIND");
        total = add(total, this.call(item.text.toLowerCase(), next, env, streamed));
        i++;
      } else if (isWord(item, "COLLECT") && isGroup(next, "{")) {
        total = add(total, this.cost(next.items, env));
        i++;
      } else if (item.kind === "group" && item.open === "[") {
        total = add(total, this.bracket(item, env));
      } else if (item.kind === "group") {
        total = add(total, this.cost(item.items, env));
      }
    }
    return total;
  }

  private call(name: string, args: Group, env: Env, streamed: boolean): Cost {
    if (name === "range") return this.range(args, env, streamed);
    if (ITERATORS.has(name)) return this.iterator(name, args, env);
    if (name === "replace") this.checkReplace(args, env);
    const inner = this.cost(args.items, env);
    if (name !== "collect") return inner;
    const size = this.listSize(args.items, env);
    if (size <= 1) return inner;
    const work = EXPRESSION_LIMITS.dataList * size;
    return add(inner, { work, culprit: `collect(${snippet(this.query, args.items)}) of a generated list` });
  }

  private range(args: Group, env: Env, streamed: boolean): Cost {
    const inner = this.cost(args.items, env);
    if (streamed) return inner;
    const size = this.rangeSize(args, env);
    return add(inner, { work: size, culprit: `range(${snippet(this.query, args.items)})` });
  }

  /** [x IN src WHERE p | body], pattern comprehensions and list literals. */
  private bracket(group: Group, env: Env): Cost {
    const head = group.items;
    if (head[0]?.kind === "ident" && isWord(head[1], "IN")) return this.iteration(head, env, "list");
    if (isGroup(head[0], "(") && head.some((x) => isOp(x, "|"))) {
      const body = head.slice(head.findIndex((x) => isOp(x, "|")) + 1);
      const bodyCost = this.cost(body, env);
      const work = EXPRESSION_LIMITS.dataList * (1 + bodyCost.work);
      return { work, culprit: `the pattern comprehension [${snippet(this.query, head)}]` };
    }
    return this.cost(head, env);
  }

  /** any/all/none/single(x IN src WHERE p) and reduce(acc = init, x IN src | body). */
  private iterator(name: string, args: Group, env: Env): Cost {
    if (name !== "reduce") return this.iteration(args.items, env, name);
    const comma = args.items.findIndex((x) => isOp(x, ","));
    const init = comma < 0 ? args.items : args.items.slice(0, comma);
    const rest = comma < 0 ? [] : args.items.slice(comma + 1);
    const acc = init[0]?.kind === "ident" ? init[0].text : "";
    const initCost = this.cost(init.slice(2), env);
    const loop = this.iteration(rest, env, "reduce");
    const n = this.listSize(sourceOf(rest), env);
    const bar = rest.findIndex((x) => isOp(x, "|"));
    const uses = acc && bar >= 0 ? valueUses(rest.slice(bar + 1), acc) : 0;
    if (uses >= 2 && n * Math.log2(uses) > EXPRESSION_LIMITS.maxDoublings)
      throw new ExpressionRefusal(
        `reduce(${snippet(this.query, args.items, 60)}) uses its accumulator ${acc} more than once per step, ` +
          `so the value can double at each of ${fmt(n)} steps (at most ${EXPRESSION_LIMITS.maxDoublings} doublings are allowed)`,
      );
    const body = bar >= 0 ? rest.slice(bar + 1) : [];
    const concatenates = acc !== "" && isSequence(init.slice(2)) && appendsTo(body, acc);
    // Appending to a string or list copies it at every step: the work grows with n² / 2.
    const copies = concatenates
      ? {
          work: (n * n) / 2,
          culprit: `reduce(${snippet(this.query, args.items, 60)}), which copies its growing accumulator at each of ${fmt(n)} steps`,
        }
      : NONE;
    return add(add(initCost, loop), copies);
  }

  /** `x IN src [WHERE p] [| body]`: the source's size times the work per element. */
  private iteration(items: Item[], env: Env, kind: string): Cost {
    const variable = items[0]?.kind === "ident" ? items[0].text : "";
    const src = sourceOf(items);
    const n = this.listSize(src, env);
    const srcCost = isRangeCall(src) ? this.cost((src[1] as Group).items, env) : this.cost(src, env);
    const inner: Env = { ...env, lists: new Map(env.lists), constants: new Map(env.constants) };
    inner.lists.delete(variable);
    inner.constants.delete(variable);
    const perElement = this.cost(items.slice(2 + src.length), inner);
    const work = n * (1 + perElement.work);
    const what = kind === "list" ? "list comprehension" : `${kind}()`;
    const culprit =
      perElement.work > 0
        ? `nested iteration: ${what} over ${snippet(this.query, src, 40)} (${fmt(n)} elements) × ${perElement.culprit}`
        : `${what} over ${snippet(this.query, src, 60)} (${fmt(n)} elements)`;
    return add(srcCost, { work, culprit });
  }

  /** Number of elements of a list expression (1 for scalars and unknown names). */
  listSize(items: Item[], env: Env = this.env): number {
    const parts = splitAt(items, "+");
    if (parts.length > 1) return parts.reduce((s, p) => s + this.listSize(p, env), 0);
    const [first, second] = items;
    if (items.length === 1 && isGroup(first, "(")) return this.listSize(first.items, env);
    if (items.length === 2 && first?.kind === "ident" && isGroup(second, "("))
      return this.functionSize(first.text.toLowerCase(), second, env);
    if (items.length === 2 && isWord(first, "COLLECT") && isGroup(second, "{"))
      return EXPRESSION_LIMITS.dataList;
    if (items.length === 1 && isGroup(first, "[")) return this.bracketSize(first, env);
    if (items.length === 1 && first?.kind === "ident") return env.lists.get(first.text) ?? 1;
    if (items.length === 1 && first?.kind === "param") {
      const v = env.params[first.text];
      return Array.isArray(v) ? v.length : 1;
    }
    return 1;
  }

  private functionSize(name: string, args: Group, env: Env): number {
    switch (name) {
      case "range":
        return this.rangeSize(args, env);
      case "collect":
        return EXPRESSION_LIMITS.dataList;
      case "nodes":
      case "relationships":
        return EXPRESSION_LIMITS.pathList;
      case "labels":
      case "keys":
      case "split":
        return EXPRESSION_LIMITS.smallList;
      case "tail":
      case "reverse":
      case "coalesce":
        return this.listSize(splitAt(args.items, ",")[0] ?? [], env);
      default:
        return 1;
    }
  }

  private bracketSize(group: Group, env: Env): number {
    const head = group.items;
    if (head[0]?.kind === "ident" && isWord(head[1], "IN")) return this.listSize(sourceOf(head), env);
    if (isGroup(head[0], "(") && head.some((x) => isOp(x, "|"))) return EXPRESSION_LIMITS.dataList;
    return head.length === 0 ? 0 : splitAt(head, ",").length;
  }

  /** Elements of range(a, b[, step]); data-derived bounds are DATA_LIST; unsafe ones refused. */
  rangeSize(args: Group, env: Env): number {
    const [a = [], b = [], s] = splitAt(args.items, ",");
    const from = constantValue(a, env);
    const to = constantValue(b, env);
    const step = s ? constantValue(s, env) : 1;
    if (from !== undefined && to !== undefined && step !== undefined) {
      if (step === 0) return 0;
      return Math.max(0, Math.floor((to - from) / step) + 1);
    }
    for (const bound of [a, b, s ?? []])
      if (constantValue(bound, env) === undefined && bound.length > 0 && !dataBound(bound, env))
        throw new ExpressionRefusal(
          `range(${snippet(this.query, args.items, 60)}) has a bound computed in a way the server cannot size; ` +
            "use numbers, parameters, size()/length()/count() of data or a property",
        );
    return EXPRESSION_LIMITS.dataList;
  }

  private checkReplace(args: Group, env: Env): void {
    const search = splitAt(args.items, ",")[1] ?? [];
    const only = search.length === 1 ? search[0] : undefined;
    const value =
      only?.kind === "string" ? only.text : only?.kind === "param" ? env.params[only.text] : undefined;
    if (value === "" || (typeof value !== "string" && only?.kind !== "ident" && !isPropertyAccess(search)))
      throw new ExpressionRefusal(
        `replace(${snippet(this.query, args.items, 60)}) needs a non-empty search string; ` +
          "an empty one inserts the replacement between every character and multiplies the string",
      );
  }
}

function isRangeCall(items: Item[]): boolean {
  return items.length === 2 && isWord(items[0], "range") && isGroup(items[1], "(");
}

function isPropertyAccess(items: Item[]): boolean {
  return (
    items.length === 3 && items[0]?.kind === "ident" && isOp(items[1], ".") && items[2]?.kind === "ident"
  );
}

/** The source of `x IN src [WHERE …] [| …]`. */
function sourceOf(items: Item[]): Item[] {
  const rest = items.slice(2);
  const stop = rest.findIndex((x) => isWord(x, "WHERE") || isOp(x, "|"));
  return stop < 0 ? rest : rest.slice(0, stop);
}

/** Functions whose value is bounded by data already in memory (their arguments must not build lists). */
const SIZE_FUNCTIONS = new Set(["size", "length", "count"]);
/** Functions passed through: their arguments must be data bounds themselves. */
const PASS_FUNCTIONS = new Set(["tointeger", "toint", "abs", "coalesce", "floor", "ceil", "round"]);

/**
 * A bound that only reads the graph: size()/length()/count(), properties of graph variables (not of
 * names the query bound with AS, which may hold constants), small numbers, + and - of those.
 */
function dataBound(items: Item[], env: Env): boolean {
  for (let i = 0; i < items.length; i++) {
    const item = items[i] as Item;
    const next = items[i + 1];
    if (item.kind === "ident" && isGroup(next, "(")) {
      const fn = item.text.toLowerCase();
      if (SIZE_FUNCTIONS.has(fn) && new ExpressionChecker("", env).cost(next.items, env).work > 0)
        return false;
      if (!SIZE_FUNCTIONS.has(fn) && !(PASS_FUNCTIONS.has(fn) && dataBound(next.items, env))) return false;
      i++;
    } else if (item.kind === "ident" && !isOp(items[i - 1], ".") && env.derived.has(item.text)) return false;
    else if (item.kind === "param" || item.kind === "string") return false;
    else if (item.kind === "number" && !((parseNumber(item.text) ?? Infinity) <= EXPRESSION_LIMITS.dataList))
      return false;
    else if (item.kind === "op" && !["+", "-", ".", ","].includes(item.text)) return false;
    else if (item.kind === "group" && !dataBound(item.items, env)) return false;
  }
  return true;
}

/** True when an initial value is a string or a list literal (so `+` concatenates). */
function isSequence(items: Item[]): boolean {
  return items.length === 1 && (items[0]?.kind === "string" || isGroup(items[0], "["));
}

/** True when `name` is an operand of `+` at the top level of items. */
function appendsTo(items: Item[], name: string): boolean {
  return items.some(
    (item, i) =>
      item.kind === "ident" && item.text === name && (isOp(items[i - 1], "+") || isOp(items[i + 1], "+")),
  );
}

/** How often `name` is used as a value (not in a comparison or a CASE condition) in items. */
function valueUses(items: Item[], name: string): number {
  let uses = 0;
  let inCondition = false;
  items.forEach((item, i) => {
    if (isWord(item, "WHEN")) inCondition = true;
    if (isWord(item, "THEN")) inCondition = false;
    if (item.kind === "group") uses += valueUses(item.items, name);
    else if (item.kind === "ident" && item.text === name && !inCondition) {
      const compared = [items[i - 1], items[i + 1]].some(
        (x) =>
          isOp(x, "<", ">", "<=", ">=", "=", "<>") || isWord(x, "IS", "IN", "STARTS", "ENDS", "CONTAINS"),
      );
      const property = isOp(items[i + 1], ".");
      const sized = isWord(items[i - 2], "size", "length") && isOp(items[i - 1], "(");
      if (!compared && !property && !sized) uses++;
    }
  });
  return uses;
}

const SEGMENT_WORDS = new Set([
  "with",
  "return",
  "where",
  "unwind",
  "match",
  "optional",
  "order",
  "by",
  "skip",
  "limit",
  "as",
  "yield",
  "call",
  "union",
]);

/** Expressions of an item list: split at commas and clause words; pattern (MATCH) segments dropped. */
function segments(items: Item[]): Item[][] {
  const out: Item[][] = [];
  let current: Item[] = [];
  let pattern = false;
  for (const item of items) {
    const word = item.kind === "ident" ? item.text.toLowerCase() : "";
    if (isOp(item, ",") || SEGMENT_WORDS.has(word)) {
      if (!pattern && current.length > 0) out.push(current);
      current = [];
      if (word) pattern = word === "match" || word === "optional";
      continue;
    }
    current.push(item);
  }
  if (!pattern && current.length > 0) out.push(current);
  return out;
}

/**
 * How often `name` is an operand of `+` or a whole element of a list literal in items (nested too):
 * the uses that copy the value into a bigger one (`s + s`, `[a, a]`).
 */
function growthUses(items: Item[], name: string): number {
  let uses = 0;
  items.forEach((item, i) => {
    if (item.kind === "group") {
      const literal =
        item.open === "[" && !isWord(item.items[1], "IN") && !item.items.some((x) => isOp(x, "|"));
      if (literal)
        uses += splitAt(item.items, ",").filter(
          (e) => e.length === 1 && isWord(e[0], name) && e[0]?.text === name,
        ).length;
      uses += growthUses(item.items, name);
    } else if (
      item.kind === "ident" &&
      item.text === name &&
      !isOp(items[i - 1], ".") &&
      !isOp(items[i + 1], ".")
    ) {
      if (isOp(items[i - 1], "+") || isOp(items[i + 1], "+")) uses++;
    }
  });
  return uses;
}

function namesIn(items: Item[]): string[] {
  return items.flatMap((t) => (t.kind === "ident" ? [t.text] : t.kind === "group" ? namesIn(t.items) : []));
}

/**
 * Values used more than once in one expression (`s + s`, `[a, a]`, `r + r + r`): each such use
 * multiplies the value, across WITH clauses too. Counts doublings (log2 of the uses) and, for names
 * bound to lists of known size, the elements the copies hold.
 */
function repetition(items: Item[], env: Env, acc: { doublings: number; work: number }): void {
  for (const item of items) if (item.kind === "group") repetition(item.items, env, acc);
  for (const segment of segments(items)) {
    const names = new Set(namesIn(segment));
    for (const name of names) {
      const uses = growthUses(segment, name);
      if (uses < 2) continue;
      acc.doublings += Math.log2(uses);
      acc.work += uses * (env.lists.get(name) ?? 0);
    }
  }
}

/** Bindings `<expr> AS name` anywhere in the query, in order: constants and list sizes. */
function bindNames(query: string, items: Item[], env: Env): void {
  const checker = new ExpressionChecker(query, env);
  items.forEach((item, k) => {
    if (item.kind === "group") bindNames(query, item.items, env);
    const name = items[k + 1];
    if (!isWord(item, "AS") || name?.kind !== "ident") return;
    env.derived.add(name.text);
    let start = k;
    while (start > 0 && !isOp(items[start - 1], ",") && !isClauseWord(items[start - 1])) start--;
    const expr = items.slice(start, k);
    if (isWord(items[start - 1], "UNWIND")) {
      bindElement(name.text, expr, env);
      return;
    }
    if (isWord(items[start - 1], "YIELD")) return;
    // A name may be bound more than once (`WITH 1e8 AS n RETURN … AS n`): keep the largest
    // value any binding gives it, so a later rebinding cannot hide an earlier constant.
    const value = constantValue(expr, env);
    const known = env.constants.get(name.text);
    if (value !== undefined && (known === undefined || Math.abs(value) > Math.abs(known)))
      env.constants.set(name.text, value);
    const size = checker.listSize(expr, env);
    if (size > (env.lists.get(name.text) ?? 1)) env.lists.set(name.text, size);
  });
}

/** `UNWIND [1e8] AS n` / `UNWIND $list AS n`: n takes the largest constant element. */
function bindElement(name: string, expr: Item[], env: Env): void {
  const only = expr.length === 1 ? expr[0] : undefined;
  let values: (number | undefined)[] = [];
  if (only?.kind === "param") {
    const v = env.params[only.text];
    values = Array.isArray(v) ? v.map((x) => (typeof x === "number" ? x : undefined)) : [];
  } else if (isGroup(only, "[")) values = splitAt(only.items, ",").map((e) => constantValue(e, env));
  else if (isRangeCall(expr))
    values = splitAt((expr[1] as Group).items, ",")
      .slice(0, 2)
      .map((e) => constantValue(e, env));
  const largest = Math.max(...values.map((v) => Math.abs(v ?? 0)), 0);
  if (largest > (env.constants.get(name) ?? 0)) env.constants.set(name, largest);
}

function isClauseWord(item: Item | undefined): boolean {
  return isWord(item, "WITH", "RETURN", "UNWIND", "YIELD", "DISTINCT");
}

/** The guard's expression check: null when the query may run, else the reason. */
export function checkExpressions(query: string, params: Record<string, unknown> = {}): string | null {
  const tokens = tokenize(query);
  const depth = nestingDepth(tokens);
  if (depth > EXPRESSION_LIMITS.maxNesting)
    return `the query nests brackets ${depth} levels deep (at most ${EXPRESSION_LIMITS.maxNesting})`;
  const tree = bracketTree(tokens, query.length);
  const env: Env = { constants: new Map(), lists: new Map(), derived: new Set(), params };
  try {
    bindNames(query, tree, env);
    const repeated = { doublings: 0, work: 0 };
    repetition(tree, env, repeated);
    if (repeated.doublings > EXPRESSION_LIMITS.maxDoublings)
      return (
        `the query uses values more than once in the same expression (e.g. s + s) so often that they can double ` +
        `${Math.round(repeated.doublings)} times (at most ${EXPRESSION_LIMITS.maxDoublings})`
      );
    const cost = new ExpressionChecker(query, env).cost(tree);
    const { culprit } = cost;
    const work = cost.work + repeated.work;
    if (work <= EXPRESSION_LIMITS.maxElements) return null;
    return (
      `${culprit} would build or walk about ${fmt(work)} list elements in memory ` +
      `(at most ${fmt(EXPRESSION_LIMITS.maxElements)} per query)`
    );
  } catch (error) {
    if (error instanceof ExpressionRefusal) return error.message;
    throw error;
  }
}
