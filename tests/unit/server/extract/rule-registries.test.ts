import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { ENTITY_RULES } from "../../../../server/extract/entities/registry";
import { RELATION_RULES } from "../../../../server/extract/relations/registry";

const dir = (p: string) => fileURLToPath(new URL(p, import.meta.url));
const ruleFiles = (folder: string, exported: string) =>
  readdirSync(dir(`../../../../server/extract/${folder}`)).filter((f) =>
    new RegExp(`export const \\w+: ${exported} =`).test(
      readFileSync(dir(`../../../../server/extract/${folder}/${f}`), "utf8"),
    ),
  );

describe.each([
  ["entities", "EntityRule", ENTITY_RULES],
  ["relations", "RelationRule", RELATION_RULES],
] as const)("the %s registry", (folder, exported, rules) => {
  it("registers every rule file exactly once, named after its file", () => {
    const files = ruleFiles(folder, exported).map((f) => f.replace(/\.ts$/, ""));
    expect(files.length).toBeGreaterThan(10);
    expect([...rules.map((r) => r.name)].sort()).toEqual([...files].sort());
  });

  it("has a test file for every rule", () => {
    const tests = new Set(readdirSync(dir(`./${folder}`)));
    for (const r of rules) expect(tests.has(`${r.name}.test.ts`), r.name).toBe(true);
  });
});
