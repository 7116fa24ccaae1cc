/**
 * The Cypher guard: decides from an EXPLAIN (never executing the query) whether analysts' Cypher
 * may run. Independent locks, all of which must pass:
 *  1. lexical: one statement, no USE clause, no LOAD CSV, no `IN TRANSACTIONS`;
 *  2. the query type reported by EXPLAIN is exactly "r";
 *  3. every operator of the plan tree is on a read-only allow-list, every procedure it calls is on
 *     a procedure allow-list, and no argument/detail names a forbidden namespace (apoc, dbms, ...).
 * Shape checks beside these: expression sizes (blowup.ts) and variable-length bounds (paths.ts).
 * The query then runs in a READ transaction with a deadline (the executor), a lock of its own.
 * Everything here is pure so that it can be tested on recorded plans.
 */

/** The plan shape the driver returns (`summary.plan`), reduced to what the guard reads. */
export interface PlanNode {
  operatorType: string;
  arguments?: Record<string, unknown>;
  identifiers?: string[];
  children?: PlanNode[];
}

/** Read-only operators of Neo4j 5 (names without the `@neo4j` runtime suffix). */
export const ALLOWED_OPERATORS: ReadonlySet<string> = new Set([
  "ProduceResults",
  "EmptyResult",
  "EmptyRow",
  "Argument",
  "ArgumentTracker",
  "AllNodesScan",
  "PartitionedAllNodesScan",
  "NodeByLabelScan",
  "PartitionedNodeByLabelScan",
  "UnionNodeByLabelsScan",
  "IntersectionNodeByLabelsScan",
  "SubtractionNodeByLabelsScan",
  "NodeByIdSeek",
  "NodeByElementIdSeek",
  "NodeIndexSeek",
  "NodeUniqueIndexSeek",
  "NodeIndexSeekByRange",
  "NodeUniqueIndexSeekByRange",
  "NodeIndexScan",
  "NodeIndexContainsScan",
  "NodeIndexEndsWithScan",
  "MultiNodeIndexSeek",
  "AssertingMultiNodeIndexSeek",
  "DirectedRelationshipIndexSeek",
  "UndirectedRelationshipIndexSeek",
  "DirectedRelationshipIndexScan",
  "UndirectedRelationshipIndexScan",
  "DirectedRelationshipIndexSeekByRange",
  "UndirectedRelationshipIndexSeekByRange",
  "DirectedRelationshipIndexContainsScan",
  "UndirectedRelationshipIndexContainsScan",
  "DirectedRelationshipIndexEndsWithScan",
  "UndirectedRelationshipIndexEndsWithScan",
  "DirectedRelationshipByIdSeek",
  "UndirectedRelationshipByIdSeek",
  "DirectedRelationshipByElementIdSeek",
  "UndirectedRelationshipByElementIdSeek",
  "DirectedAllRelationshipsScan",
  "UndirectedAllRelationshipsScan",
  "DirectedRelationshipTypeScan",
  "UndirectedRelationshipTypeScan",
  "DirectedUnionRelationshipTypesScan",
  "UndirectedUnionRelationshipTypesScan",
  "NodeCountFromCountStore",
  "RelationshipCountFromCountStore",
  "Expand(All)",
  "Expand(Into)",
  "OptionalExpand(All)",
  "OptionalExpand(Into)",
  "VarLengthExpand(All)",
  "VarLengthExpand(Into)",
  "VarLengthExpand(Pruning)",
  "VarLengthExpand(Pruning,BFS)",
  "VarLengthExpand(Pruning,BFS,All)",
  "VarLengthExpand(Pruning,BFS,Into)",
  "BFSPruningVarExpand",
  "ShortestPath",
  "StatefulShortestPath(All)",
  "StatefulShortestPath(Into)",
  "Repeat(Trail)",
  "Repeat(Walk)",
  "Trail",
  "NullifyMetadata",
  "ProjectEndpoints",
  "Apply",
  "SemiApply",
  "AntiSemiApply",
  "LetSemiApply",
  "LetAntiSemiApply",
  "SelectOrSemiApply",
  "SelectOrAntiSemiApply",
  "LetSelectOrSemiApply",
  "LetSelectOrAntiSemiApply",
  "ConditionalApply",
  "AntiConditionalApply",
  "RollUpApply",
  "CartesianProduct",
  "NodeHashJoin",
  "ValueHashJoin",
  "NodeLeftOuterHashJoin",
  "NodeRightOuterHashJoin",
  "TriadicSelection",
  "TriadicBuild",
  "TriadicFilter",
  "AssertSameNode",
  "AssertSameRelationship",
  "Filter",
  "Projection",
  "CacheProperties",
  "Aggregation",
  "EagerAggregation",
  "OrderedAggregation",
  "Distinct",
  "OrderedDistinct",
  "Sort",
  "PartialSort",
  "Top",
  "PartialTop",
  "Limit",
  "ExhaustiveLimit",
  "Skip",
  "Unwind",
  "PartitionedUnwind",
  "Union",
  "OrderedUnion",
  "Optional",
  "Eager",
  "Anti",
  "PreserveOrder",
  "ProcedureCall",
]);

