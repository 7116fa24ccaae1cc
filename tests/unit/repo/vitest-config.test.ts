/**
 * vitest.config.ts runs the unit tier without per-file isolation: its files share one module graph.
 * That is sound only while no unit file leaves a mock, a stub, fake timers or module state behind for
 * the files after it (tests/README.md, Speed). These checks read the unit files' source.
 */
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import config from "../../../vitest.config";

const UNIT = path.join(__dirname, "..");

function unitFiles(dir: string = UNIT): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const p = path.join(dir, d.name);
    if (d.isDirectory()) return unitFiles(p);
    return d.name.endsWith(".test.ts") ? [p] : [];
  });
}

/** [what a file does, what it must also do to undo it before the next file]. */
const UNDO: [RegExp, RegExp, string][] = [
  [/vi\.stubEnv\(/, /vi\.unstubAllEnvs\(/, "vi.unstubAllEnvs()"],
  [/vi\.stubGlobal\(/, /vi\.unstubAllGlobals\(/, "vi.unstubAllGlobals()"],
  [/vi\.useFakeTimers\(/, /vi\.useRealTimers\(/, "vi.useRealTimers()"],
  [/vi\.spyOn\(/, /(restoreAllMocks|mockRestore)\(/, "mockRestore() or vi.restoreAllMocks()"],
  [/\bsetLang\("en"\)/, /afterEach\(\(\) => setLang\("zh"\)\)/, 'afterEach(() => setLang("zh"))'],
  [
    /\bsetLearnedLayer\(/,
    /afterEach\(\(\) => setLearnedLayer\(learnedLayerFromEnv\(\)\)\)/,
    "afterEach restoring learnedLayerFromEnv()",
  ],
  [
    /\bsetLearnedEntityLayer\(/,
    /afterEach\(\(\) => setLearnedEntityLayer\(learnedEntityLayerFromEnv\(\)\)\)/,
    "afterEach restoring learnedEntityLayerFromEnv()",
  ],
];

describe("the unit tier shares one module graph", () => {
  const files = unitFiles().map((f) => ({ name: path.relative(UNIT, f), src: fs.readFileSync(f, "utf8") }));

  it("is configured so, and finds the unit files", () => {
    const unit = config.test?.projects?.find(
      (p) => typeof p === "object" && "test" in p && p.test?.name === "unit",
    ) as { test: { isolate?: boolean } } | undefined;
    expect(unit?.test.isolate).toBe(false);
    expect(files.length).toBeGreaterThan(200);
  });

  it("has no module mock (it would reach every file after it)", () => {
    const mocking = files.filter((f) => /vi\.(mock|doMock|unmock)\(/.test(f.src)).map((f) => f.name);
    expect(mocking).toEqual([]);
  });

  it("assigns no environment variable, global or working directory by hand", () => {
    const bare =
      /process\.env(\.\w+|\[[^\]]+\])\s*=[^=]|delete process\.env|process\.chdir\(|globalThis\.\w+\s*=[^=]/;
    expect(files.filter((f) => bare.test(f.src)).map((f) => f.name)).toEqual([]);
  });

  it("undoes every stub, fake clock, spy and module setting it makes", () => {
    const missing = files.flatMap((f) =>
      UNDO.filter(([does, undoes]) => does.test(f.src) && !undoes.test(f.src)).map(
        ([, , fix]) => `${f.name}: needs ${fix}`,
      ),
    );
    expect(missing).toEqual([]);
  });
});
