/**
 * The fast path of a load into a graph that holds no loader-owned node (a first load, or the redo of
 * an interrupted first load): every node and relationship is new, so the loader CREATEs instead of
 * MERGEs (de-duplicating in memory first, see dedup.ts), and the secondary indexes (lookups, full-text,
 * relationship ids, loadId) are dropped while batches are written and created again at the end:
 * populating an index once is far cheaper than maintaining it row by row. The id uniqueness
 * constraints stay (the MATCHes of relationship batches use them). Readers are told `loading`
 * until every index is ONLINE again, since the `:Load` record is marked done only after that.
 */
import type { Executor } from "../neo4j/executor";
import { OWNED_LABELS, schemaStatements } from "./queries";

/** Indexes that a fresh load keeps: the `:Load` bookkeeping reads them while the load runs. */
const KEPT_INDEXES: ReadonlySet<string> = new Set(["load_started"]);

const INDEX_NAME = /^CREATE\s+(?:(?:FULLTEXT|TEXT|RANGE|POINT|LOOKUP)\s+)?INDEX\s+(\w+)/i;

/** The name of the secondary index a schema statement creates, or null (constraints, kept indexes). */
export function deferrableIndex(statement: string): string | null {
  const name = INDEX_NAME.exec(statement.trim())?.[1] ?? null;
  return name && !KEPT_INDEXES.has(name) ? name : null;
}

/** The schema split in two: what every load needs first, and the indexes a fresh load defers. */
export function splitSchema(statements: string[] = schemaStatements()): {
  required: string[];
  deferrable: { name: string; statement: string }[];
} {
  const required: string[] = [];
  const deferrable: { name: string; statement: string }[] = [];
  for (const statement of statements) {
    const name = deferrableIndex(statement);
    if (name) deferrable.push({ name, statement });
    else required.push(statement);
  }
  return { required, deferrable };
}

/** True when no loader-owned node exists (index-backed label checks, no scan). */
export async function holdsNoOwnedNode(executor: Executor): Promise<boolean> {
  const r = await executor.executeRead({
    cypher: `RETURN ${OWNED_LABELS.map((l) => `EXISTS { MATCH (:${l}) }`).join(" OR ")} AS any`,
  });
  return r.records[0]?.get("any") === false;
}

export async function dropDeferredIndexes(executor: Executor, statements?: string[]): Promise<void> {
  for (const { name } of splitSchema(statements).deferrable)
    await executor.executeSchema(`DROP INDEX ${name} IF EXISTS`);
}

/** Creates the deferred indexes again (IF NOT EXISTS); Neo4j populates them in the background. */
export async function createDeferredIndexes(executor: Executor, statements?: string[]): Promise<void> {
  for (const { statement } of splitSchema(statements).deferrable) await executor.executeSchema(statement);
}

/**
 * Waits until every index is ONLINE (polling short reads, so no transaction timeout applies to a
 * population that takes minutes); a FAILED index is an error naming it.
 */
export async function awaitIndexesOnline(
  executor: Executor,
  { pollMs = 500, timeoutMs = 3_600_000, onProgress = (_percent: number): void | Promise<void> => {} } = {},
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const r = await executor.executeRead({
      cypher: `SHOW INDEXES YIELD name, state, populationPercent, failureMessage
WHERE state <> 'ONLINE'
RETURN name, state, populationPercent AS percent, failureMessage AS failure`,
    });
    if (r.records.length === 0) return;
    const failed = r.records.find((x) => x.get("state") === "FAILED");
    if (failed) throw new Error(`Index ${failed.get("name")} failed to populate: ${failed.get("failure")}`);
    await onProgress(Math.min(...r.records.map((x) => Number(x.get("percent") ?? 0))));
    if (Date.now() > deadline)
      throw new Error(
        `Indexes still populating after ${Math.round(timeoutMs / 1000)} s: ${r.records.map((x) => x.get("name")).join(", ")}`,
      );
    await new Promise((resolve) => setTimeout(resolve, pollMs));
  }
}
