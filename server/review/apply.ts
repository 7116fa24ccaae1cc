/**
 * Applies review decisions to the loaded graph: one now (when it is made), or all of them, in the
 * order they were made, after every load (`zonegraph load [--reset]`, start-up, upload commits),
 * so human decisions survive re-extraction. A decision whose subject is missing is kept and
 * simply applies nothing until its subject is loaded.
 */
import type { Decision } from "../../contracts/ingest";
import { pinyinOf } from "../load/queries";
import type { Executor, Query } from "../neo4j/executor";
import {
  acceptQuery,
  entityNamesQuery,
  mergeQueries,
  rejectQuery,
  renameQuery,
  retypeQuery,
  setNameEnQuery,
  splitQuery,
} from "./queries";
import { DecisionStore } from "./store";

type Names = Map<string, { name: string; aliases: string[] }>;

async function names(executor: Executor, ids: string[]): Promise<Names> {
  const r = await executor.executeRead(entityNamesQuery(ids));
  return new Map(
    r.records.map((x) => [
      x.get("id") as string,
      { name: x.get("name") as string, aliases: x.get("aliases") as string[] },
    ]),
  );
}

const uniq = (list: string[], without: string) => [...new Set(list)].filter((a) => a && a !== without).sort();

/** The statements of a decision (one transaction), or null when its entities are not in the graph. */
export async function decisionQueries(executor: Executor, d: Decision): Promise<Query[] | null> {
  const q = await decisionQuery(executor, d);
  if (q === null || Array.isArray(q)) return q;
  return [q];
}

async function decisionQuery(executor: Executor, d: Decision): Promise<Query | Query[] | null> {
  switch (d.action) {
    case "accept":
      return acceptQuery(d.edge, d.who);
    case "reject":
      return rejectQuery(d.edge);
    case "retype":
      return retypeQuery(d.edge, d.type);
    case "setNameEn":
      return setNameEnQuery(d.entity, d.nameEn);
    case "merge": {
      const n = await names(executor, [d.from, d.into]);
      const f = n.get(d.from);
      const i = n.get(d.into);
      if (!f || !i || d.from === d.into) return null;
      const aliases = uniq([...i.aliases, f.name, ...f.aliases], i.name);
      return mergeQueries(d.from, d.into, aliases, pinyinOf([i.name, ...aliases]));
    }
    case "rename": {
      const e = (await names(executor, [d.entity])).get(d.entity);
      if (!e) return null;
      const aliases = uniq([...e.aliases, e.name], d.name);
      return renameQuery(d.entity, d.name, aliases, pinyinOf([d.name, ...aliases]));
    }
    case "split": {
      const e = (await names(executor, [d.entity])).get(d.entity);
      if (!e || d.alias === e.name) return null;
      const remaining = e.aliases.filter((a) => a !== d.alias);
      return splitQuery(d.entity, d.alias, remaining, pinyinOf([e.name, ...remaining]), pinyinOf([d.alias]));
    }
  }
}

export async function applyDecision(executor: Executor, d: Decision): Promise<boolean> {
  const qs = await decisionQueries(executor, d);
  if (!qs) return false;
  if (qs.length === 1 && qs[0]) {
    const r = await executor.executeWrite(qs[0]);
    return r.records.some((x) => x.get("applied") === true);
  }
  await executor.executeWriteAll(qs);
  return true;
}

/** Every stored decision, in order; returns how many changed something. */
export async function applyAllDecisions(executor: Executor): Promise<{ decisions: number; applied: number }> {
  const decisions = await new DecisionStore(executor).list();
  let applied = 0;
  for (const d of decisions) if (await applyDecision(executor, d)) applied++;
  return { decisions: decisions.length, applied };
}
