import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../../../../", import.meta.url));
const MAX_LINES = 80;

/** "file:line name (N lines)" for every function, method, accessor or arrow longer than `max` lines. */
function longFunctions(file: string, source: string, max: number): string[] {
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true);
  const out: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isFunctionLike(node) && "body" in node && node.body) {
      const first = sf.getLineAndCharacterOfPosition(node.getStart(sf)).line;
      const last = sf.getLineAndCharacterOfPosition(node.getEnd()).line;
      const lines = last - first + 1;
      const name = node.name && ts.isIdentifier(node.name) ? node.name.text : "(anonymous)";
      if (lines > max) out.push(`${file}:${first + 1} ${name} (${lines} lines)`);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return out;
}

function tsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? tsFiles(join(dir, d.name)) : d.name.endsWith(".ts") ? [join(dir, d.name)] : [],
  );
}

const body = (n: number) => Array.from({ length: n - 2 }, (_, i) => `  x += ${i};`).join("\n");

describe("function length in server/extract", () => {
  it("finds a function, a method and an arrow longer than the limit, and only those", () => {
    const src = [
      `function ok(x: number) {\n${body(80)}\n}`,
      `function tooLong(x: number) {\n${body(81)}\n}`,
      `const rule = { find(x: number) {\n${body(81)}\n} };`,
      `const arrow = (x: number) => {\n${body(81)}\n};`,
    ].join("\n");
    expect(longFunctions("x.ts", src, MAX_LINES)).toEqual([
      "x.ts:81 tooLong (81 lines)",
      "x.ts:162 find (81 lines)",
      "x.ts:243 (anonymous) (81 lines)",
    ]);
  });

  it(`has no function longer than ${MAX_LINES} lines`, () => {
    const files = tsFiles(join(root, "server/extract"));
    expect(files.length).toBeGreaterThan(50);
    const long = files.flatMap((f) => longFunctions(relative(root, f), readFileSync(f, "utf8"), MAX_LINES));
    expect(long).toEqual([]);
  });
});