/**
 * Read-only procedures analysts may CALL (schema introspection and full-text search). The explicit
 * allow-list is also what lets the type-"s" read-only ones (dbms.components, …) through lock 2.
 */
export const ALLOWED_PROCEDURES: ReadonlySet<string> = new Set([
  "db.labels",
  "db.relationshipTypes",
  "db.propertyKeys",
  "db.schema.visualization",
  "db.schema.nodeTypeProperties",
  "db.schema.relTypeProperties",
  "db.index.fulltext.queryNodes",
  "db.index.fulltext.queryRelationships",
  "dbms.components",
]);

/** Namespaces that must not appear in any plan argument (functions included). */
const FORBIDDEN_IN_DETAILS =
  /\b(apoc|gds|dbms\.(?!components\b)|db\.create|db\.index\.fulltext\.(?!query)|tx\.)[\w.]*/i;

export interface GuardVerdict {
  ok: boolean;
  /** Why the query is refused (first reason), for the 4xx message. */
  reason?: string;
  operators: string[];
  procedures: string[];
}

export function operatorName(operatorType: string): string {
  return operatorType.replace(/@[\w-]+$/, "");
}

/** Every operator and every argument string of a plan tree, depth-first. */
export function walkPlan(plan: PlanNode, visit: (node: PlanNode, depth: number) => void, depth = 0): void {
  visit(plan, depth);
  for (const child of plan.children ?? []) walkPlan(child, visit, depth + 1);
}

function argumentStrings(args: Record<string, unknown> | undefined): string[] {
  if (!args) return [];
  const out: string[] = [];
  const add = (v: unknown) => {
    if (typeof v === "string") out.push(v);
    else if (Array.isArray(v)) v.forEach(add);
    else if (v && typeof v === "object") Object.values(v).forEach(add);
  };
  add(args);
  return out;
}

