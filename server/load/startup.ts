/**
 * What the app does with the graph when it starts (server/index.ts): judge it by the latest `:Load`
 * record, not by whether documents exist. Empty → load the corpus; an interrupted load → redo it from
 * the source it recorded; another process loading → wait for it; done → nothing.
 */
import fs from "node:fs";
import type { Executor } from "../neo4j/executor";
import { loadCorpus } from "./corpus";
import { type LoadSummary, loadSource } from "./loader";
import { sourceFromFile } from "./source";
import { latestLoad, type Readiness, readinessOf } from "./state";

export interface EnsureResult {
  /** What was found, and what was done about it. */
  found: Readiness;
  action: "none" | "loaded corpus" | "redone" | "cannot redo";
  summary?: LoadSummary;
}

export async function ensureLoaded(
  executor: Executor,
  corpusDir: string,
  say: (line: string) => void = () => {},
  { pollMs = 2000 } = {},
): Promise<EnsureResult> {
  let state = await latestLoad(executor);
  let found = readinessOf(state);
  if (found === "loading") say("Another process is loading the graph: waiting for it to finish…");
  while (found === "loading") {
    await new Promise((r) => setTimeout(r, pollMs));
    state = await latestLoad(executor);
    found = readinessOf(state);
  }
  if (found === "ready") return { found, action: "none" };
  const onNote = say;
  if (found === "empty") {
    say(`The graph is empty: loading the corpus from ${corpusDir}…`);
    return { found, action: "loaded corpus", summary: await loadCorpus(executor, corpusDir, { onNote }) };
  }
  const source = state.load?.source ?? "";
  say(`The last load (${source}, started ${state.load?.startedAt}) did not finish: redoing it…`);
  if (fs.existsSync(source) && fs.statSync(source).isDirectory())
    return { found, action: "redone", summary: await loadCorpus(executor, source, { onNote }) };
  if (fs.existsSync(source) && fs.statSync(source).isFile())
    return {
      found,
      action: "redone",
      summary: await loadSource(executor, sourceFromFile(source), { onNote, sourceName: source }),
    };
  say(
    `Cannot redo it: ${source || "its source"} is gone. Run \`zonegraph load\` again; until then /api/ready says incomplete.`,
  );
  return { found, action: "cannot redo" };
}
