/**
 * Constant folding for the guard: the numeric value of an expression made only of number literals,
 * numeric parameters, names bound to constants, parentheses, + - * / % ^ and a few numeric
 * functions. Anything else (properties, aggregates, other calls) is "not constant" (undefined).
 */
import { type Item, isGroup, isOp, splitAt } from "./tokens";

export interface Scope {
  /** Names bound to constant numbers with `<expr> AS name`. */
  constants: Map<string, number>;
  params: Record<string, unknown>;
}

const NUMERIC_FUNCTIONS: Record<string, (x: number) => number> = {
  tointeger: Math.trunc,
  tointegerornull: Math.trunc,
  tofloat: (x) => x,
  tofloatornull: (x) => x,
  abs: Math.abs,
  ceil: Math.ceil,
  floor: Math.floor,
  round: Math.round,
  sqrt: Math.sqrt,
  exp: Math.exp,
};

export function parseNumber(text: string): number | undefined {
  const t = text.replaceAll("_", "").toLowerCase();
  const n = t.startsWith("0o") ? Number.parseInt(t.slice(2), 8) : Number(t);
  return Number.isFinite(n) ? n : undefined;
}

class Folder {
  private i = 0;
  constructor(
    private readonly items: Item[],
    private readonly scope: Scope,
  ) {}

  run(): number | undefined {
    const v = this.sum();
    return this.i === this.items.length ? v : undefined;
  }

  private sum(): number | undefined {
    let v = this.product();
    while (v !== undefined && isOp(this.items[this.i], "+", "-")) {
      const op = (this.items[this.i++] as { text: string }).text;
      const r = this.product();
      v = r === undefined ? undefined : op === "+" ? v + r : v - r;
    }
    return v;
  }

  private product(): number | undefined {
    let v = this.power();
    while (v !== undefined && isOp(this.items[this.i], "*", "/", "%")) {
      const op = (this.items[this.i++] as { text: string }).text;
      const r = this.power();
      if (r === undefined) return undefined;
      v = op === "*" ? v * r : op === "/" ? (r === 0 ? undefined : v / r) : v % r;
    }
    return v;
  }

  private power(): number | undefined {
    const base = this.unary();
    if (base === undefined || !isOp(this.items[this.i], "^")) return base;
    this.i++;
    const exp = this.power();
    return exp === undefined ? undefined : base ** exp;
  }

  private unary(): number | undefined {
    if (isOp(this.items[this.i], "-", "+")) {
      const sign = (this.items[this.i++] as { text: string }).text === "-" ? -1 : 1;
      const v = this.unary();
      return v === undefined ? undefined : sign * v;
    }
    return this.primary();
  }

  private primary(): number | undefined {
    const item = this.items[this.i++];
    if (!item) return undefined;
    if (item.kind === "number") return parseNumber(item.text);
    if (item.kind === "param") {
      const v = this.scope.params[item.text];
      return typeof v === "number" ? v : undefined;
    }
    if (isGroup(item, "(")) return constantValue(item.items, this.scope);
    if (item.kind !== "ident") return undefined;
    const call = this.items[this.i];
    if (isGroup(call, "(")) {
      this.i++;
      const fn = NUMERIC_FUNCTIONS[item.text.toLowerCase()];
      const args = splitAt(call.items, ",");
      const only = args[0] ?? [];
      if (!fn || args.length !== 1) return undefined;
      if (only.length === 1 && only[0]?.kind === "string") {
        const n = parseNumber(only[0].text.trim());
        return n === undefined ? undefined : fn(n);
      }
      const v = constantValue(only, this.scope);
      return v === undefined ? undefined : fn(v);
    }
    return this.scope.constants.get(item.text);
  }
}

/** The value of a constant numeric expression, or undefined when it is not constant. */
export function constantValue(items: Item[], scope: Scope): number | undefined {
  if (items.length === 0) return undefined;
  return new Folder(items, scope).run();
}
