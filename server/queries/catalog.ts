/**
 * The analysts' query library: cypher/queries/*.cypher, one named, parameterised query per file.
 *
 * Header format (comment lines at the top of the file, before the first Cypher line):
 *
 *   // @name zones_by_category
 *   // @title Zones by category
 *   // @titleZh 按类别列出自贸区
 *   // @description Pilot free trade zones of one geographic category.
 *   // @descriptionZh 某一地理类别的自由贸易试验区。(more @descriptionZh lines are joined without a space)
 *   // @description (more @description lines continue the text)
 *   // @param category string = "border" — coastal, inland or border
 *   // @param limit integer = 50 — at most this many rows
 *   // @param zone string — required (no default)
 *
 * - @name: required, snake_case, equal to the file name without `.cypher`.
 * - @param NAME TYPE [= DEFAULT] — DESCRIPTION: TYPE is string, integer, float, boolean or string[];
 *   DEFAULT is a JSON literal of that type ("text", 5, 0.5, true, ["a","b"]); the separator before
 *   the description is an em dash `—` or ` -- `. A parameter without a default is required.
 * - Other comment lines are free commentary and stay in the Cypher (Neo4j ignores `//` comments).
 * Every declared parameter must be used as `$NAME` in the body and every `$NAME` must be declared.
 */
import fs from "node:fs";
import path from "node:path";
import { z } from "zod";
import { NamedQuery, NamedQueryParam } from "../../contracts/api";
import { PROJECT_ROOT } from "../config";
import { BadRequestError, NotFoundError } from "../errors";

export const QUERIES_DIR = path.join(PROJECT_ROOT, "cypher", "queries");

export type QueryParam = z.infer<typeof NamedQueryParam>;
export type ParamType = QueryParam["type"];
export const PARAM_TYPES: readonly ParamType[] = NamedQueryParam.shape.type.options;

/** A malformed query file: the message names the file and the line. */
export class QueryCatalogError extends Error {
  constructor(
    readonly file: string,
    readonly line: number | null,
    message: string,
  ) {
    super(`${file}${line !== null ? `:${line}` : ""}: ${message}`);
    this.name = "QueryCatalogError";
  }
}

const NAME_RE = /^[a-z][a-z0-9_]*$/;
const PARAM_NAME_RE = /^[A-Za-z_][A-Za-z0-9_]*$/;
const TAG_RE = /^\/\/\s*@([A-Za-z]+)\b\s*(.*)$/;
const PARAM_RE = /^([A-Za-z_][A-Za-z0-9_]*)\s+(string\[\]|[a-z]+)\s*(?:=\s*(.*?))?\s*(?:—|\s--)\s*(.+)$/;
const PARAM_NO_DESC_RE = /^([A-Za-z_][A-Za-z0-9_]*)\s+(string\[\]|[a-z]+)\s*(?:=\s*(.*?))?\s*$/;
const KNOWN_TAGS = new Set(["name", "title", "titleZh", "description", "descriptionZh", "param"]);

/** Zod schema of a default value per declared type. */
const DEFAULT_SCHEMAS: Record<ParamType, z.ZodTypeAny> = {
  string: z.string(),
  integer: z.number().int(),
  float: z.number(),
  boolean: z.boolean(),
  "string[]": z.array(z.string()),
};

