import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { NamedQuery } from "../../../../contracts/api";
import { BadRequestError, NotFoundError } from "../../../../server/errors";
import {
  bindParams,
  getQuery,
  loadQueryCatalog,
  parametersUsed,
  parseQueryFile,
  QueryCatalogError,
} from "../../../../server/queries/catalog";

const GOOD = `// @name zones_by_category
// @title Zones by category
// @description Zones of one category,
// @description with their province.
// @param category string = "border" — coastal, inland or border
// @param limit integer = 5 — at most this many
// @param ratio float = 0.5 -- a float with the ASCII separator
// @param strict boolean = false — a flag
// @param ids string[] = ["a", "b"] — some ids
// @param zone string — required, no default
// a free comment that stays in the Cypher
MATCH (z:FreeTradeZone) WHERE z.category = $category AND z.id IN $ids AND z.name = $zone
  AND ($strict OR $ratio > 0)
RETURN z.name AS zone // trailing comment with $notAParam and 'x;y'
LIMIT toInteger($limit);
`;

function parseError(text: string, file = "cypher/queries/zones_by_category.cypher"): QueryCatalogError {
  try {
    parseQueryFile(text, file);
  } catch (error) {
    expect(error).toBeInstanceOf(QueryCatalogError);
    return error as QueryCatalogError;
  }
  throw new Error("expected a QueryCatalogError");
}

describe("parseQueryFile", () => {
  it("parses name, title, multi-line description and typed parameters with defaults", () => {
    const q = parseQueryFile(GOOD, "cypher/queries/zones_by_category.cypher");
    expect(NamedQuery.parse(q)).toEqual(q);
    expect(q.name).toBe("zones_by_category");
    expect(q.title).toBe("Zones by category");
    expect(q.description).toBe("Zones of one category, with their province.");
    expect(q.params).toEqual([
      { name: "category", type: "string", default: "border", description: "coastal, inland or border" },
      { name: "limit", type: "integer", default: 5, description: "at most this many" },
      { name: "ratio", type: "float", default: 0.5, description: "a float with the ASCII separator" },
      { name: "strict", type: "boolean", default: false, description: "a flag" },
      { name: "ids", type: "string[]", default: ["a", "b"], description: "some ids" },
      { name: "zone", type: "string", description: "required, no default" },
    ]);
  });

  it("parses the Chinese title and description, joining Chinese lines without a space", () => {
    const zh = GOOD.replace(
      "// @description with their province.",
      "// @description with their province.\n// @titleZh 按类别列出自贸区\n// @descriptionZh 某一类别的自贸区，\n// @descriptionZh 附所在省份。",
    );
    const q = parseQueryFile(zh, "cypher/queries/zones_by_category.cypher");
    expect(NamedQuery.parse(q)).toEqual(q);
    expect(q.titleZh).toBe("按类别列出自贸区");
    expect(q.descriptionZh).toBe("某一类别的自贸区，附所在省份。");
    expect(q.description).toBe("Zones of one category, with their province.");
    expect(parseError(zh.replace("// @titleZh 按类别列出自贸区", "// @titleZh")).message).toMatch(
      /@titleZh is empty/,
    );
  });

  it("keeps free comments and the body, drops header tags and the final semicolon", () => {
    const q = parseQueryFile(GOOD, "zones_by_category.cypher");
    expect(q.cypher.startsWith("// a free comment")).toBe(true);
    expect(q.cypher).not.toContain("@param");
    expect(q.cypher.endsWith("LIMIT toInteger($limit)")).toBe(true);
  });

  it("ignores $names and semicolons inside comments and strings", () => {
    expect([...parametersUsed("RETURN '$a;' AS x, $b // $c\n, \"$d\"")]).toEqual(["b"]);
  });

  it.each([
    ["missing @name", GOOD.replace("// @name zones_by_category\n", ""), /:1: missing \/\/ @name/],
    [
      "bad @name",
      GOOD.replace("@name zones_by_category", "@name Zones-By"),
      /:1: @name "Zones-By" must be snake_case/,
    ],
    [
      "name differs from file",
      GOOD.replace("@name zones_by_category", "@name other_name"),
      /does not match the file name/,
    ],
    ["missing description", GOOD.replace(/\/\/ @description.*\n/g, ""), /missing \/\/ @description/],
    ["unknown tag", GOOD.replace("// @title Zones by category", "// @author me"), /:2: unknown tag @author/],
    [
      "unknown type",
      GOOD.replace("limit integer = 5", "limit int = 5"),
      /:6: parameter "limit" has unknown type "int"/,
    ],
    [
      "default not JSON",
      GOOD.replace('= "border"', "= border"),
      /:5: default of "category" is not a JSON literal/,
    ],
    [
      "default of the wrong type",
      GOOD.replace("limit integer = 5", "limit integer = 5.5"),
      /:6: default of "limit" is not a integer/,
    ],
    ["no description", GOOD.replace("— a flag", ""), /:8: parameter "strict" has no description/],
    [
      "malformed @param",
      GOOD.replace("// @param strict boolean = false — a flag", "// @param — a flag"),
      /:8: malformed @param/,
    ],
    [
      "declared twice",
      GOOD.replace("// @param zone string", "// @param limit integer = 1 — again\n// @param zone string"),
      /:10: parameter "limit" is declared twice \(first on line 6\)/,
    ],
    [
      "declared but unused",
      GOOD.replace("AND z.name = $zone", ""),
      /:10: parameter "zone" is declared but \$zone is not used/,
    ],
    [
      "used but undeclared",
      GOOD.replace("$ratio > 0", "$ratio > $missing"),
      /\$missing is used but not declared/,
    ],
    [
      "tag after the body",
      `${GOOD}// @param late string = "x" — too late\n`,
      /:16: header tags \(\/\/ @\.\.\.\) must come before the first Cypher line/,
    ],
    ["no Cypher", GOOD.split("// a free comment")[0] ?? "", /has a header but no Cypher/],
    [
      "two statements",
      GOOD.replace("LIMIT toInteger($limit);", "LIMIT toInteger($limit);\nMATCH (n) RETURN n;"),
      /single statement/,
    ],
  ])("rejects %s with the file and line", (_, text, message) => {
    const error = parseError(text);
    expect(error.message).toMatch(/^cypher\/queries\/zones_by_category\.cypher/);
    expect(error.message).toMatch(message);
  });
});

