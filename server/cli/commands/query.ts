/**
 * `zonegraph query NAME [--param key=value]... [--format table|json|csv] [--limit N]`
 * `zonegraph query --list` lists the named queries of cypher/queries with their parameters.
 * Exit codes: 0 ok, 1 the query failed in Neo4j, 2 bad arguments (unknown flag, query or parameter).
 */
import { parseArgs } from "node:util";
import type { NamedQuery } from "../../../contracts/api";
import { AppError, BadRequestError, NotFoundError } from "../../errors";
import type { Executor } from "../../neo4j/executor";
import { getQuery, loadQueryCatalog, QUERIES_DIR } from "../../queries/catalog";
import { formatResult, OUTPUT_FORMATS, type OutputFormat } from "../../queries/format";
import { RANKED_EVIDENCE_QUERIES, rankEvidenceRows } from "../../queries/rankedEvidence";
import { type NamedQueryResult, runNamedQuery } from "../../queries/run";
import { edgeDetails } from "../../services/edgeDetail";

export interface QueryCommandContext {
  executor: Executor;
  out: NodeJS.WritableStream;
  /** Where errors and notes go (default: process.stderr). */
  err?: NodeJS.WritableStream;
  /** Folder of the named queries (default: cypher/queries). */
  queriesDir?: string;
  timeoutMs?: number;
}

const USAGE =
  "usage: zonegraph query NAME [--param key=value]... [--format table|json|csv] [--limit N] | zonegraph query --list";

class ArgumentError extends Error {}

/** "key=value" → [key, value]; the value may itself contain "=". */
export function parseParamFlag(flag: string): [string, string] {
  const eq = flag.indexOf("=");
  if (eq <= 0) throw new ArgumentError(`--param ${flag}: expected key=value`);
  return [flag.slice(0, eq).trim(), flag.slice(eq + 1)];
}

/** Repeated --param flags → raw parameters; a repeated key collects a list (for string[] params). */
export function collectParams(q: NamedQuery, flags: string[]): Record<string, unknown> {
  const raw: Record<string, unknown> = {};
  for (const flag of flags) {
    const [key, value] = parseParamFlag(flag);
    if (!Object.hasOwn(raw, key)) {
      raw[key] = value;
      continue;
    }
    const declared = q.params.find((p) => p.name === key);
    if (declared?.type !== "string[]") {
      throw new ArgumentError(`--param ${key} is given twice (only string[] parameters take several values)`);
    }
    const prev = raw[key];
    raw[key] = [...(Array.isArray(prev) ? prev : [prev]), value];
  }
  return raw;
}

export function describeQuery(q: NamedQuery): string {
  const lines = [
    `${q.name}${q.title ? ` — ${q.title}` : ""}${q.titleZh ? ` / ${q.titleZh}` : ""}`,
    `  ${q.description}`,
    ...(q.descriptionZh ? [`  ${q.descriptionZh}`] : []),
  ];
  for (const p of q.params) {
    const def = p.default === undefined ? "required" : `default ${JSON.stringify(p.default)}`;
    lines.push(`  --param ${p.name}=<${p.type}>  (${def}) ${p.description}`);
  }
  return lines.join("\n");
}

/** Evidence rows as the API ranks them (services/edgeDetail.ts), with a note of what was left out. */
async function ranked(
  executor: Executor,
  stored: NamedQueryResult,
  err: NodeJS.WritableStream,
): Promise<NamedQueryResult> {
  const result = await rankEvidenceRows(stored, (ids) => edgeDetails(executor, ids));
  if (result.hidden || result.collapsed)
    err.write(
      `ranked as GET /api/edges/:id: ${result.hidden} heading/fragment quote(s) hidden, ${result.collapsed} duplicate(s) collapsed\n`,
    );
  return result;
}

export async function queryCommand(argv: string[], ctx: QueryCommandContext): Promise<number> {
  const err = ctx.err ?? process.stderr;
  const fail = (message: string, code: number) => {
    err.write(`zonegraph query: ${message}\n`);
    return code;
  };
  let values: { param?: string[]; format?: string; limit?: string; list?: boolean; help?: boolean };
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args: argv,
      options: {
        param: { type: "string", multiple: true, short: "p" },
        format: { type: "string", short: "f" },
        limit: { type: "string", short: "n" },
        list: { type: "boolean" },
        help: { type: "boolean", short: "h" },
      },
      strict: true,
      allowPositionals: true,
    }));
  } catch (error) {
    return fail(`${(error as Error).message.split("\n")[0]}\n${USAGE}`, 2);
  }

  let catalog: NamedQuery[];
  try {
    catalog = loadQueryCatalog(ctx.queriesDir ?? QUERIES_DIR);
  } catch (error) {
    return fail((error as Error).message, 1);
  }

  if (values.list || (values.help && positionals.length === 0)) {
    ctx.out.write(`${catalog.map(describeQuery).join("\n\n")}\n`);
    return 0;
  }
  if (positionals.length === 0) return fail(`which query? (zonegraph query --list shows them)\n${USAGE}`, 2);
  if (positionals.length > 1) return fail(`unexpected argument: ${positionals[1]}\n${USAGE}`, 2);

  const format = (values.format ?? "table") as OutputFormat;
  if (!OUTPUT_FORMATS.includes(format)) {
    return fail(`--format ${values.format}: expected one of ${OUTPUT_FORMATS.join(", ")}`, 2);
  }
  let maxRows = 1000;
  if (values.limit !== undefined) {
    if (!/^\d+$/.test(values.limit) || Number(values.limit) < 1 || Number(values.limit) > 100_000) {
      return fail(`--limit ${values.limit}: expected a whole number from 1 to 100000`, 2);
    }
    maxRows = Number(values.limit);
  }

  try {
    const q = getQuery(catalog, positionals[0] ?? "");
    if (values.help) {
      ctx.out.write(`${describeQuery(q)}\n`);
      return 0;
    }
    const raw = collectParams(q, values.param ?? []);
    const stored = await runNamedQuery(ctx.executor, q, raw, {
      maxRows,
      ...(ctx.timeoutMs ? { timeoutMs: ctx.timeoutMs } : {}),
    });
    const result = RANKED_EVIDENCE_QUERIES.has(q.name) ? await ranked(ctx.executor, stored, err) : stored;
    ctx.out.write(
      formatResult(result, format, { query: q.name, params: result.params, truncated: result.truncated }),
    );
    if (format === "table") {
      err.write(
        `${result.rows.length} row${result.rows.length === 1 ? "" : "s"} in ${result.elapsedMs} ms\n`,
      );
    }
    if (result.truncated) err.write(`(more rows were left out: raise --limit, now ${maxRows})\n`);
    return 0;
  } catch (error) {
    if (
      error instanceof ArgumentError ||
      error instanceof BadRequestError ||
      error instanceof NotFoundError
    ) {
      return fail(error.message, 2);
    }
    if (error instanceof AppError) return fail(`${error.code}: ${error.message}`, 1);
    return fail((error as Error).message, 1);
  }
}
