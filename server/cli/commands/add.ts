/**
 * `zonegraph add FILE… [--title T] [--author A] [--date D] [--kind K] [--commit] [--reject ID,…] [--json]`
 * Previews what the files would add (change set; nothing written), or with --commit loads them
 * incrementally and re-applies the stored review decisions.
 * Exit codes: 0 at least one file usable, 1 every file refused, 2 bad arguments.
 */
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import type { ChangeSet, PreviewResponse } from "../../../contracts/ingest";
import { IngestService } from "../../ingest/service";
import type { Executor } from "../../neo4j/executor";
import { ReviewService } from "../../review/service";

export interface AddContext {
  executor: Executor;
  out: NodeJS.WritableStream;
  err: NodeJS.WritableStream;
  maxBytes: number;
  who?: string;
  onProgress?: (done: number, total: number, what: string) => void;
}

export class AddArgumentError extends Error {}

export function parseAddArgs(argv: string[]) {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (error) {
    throw new AddArgumentError((error as Error).message.split("\n")[0] ?? "bad arguments");
  }
  const { values, positionals } = parsed;
  if (positionals.length === 0) throw new AddArgumentError("add needs one or more FILE arguments");
  for (const f of positionals) {
    if (!fs.existsSync(f)) throw new AddArgumentError(`${f}: no such file`);
    if (!fs.statSync(f).isFile()) throw new AddArgumentError(`${f}: not a file`);
  }
  const meta = Object.fromEntries(
    (["title", "author", "date", "kind"] as const).flatMap((k) => (values[k] ? [[k, values[k]]] : [])),
  );
  const reject = (values.reject ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  return { files: positionals, meta, commit: values.commit ?? false, json: values.json ?? false, reject };
}

function parse(argv: string[]) {
  return parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      title: { type: "string" },
      author: { type: "string" },
      date: { type: "string" },
      kind: { type: "string" },
      commit: { type: "boolean" },
      reject: { type: "string" },
      json: { type: "boolean" },
    },
  });
}

export function formatChangeSet(cs: ChangeSet): string {
  const d = cs.document;
  const lines = [
    `${d.file} (${d.type}${d.pages ? `, ${d.pages} page(s)` : ""}, ${d.chars} chars) → ${d.id} "${d.title}"`,
    `  ${cs.newEntities.length} new entities, ${cs.newRelations.length} new relations, ${cs.newEvidence.length} with new evidence, ${cs.candidateMerges.length} candidate merges, ${cs.conflictingClaims.length} conflicting claims`,
  ];
  if (cs.missingMetadata.length)
    lines.push(`  missing metadata: ${cs.missingMetadata.join(", ")} (give --${cs.missingMetadata[0]} …)`);
  for (const e of cs.newEntities) lines.push(`  + ${e.id}`);
  for (const r of cs.newRelations) lines.push(`  + ${r.id} (${r.confidence.toFixed(2)})`);
  for (const r of cs.newEvidence) lines.push(`  ~ ${r.id} (+${r.evidence.length} evidence)`);
  for (const m of cs.candidateMerges) lines.push(`  ? merge ${m.id} into ${m.existing}: ${m.reason}`);
  for (const c of cs.conflictingClaims)
    lines.push(
      `  ! ${c.subject} ${c.predicate}${c.asOf ? ` (${c.asOf})` : ""}: ${c.value} here, ${c.existingValue} stored`,
    );
  return `${lines.join("\n")}\n`;
}

export async function addCommand(argv: string[], ctx: AddContext): Promise<number> {
  const args = parseAddArgs(argv);
  const review = new ReviewService(ctx.executor);
  const ingest = new IngestService(
    ctx.executor,
    { maxBytes: ctx.maxBytes, inline: true },
    {
      onRejected: (edges, who, why) => review.rejectEdges(edges, who, why),
      afterLoad: () => review.applyAll(),
    },
  );
  const files = args.files.map((f) => ({
    name: path.basename(f),
    bytes: new Uint8Array(fs.readFileSync(f)),
  }));
  const preview: PreviewResponse = await ingest.preview(files, args.meta);
  for (const r of preview.rejected) ctx.err.write(`refused: ${r.message}\n`);
  if (args.json) ctx.out.write(`${JSON.stringify(preview, null, 1)}\n`);
  else for (const cs of preview.changeSets) ctx.out.write(formatChangeSet(cs));
  if (!preview.previewId) return 1;
  if (!args.commit) {
    ctx.err.write("Preview only: nothing was written. Add --commit to load these documents.\n");
    return 0;
  }
  const p = ingest.pending.get(preview.previewId);
  const timer = setInterval(
    () => p && ctx.onProgress?.(p.progress.done, p.progress.total, p.progress.what),
    200,
  );
  try {
    const result = await ingest.commit(preview.previewId, args.reject, ctx.who ?? "local");
    ctx.out.write(
      `committed ${result.documents.join(", ")}: ${result.entities} entities, ${result.relations} relations (${result.rejected} left out) in ${result.seconds.toFixed(1)} s\n`,
    );
  } finally {
    clearInterval(timer);
  }
  return 0;
}