describe("loadQueryCatalog", () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "zonegraph-queries-"));
  afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

  it("loads the project's library: at least 15 valid, uniquely named queries whose parameters all have defaults", () => {
    const catalog = loadQueryCatalog();
    expect(catalog.length).toBeGreaterThanOrEqual(15);
    expect(new Set(catalog.map((q) => q.name)).size).toBe(catalog.length);
    for (const q of catalog) {
      expect(() => NamedQuery.parse(q)).not.toThrow();
      for (const p of q.params) expect(p.default, `${q.name}.${p.name}`).not.toBeUndefined();
      expect(q.cypher).not.toMatch(/\b(CREATE|MERGE|DELETE|SET|REMOVE|DETACH)\b/);
    }
  });

  it("gives every query of the library a title and a description in English and in Chinese", () => {
    for (const q of loadQueryCatalog()) {
      expect(q.title, q.name).toMatch(/[A-Za-z]/);
      expect(q.description, q.name).toMatch(/[A-Za-z]/);
      expect(q.titleZh, q.name).toMatch(/\p{Script=Han}/u);
      expect(q.descriptionZh, q.name).toMatch(/\p{Script=Han}/u);
      // The Chinese text is a translation, not the English copied.
      expect(q.titleZh, q.name).not.toBe(q.title);
    }
  });

  it("names the malformed file and line", () => {
    fs.writeFileSync(path.join(tmp, "a_ok.cypher"), GOOD.replaceAll("zones_by_category", "a_ok"));
    fs.writeFileSync(
      path.join(tmp, "b_bad.cypher"),
      "// @name b_bad\n// @description x\n// @param n number = 1 — n\nRETURN $n\n",
    );
    expect(() => loadQueryCatalog(tmp)).toThrow(/b_bad\.cypher:3: parameter "n" has unknown type "number"/);
  });

  it("reports a missing folder clearly", () => {
    expect(() => loadQueryCatalog(path.join(tmp, "nope"))).toThrow(/cannot read the query folder/);
  });
});

describe("bindParams", () => {
  const q = parseQueryFile(GOOD, "zones_by_category.cypher");

  it("applies defaults and coerces CLI strings per declared type", () => {
    expect(bindParams(q, { zone: "Z", limit: "7", ratio: "0.25", strict: "true", ids: "x, y" })).toEqual({
      category: "border",
      limit: 7,
      ratio: 0.25,
      strict: true,
      ids: ["x", "y"],
      zone: "Z",
    });
    expect(bindParams(q, { zone: "Z" })).toMatchObject({ category: "border", limit: 5, ids: ["a", "b"] });
  });

  it("accepts JSON-typed values from the API", () => {
    expect(bindParams(q, { zone: "Z", limit: 3, ratio: 2, strict: false, ids: ["q"] })).toMatchObject({
      limit: 3,
      ratio: 2,
      strict: false,
      ids: ["q"],
    });
    expect(bindParams(q, { zone: "Z", ids: '["p", "q"]' }).ids).toEqual(["p", "q"]);
    expect(bindParams(q, { zone: "Z", strict: "0", limit: " 12 " })).toMatchObject({
      strict: false,
      limit: 12,
    });
  });

  it("does not share default arrays between calls", () => {
    const a = bindParams(q, { zone: "Z" });
    (a.ids as string[]).push("mutated");
    expect(bindParams(q, { zone: "Z" }).ids).toEqual(["a", "b"]);
  });

  it.each([
    [{ zone: "Z", nope: 1 }, /Unknown parameter "nope" for query zones_by_category/],
    [{ zone: "Z", limit: "5.5" }, /Parameter "limit" .* must be an integer, got "5.5"/],
    [{ zone: "Z", limit: "five" }, /Parameter "limit" .* must be an integer/],
    [{ zone: "Z", limit: 2.5 }, /Parameter "limit" .* must be an integer, got 2.5/],
    [{ zone: "Z", ratio: "abc" }, /Parameter "ratio" .* must be a number/],
    [{ zone: "Z", strict: "maybe" }, /Parameter "strict" .* must be true or false/],
    [{ zone: "Z", ids: [1, 2] }, /Parameter "ids" .* must be a list of strings/],
    [{ zone: { a: 1 } }, /Parameter "zone" .* must be a string/],
    [{}, /Missing required parameter "zone" \(string\)/],
  ])("rejects %j with a BadRequestError naming the parameter", (raw, message) => {
    let caught: unknown;
    try {
      bindParams(q, raw as Record<string, unknown>);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(BadRequestError);
    expect((caught as Error).message).toMatch(message);
  });
});

describe("getQuery", () => {
  it("finds a query or throws NotFoundError listing the known names", () => {
    const catalog = [parseQueryFile(GOOD, "zones_by_category.cypher")];
    expect(getQuery(catalog, "zones_by_category").name).toBe("zones_by_category");
    expect(() => getQuery(catalog, "nope")).toThrow(NotFoundError);
    expect(() => getQuery(catalog, "nope")).toThrow(/known: zones_by_category/);
  });
});