/** The procedure a ProcedureCall operator calls, from its Details (e.g. "db.labels() :: (label :: STRING)"). */
export function procedureName(args: Record<string, unknown> | undefined): string | null {
  for (const key of ["Details", "details", "Signature", "signature"]) {
    const v = args?.[key];
    if (typeof v === "string") {
      const m = /^\s*([\w.`]+)\s*\(/.exec(v);
      if (m?.[1]) return m[1].replaceAll("`", "");
    }
  }
  return null;
}

/** Lock 3: the plan tree. */
export function checkPlan(plan: PlanNode): GuardVerdict {
  const operators: string[] = [];
  const procedures: string[] = [];
  let reason: string | undefined;
  walkPlan(plan, (node) => {
    const name = operatorName(node.operatorType);
    operators.push(name);
    if (reason) return;
    if (!ALLOWED_OPERATORS.has(name)) {
      reason = `the plan uses the operator ${name}, which is not on the read-only allow-list`;
      return;
    }
    if (name === "ProcedureCall") {
      const proc = procedureName(node.arguments);
      procedures.push(proc ?? "?");
      if (!proc || !ALLOWED_PROCEDURES.has(proc)) {
        reason = `the procedure ${proc ?? "(unknown)"} is not allowed (allowed: ${[...ALLOWED_PROCEDURES].join(", ")})`;
        return;
      }
    }
    for (const text of argumentStrings(node.arguments)) {
      const m = FORBIDDEN_IN_DETAILS.exec(text);
      if (m && !(name === "ProcedureCall" && ALLOWED_PROCEDURES.has(m[0]))) {
        reason = `the plan calls ${m[0]}, which is not allowed`;
        return;
      }
      if (/LOAD\s+CSV|LoadCSV/i.test(text)) {
        reason = "LOAD CSV is not allowed";
        return;
      }
    }
  });
  return reason ? { ok: false, reason, operators, procedures } : { ok: true, operators, procedures };
}

/**
 * Lock 2: the query type. "r" passes; "s" passes only when the plan calls nothing but procedures of
 * the allow-list (all read-only: Neo4j reports type "s" for some, e.g. dbms.components()).
 */
export function checkQueryType(
  queryType: string | undefined | null,
  procedures: string[] = [],
): string | null {
  if (queryType === "r") return null;
  if (queryType === "s" && procedures.length > 0 && procedures.every((p) => ALLOWED_PROCEDURES.has(p)))
    return null;
  const what: Record<string, string> = {
    rw: "reads and writes",
    w: "writes",
    s: "changes the schema or administers the database",
  };
  return `the query ${what[queryType ?? ""] ?? `has query type ${JSON.stringify(queryType ?? null)}`}; only read-only queries (type "r", or an allow-listed read-only procedure) may run`;
}

/**
 * The query text with comments and string literals blanked out (same length), so lexical checks
 * cannot be fooled by keywords inside strings and cannot miss keywords split by comments.
 */
export function stripCypher(query: string): string {
  let out = "";
  let i = 0;
  while (i < query.length) {
    const c = query[i] as string;
    const next = query[i + 1];
    if (c === "/" && next === "/") {
      while (i < query.length && query[i] !== "\n") {
        out += " ";
        i++;
      }
    } else if (c === "/" && next === "*") {
      const end = query.indexOf("*/", i + 2);
      const stop = end < 0 ? query.length : end + 2;
      out += " ".repeat(stop - i);
      i = stop;
    } else if (c === "'" || c === '"' || c === "`") {
      const quote = c;
      out += c;
      i++;
      while (i < query.length && query[i] !== quote) {
        if (query[i] === "\\" && quote !== "`") {
          out += "  ";
          i += 2;
          continue;
        }
        out += quote === "`" ? (query[i] as string) : " ";
        i++;
      }
      if (i < query.length) {
        out += quote;
        i++;
      }
    } else {
      out += c;
      i++;
    }
  }
  return out;
}

/** Lock 1: lexical checks on the query without strings and comments. */
export function checkText(query: string): string | null {
  const bare = stripCypher(query);
  for (const ch of bare) {
    const code = ch.codePointAt(0) ?? 0;
    if (code <= 0x7e) continue;
    const folded = ch.normalize("NFKC");
    if (folded !== ch && /^[\x20-\x7e]+$/.test(folded))
      return `the query contains the full-width or compatibility character "${ch}" outside strings; write it as "${folded}"`;
    if (/\p{Cf}|\p{Zs}|\p{Zl}|\p{Zp}/u.test(ch))
      return `the query contains the invisible character U+${code.toString(16).toUpperCase().padStart(4, "0")} outside strings`;
  }
  const statements = bare
    .split(";")
    .map((s) => s.trim())
    .filter(Boolean);
  if (statements.length > 1) return "only one statement per request is allowed";
  if (/(^|[\s;{}()])USE\s+[\w`]/i.test(bare)) return "USE (switching databases) is not allowed";
  if (/\bLOAD\s+CSV\b/i.test(bare)) return "LOAD CSV is not allowed";
  if (/\bIN\s+(\d+\s+)?(CONCURRENT\s+)?TRANSACTIONS\b/i.test(bare))
    return "CALL { … } IN TRANSACTIONS is not allowed";
  if (/^\s*(EXPLAIN|PROFILE)\b/i.test(bare))
    return "EXPLAIN and PROFILE prefixes are added by the server; remove them";
  return null;
}
