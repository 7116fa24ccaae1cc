import v8 from "node:v8";
import { afterEach, describe, expect, it, vi } from "vitest";
import { LOAD_HEAP_GROWING_PERCENT, limitHeapGrowth } from "../../../../server/load/heapGrowth";

afterEach(() => vi.restoreAllMocks());

describe("limitHeapGrowth", () => {
  it("sets V8's heap growing factor, not a heap limit", () => {
    const set = vi.spyOn(v8, "setFlagsFromString").mockImplementation(() => {});
    limitHeapGrowth();
    expect(set).toHaveBeenCalledWith(`--heap-growing-percent=${LOAD_HEAP_GROWING_PERCENT}`);
    limitHeapGrowth(30);
    expect(set).toHaveBeenLastCalledWith("--heap-growing-percent=30");
    expect(set.mock.calls.flat().join(" ")).not.toMatch(/max-old-space/);
  });
});