/** Parse one query file's text. `file` is only used in error messages. */
export function parseQueryFile(text: string, file: string): NamedQuery {
  const lines = text.replace(/^\uFEFF/, "").split(/\r?\n/);
  let name: string | undefined;
  let title: string | undefined;
  let titleZh: string | undefined;
  const description: string[] = [];
  const descriptionZh: string[] = [];
  const params: QueryParam[] = [];
  const paramLines = new Map<string, number>();
  const body: string[] = [];
  let inHeader = true;
  let bodyStartLine = 1;

  lines.forEach((raw, index) => {
    const lineNo = index + 1;
    const line = raw.trim();
    if (inHeader && (line === "" || line.startsWith("//"))) {
      const m = TAG_RE.exec(line);
      if (!m) {
        if (line !== "") body.push(raw);
        return;
      }
      const tag = m[1] ?? "";
      const rest = (m[2] ?? "").trim();
      if (!KNOWN_TAGS.has(tag)) {
        throw new QueryCatalogError(
          file,
          lineNo,
          `unknown tag @${tag} (expected @name, @title, @titleZh, @description, @descriptionZh or @param)`,
        );
      }
      if (tag === "name") {
        if (name !== undefined) throw new QueryCatalogError(file, lineNo, "@name is given twice");
        if (!NAME_RE.test(rest)) {
          throw new QueryCatalogError(
            file,
            lineNo,
            `@name "${rest}" must be snake_case (lower-case letters, digits, _)`,
          );
        }
        name = rest;
      } else if (tag === "title") {
        if (rest === "") throw new QueryCatalogError(file, lineNo, "@title is empty");
        title = rest;
      } else if (tag === "titleZh") {
        if (rest === "") throw new QueryCatalogError(file, lineNo, "@titleZh is empty");
        titleZh = rest;
      } else if (tag === "description") {
        if (rest !== "") description.push(rest);
      } else if (tag === "descriptionZh") {
        if (rest !== "") descriptionZh.push(rest);
      } else {
        const param = parseParamLine(rest, file, lineNo);
        if (paramLines.has(param.name)) {
          throw new QueryCatalogError(
            file,
            lineNo,
            `parameter "${param.name}" is declared twice (first on line ${paramLines.get(param.name)})`,
          );
        }
        paramLines.set(param.name, lineNo);
        params.push(param);
      }
      return;
    }
    if (inHeader) {
      inHeader = false;
      bodyStartLine = lineNo;
    }
    if (TAG_RE.test(line)) {
      throw new QueryCatalogError(
        file,
        lineNo,
        "header tags (// @...) must come before the first Cypher line",
      );
    }
    body.push(raw);
  });

  if (name === undefined) throw new QueryCatalogError(file, 1, "missing // @name header");
  const expected = path.basename(file).replace(/\.cypher$/, "");
  if (path.extname(file) === ".cypher" && expected !== name) {
    throw new QueryCatalogError(
      file,
      null,
      `@name "${name}" does not match the file name (expected "${expected}")`,
    );
  }
  if (description.length === 0) throw new QueryCatalogError(file, 1, "missing // @description header");

  const cypher = body
    .join("\n")
    .replace(/;\s*$/, "")
    .replace(/^\s*\n/, "")
    .trimEnd();
  if (!cypher.split("\n").some((l) => l.trim() !== "" && !l.trim().startsWith("//"))) {
    throw new QueryCatalogError(file, bodyStartLine, "the file has a header but no Cypher");
  }
  if (/;\s*\S/.test(stripCommentsAndStrings(cypher))) {
    throw new QueryCatalogError(file, null, "a named query must be a single statement (found `;` inside)");
  }

  const used = parametersUsed(cypher);
  for (const p of params) {
    if (!used.has(p.name)) {
      throw new QueryCatalogError(
        file,
        paramLines.get(p.name) ?? null,
        `parameter "${p.name}" is declared but $${p.name} is not used`,
      );
    }
  }
  for (const u of used) {
    if (!paramLines.has(u)) {
      throw new QueryCatalogError(file, null, `$${u} is used but not declared with // @param`);
    }
  }

  const parsed = NamedQuery.safeParse({
    name,
    ...(title !== undefined ? { title } : {}),
    ...(titleZh !== undefined ? { titleZh } : {}),
    description: description.join(" "),
    ...(descriptionZh.length ? { descriptionZh: descriptionZh.join("") } : {}),
    params,
    cypher,
  });
  if (!parsed.success) throw new QueryCatalogError(file, null, z.prettifyError(parsed.error));
  return parsed.data;
}

function parseParamLine(rest: string, file: string, lineNo: number): QueryParam {
  const m = PARAM_RE.exec(rest) ?? PARAM_NO_DESC_RE.exec(rest);
  if (!m) {
    throw new QueryCatalogError(
      file,
      lineNo,
      `malformed @param "${rest}" (expected: NAME TYPE [= DEFAULT] — DESCRIPTION)`,
    );
  }
  const [, pname = "", ptype = "", rawDefault, pdesc] = m;
  if (!PARAM_NAME_RE.test(pname)) throw new QueryCatalogError(file, lineNo, `bad parameter name "${pname}"`);
  if (!(PARAM_TYPES as readonly string[]).includes(ptype)) {
    throw new QueryCatalogError(
      file,
      lineNo,
      `parameter "${pname}" has unknown type "${ptype}" (expected ${PARAM_TYPES.join(", ")})`,
    );
  }
  const type = ptype as ParamType;
  if (pdesc === undefined || pdesc.trim() === "") {
    throw new QueryCatalogError(
      file,
      lineNo,
      `parameter "${pname}" has no description (add "— what it means" after the type/default)`,
    );
  }
  const param: QueryParam = { name: pname, type, description: pdesc.trim() };
  if (rawDefault !== undefined && rawDefault !== "") {
    let value: unknown;
    try {
      value = JSON.parse(rawDefault);
    } catch {
      throw new QueryCatalogError(
        file,
        lineNo,
        `default of "${pname}" is not a JSON literal: ${rawDefault} (strings need double quotes)`,
      );
    }
    if (!DEFAULT_SCHEMAS[type].safeParse(value).success) {
      throw new QueryCatalogError(file, lineNo, `default of "${pname}" is not a ${type}: ${rawDefault}`);
    }
    param.default = value;
  }
  return param;
}

/** Blank out `//` comments and string literals so `$x` and `;` inside them are not seen. */
function stripCommentsAndStrings(cypher: string): string {
  return cypher.replace(/\/\/[^\n]*|'(?:\\.|[^'\\])*'|"(?:\\.|[^"\\])*"|`[^`]*`/g, (s) =>
    s.startsWith("`") ? s : " ".repeat(s.length),
  );
}

export function parametersUsed(cypher: string): Set<string> {
  const out = new Set<string>();
  for (const m of stripCommentsAndStrings(cypher).matchAll(/\$([A-Za-z_][A-Za-z0-9_]*)/g)) {
    if (m[1]) out.add(m[1]);
  }
  return out;
}

