import { describe, expect, it } from "vitest";
import { constantValue, parseNumber } from "../../../../server/cypher/constants";
import { bracketTree, tokenize } from "../../../../server/cypher/tokens";

const value = (expr: string, params: Record<string, unknown> = {}, constants = new Map<string, number>()) =>
  constantValue(bracketTree(tokenize(expr)), { params, constants });

describe("constantValue", () => {
  it.each([
    ["1000000", 1e6],
    ["1e9", 1e9],
    ["10_000 * 10_000", 1e8],
    ["2 ^ 10 + 1", 1025],
    ["-(3 - 5) * 2", 4],
    ["toInteger('42')", 42],
    ["abs(-7) % 4", 3],
    ["0x10", 16],
  ])("%s = %d", (expr, expected) => {
    expect(value(expr)).toBe(expected);
  });
  it("reads numeric parameters and names bound to constants", () => {
    expect(value("$n * 2", { n: 21 })).toBe(42);
    expect(value("n + 1", {}, new Map([["n", 9]]))).toBe(10);
  });
  it.each(["n.degree", "size(x)", "count(*)", "$s", "1 / 0", "toInteger('x')"])(
    "%s is not constant",
    (expr) => {
      expect(value(expr, { s: "text" })).toBeUndefined();
    },
  );
  it("parses Cypher number literals", () => {
    expect(parseNumber("1_000")).toBe(1000);
    expect(parseNumber("0o17")).toBe(15);
  });
});
