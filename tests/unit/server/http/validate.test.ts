import { describe, expect, it } from "vitest";
import { BadRequestError } from "../../../../server/errors";
import { checkParams, PARAM_LIMITS } from "../../../../server/http/validate";

const nested = (depth: number): unknown => {
  let v: unknown = 1;
  for (let i = 0; i < depth; i++) v = [v];
  return v;
};

describe("checkParams", () => {
  it("refuses params nested 3000 levels deep with a 400 naming the limit", () => {
    expect(() => checkParams({ x: nested(3000) })).toThrow(BadRequestError);
    expect(() => checkParams({ x: nested(3000) })).toThrow(/nested more than 32 levels/);
  });
  it("allows nesting up to the limit", () => {
    expect(() => checkParams({ x: nested(PARAM_LIMITS.maxDepth - 1) })).not.toThrow();
    expect(() => checkParams({ x: nested(PARAM_LIMITS.maxDepth) })).toThrow(/nested/);
  });
  it("refuses too many values and too long strings", () => {
    expect(() => checkParams({ ids: Array.from({ length: 20_000 }, (_, i) => i) })).toThrow(
      /more than 10000 values/,
    );
    expect(() => checkParams({ q: "x".repeat(20_000) })).toThrow(/20000 characters at params.q/);
  });
  it("allows ordinary params and none", () => {
    expect(() => checkParams({ zone: "中国（内蒙古）自由贸易试验区", ids: ["a", "b"], n: 5 })).not.toThrow();
    expect(() => checkParams(undefined)).not.toThrow();
  });
});
