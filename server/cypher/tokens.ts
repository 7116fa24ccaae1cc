/**
 * A small Cypher tokenizer and bracket tree for the guard's shape checks (expression blow-ups).
 * It does not validate Cypher (Neo4j's EXPLAIN does that); it only has to see the structure:
 * identifiers, numbers, strings, parameters, operators and the nesting of ( ) [ ] { }.
 */

export type TokenKind = "ident" | "number" | "string" | "param" | "op";

export interface Token {
  kind: TokenKind;
  /** Source text; for strings the decoded value, for backtick identifiers the bare name. */
  text: string;
  /** Offset in the query. */
  at: number;
  /** Offset just after the token. */
  end: number;
}

export interface Group {
  kind: "group";
  open: "(" | "[" | "{";
  items: Item[];
  at: number;
  /** Offset just after the closing bracket (the query's end when unclosed). */
  end: number;
}

export type Item = Token | Group;

const OPERATORS = ["..", "<>", "<=", ">=", "=~", "+=", "->", "<-", "::"];
const IDENT_START = /[\p{L}_]/u;
const IDENT_PART = /[\p{L}\p{N}_]/u;

function readQuoted(query: string, i: number): { text: string; end: number } {
  const quote = query[i];
  let text = "";
  let j = i + 1;
  while (j < query.length && query[j] !== quote) {
    if (query[j] === "\\" && quote !== "`") {
      text += query[j + 1] ?? "";
      j += 2;
      continue;
    }
    text += query[j];
    j++;
  }
  // Backticks escape themselves by doubling; strings end at the closing quote.
  return { text, end: j + 1 };
}

function readNumber(query: string, i: number): number {
  const m = /^(0x[0-9a-f_]+|0o[0-7_]+|(\d[\d_]*)?(\.\d[\d_]*)?(e[+-]?\d+)?)/i.exec(query.slice(i));
  return i + Math.max(1, m?.[0].length ?? 1);
}

/** Tokens of a query; comments are skipped. */
export function tokenize(query: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < query.length) {
    const c = query[i] as string;
    const rest2 = query.slice(i, i + 2);
    if (/\s/.test(c)) i++;
    else if (rest2 === "//") i = query.indexOf("\n", i) < 0 ? query.length : query.indexOf("\n", i);
    else if (rest2 === "/*")
      i = query.indexOf("*/", i + 2) < 0 ? query.length : query.indexOf("*/", i + 2) + 2;
    else if (c === "'" || c === '"') {
      const { text, end } = readQuoted(query, i);
      tokens.push({ kind: "string", text, at: i, end });
      i = end;
    } else if (c === "`") {
      const { text, end } = readQuoted(query, i);
      tokens.push({ kind: "ident", text, at: i, end });
      i = end;
    } else if (c === "$") {
      const m = /^\$(`[^`]*`|[\p{L}\p{N}_]+)/u.exec(query.slice(i));
      const name = (m?.[1] ?? "").replaceAll("`", "");
      const end = i + Math.max(1, m?.[0].length ?? 1);
      tokens.push({ kind: "param", text: name, at: i, end });
      i = end;
    } else if (/\d/.test(c) || (c === "." && /\d/.test(query[i + 1] ?? "") && query[i - 1] !== ".")) {
      const end = readNumber(query, i);
      tokens.push({ kind: "number", text: query.slice(i, end), at: i, end });
      i = end;
    } else if (IDENT_START.test(c)) {
      let j = i + 1;
      while (j < query.length && IDENT_PART.test(query[j] as string)) j++;
      tokens.push({ kind: "ident", text: query.slice(i, j), at: i, end: j });
      i = j;
    } else {
      const op = OPERATORS.find((o) => query.startsWith(o, i)) ?? c;
      tokens.push({ kind: "op", text: op, at: i, end: i + op.length });
      i += op.length;
    }
  }
  return tokens;
}

const CLOSE: Record<string, string> = { "(": ")", "[": "]", "{": "}" };

/** How deeply brackets nest in a token list (iterative, so any depth is safe to measure). */
export function nestingDepth(tokens: Token[]): number {
  let depth = 0;
  let max = 0;
  for (const t of tokens) {
    if (t.kind !== "op") continue;
    if (t.text === "(" || t.text === "[" || t.text === "{") max = Math.max(max, ++depth);
    else if (t.text === ")" || t.text === "]" || t.text === "}") depth = Math.max(0, depth - 1);
  }
  return max;
}

/** Nest tokens by brackets. Unbalanced brackets are tolerated (EXPLAIN reports the syntax error). */
export function bracketTree(tokens: Token[], length = Number.POSITIVE_INFINITY): Item[] {
  const root: Item[] = [];
  const stack: { group: Group | null; items: Item[] }[] = [{ group: null, items: root }];
  for (const t of tokens) {
    const top = stack[stack.length - 1] as { group: Group | null; items: Item[] };
    if (t.kind === "op" && (t.text === "(" || t.text === "[" || t.text === "{")) {
      const group: Group = { kind: "group", open: t.text, items: [], at: t.at, end: length };
      top.items.push(group);
      stack.push({ group, items: group.items });
    } else if (t.kind === "op" && (t.text === ")" || t.text === "]" || t.text === "}")) {
      if (stack.length > 1 && top.group && CLOSE[top.group.open] === t.text) {
        top.group.end = t.at + 1;
        stack.pop();
      }
    } else top.items.push(t);
  }
  return root;
}

export function isGroup(item: Item | undefined, open?: Group["open"]): item is Group {
  return item?.kind === "group" && (open === undefined || item.open === open);
}

export function isWord(item: Item | undefined, ...words: string[]): item is Token {
  return item?.kind === "ident" && words.some((w) => w.toLowerCase() === item.text.toLowerCase());
}

export function isOp(item: Item | undefined, ...ops: string[]): item is Token {
  return item?.kind === "op" && ops.includes(item.text);
}

/** Split items at top-level occurrences of an operator (e.g. the commas of an argument list). */
export function splitAt(items: Item[], op: string): Item[][] {
  const parts: Item[][] = [[]];
  for (const item of items) {
    if (isOp(item, op)) parts.push([]);
    else parts[parts.length - 1]?.push(item);
  }
  return parts;
}

/** The query text from the first item to the end of the last, shortened for messages. */
export function snippet(query: string, items: Item[], max = 80): string {
  const first = items[0];
  const last = items[items.length - 1];
  if (!first || !last) return "";
  const end = last.end;
  const text = query.slice(first.at, Math.min(end, query.length)).replace(/\s+/g, " ").trim();
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