/** Load and validate every `*.cypher` file in `dir`, sorted by name. */
export function loadQueryCatalog(dir = QUERIES_DIR): NamedQuery[] {
  let files: string[];
  try {
    files = fs
      .readdirSync(dir)
      .filter((f) => f.endsWith(".cypher"))
      .sort();
  } catch (error) {
    throw new QueryCatalogError(dir, null, `cannot read the query folder: ${(error as Error).message}`);
  }
  const queries: NamedQuery[] = [];
  const seen = new Map<string, string>();
  for (const f of files) {
    const rel = path.relative(PROJECT_ROOT, path.join(dir, f)) || f;
    const q = parseQueryFile(fs.readFileSync(path.join(dir, f), "utf8"), rel);
    const other = seen.get(q.name);
    if (other) throw new QueryCatalogError(rel, null, `query name "${q.name}" is also used by ${other}`);
    seen.set(q.name, rel);
    queries.push(q);
  }
  return queries;
}

/** The query called `name`, or a NotFoundError listing the known names. */
export function getQuery(catalog: NamedQuery[], name: string): NamedQuery {
  const q = catalog.find((c) => c.name === name);
  if (!q) {
    throw new NotFoundError(
      `Unknown query "${name}" (known: ${catalog.map((c) => c.name).join(", ") || "none"})`,
      { query: name },
    );
  }
  return q;
}

/**
 * Bind raw parameter values (JSON from the API, strings from the CLI) to a query's declared
 * parameters: coerce per type, apply defaults, reject unknown, missing or badly typed values with a
 * BadRequestError naming the parameter. Integers are returned as JS numbers; the queries wrap them
 * in toInteger() where Cypher needs an INTEGER (LIMIT, range), so they also work with a driver that
 * sends numbers as floats.
 */
export function bindParams(q: NamedQuery, raw: Record<string, unknown>): Record<string, unknown> {
  const declared = new Map(q.params.map((p) => [p.name, p]));
  for (const key of Object.keys(raw)) {
    if (!declared.has(key)) {
      const known = q.params.map((p) => p.name).join(", ") || "none";
      throw new BadRequestError(`Unknown parameter "${key}" for query ${q.name} (parameters: ${known})`, {
        param: key,
      });
    }
  }
  const out: Record<string, unknown> = {};
  for (const p of q.params) {
    const value = Object.hasOwn(raw, p.name) ? raw[p.name] : undefined;
    if (value === undefined || value === null) {
      if (p.default === undefined) {
        throw new BadRequestError(`Missing required parameter "${p.name}" (${p.type}) for query ${q.name}`, {
          param: p.name,
        });
      }
      out[p.name] = structuredClone(p.default);
      continue;
    }
    out[p.name] = coerce(p, value, q.name);
  }
  return out;
}

function coerce(p: QueryParam, value: unknown, query: string): unknown {
  const bad = (why: string) =>
    new BadRequestError(`Parameter "${p.name}" of query ${query} ${why}`, { param: p.name, type: p.type });
  const shown = typeof value === "string" ? JSON.stringify(value) : (JSON.stringify(value) ?? String(value));
  switch (p.type) {
    case "string":
      if (typeof value === "string") return value;
      if (typeof value === "number" && Number.isFinite(value)) return String(value);
      throw bad(`must be a string, got ${shown}`);
    case "integer": {
      if (typeof value === "number" && Number.isSafeInteger(value)) return value;
      if (typeof value === "string" && /^\s*[-+]?\d+\s*$/.test(value)) {
        const n = Number(value.trim());
        if (Number.isSafeInteger(n)) return n;
      }
      throw bad(`must be an integer, got ${shown}`);
    }
    case "float": {
      if (typeof value === "number" && Number.isFinite(value)) return value;
      if (typeof value === "string" && value.trim() !== "") {
        const n = Number(value.trim());
        if (Number.isFinite(n)) return n;
      }
      throw bad(`must be a number, got ${shown}`);
    }
    case "boolean":
      if (typeof value === "boolean") return value;
      if (typeof value === "string") {
        const v = value.trim().toLowerCase();
        if (["true", "1", "yes"].includes(v)) return true;
        if (["false", "0", "no"].includes(v)) return false;
      }
      throw bad(`must be true or false, got ${shown}`);
    case "string[]": {
      if (Array.isArray(value)) {
        if (value.every((v) => typeof v === "string")) return [...value];
        throw bad(`must be a list of strings, got ${shown}`);
      }
      if (typeof value === "string") {
        const t = value.trim();
        if (t.startsWith("[")) {
          try {
            const parsed: unknown = JSON.parse(t);
            if (Array.isArray(parsed) && parsed.every((v) => typeof v === "string")) return parsed;
          } catch {
            // fall through to the error below
          }
          throw bad(`must be a JSON list of strings or comma-separated text, got ${shown}`);
        }
        return t === ""
          ? []
          : t
              .split(",")
              .map((s) => s.trim())
              .filter(Boolean);
      }
      throw bad(`must be a list of strings, got ${shown}`);
    }
  }
}
