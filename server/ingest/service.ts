/**
 * Upload → preview (change sets, nothing written) → commit (only the new documents, MERGE on
 * stable ids, evidence added to stored relationships) → delete. Decoding and extraction run in a
 * worker thread (runner.ts).
 */
import type { ExtractedGraph } from "../../contracts/graph";
import type {
  ChangeSet,
  CommitResponse,
  DeleteDocumentResponse,
  PreviewResponse,
  UploadMeta,
} from "../../contracts/ingest";
import { NotFoundError } from "../errors";
import { loadGraph } from "../load/loader";
import type { Executor } from "../neo4j/executor";
import { buildChangeSet } from "./changeset";
import { mergeIntoStored } from "./merge";
import { PendingPreviews } from "./pending";
import type { Outcome, UploadFile } from "./process";
import {
  deleteDocumentQuery,
  pruneEntitiesQuery,
  stripClaimsQuery,
  stripRelationsQuery,
  touchedEntitiesQuery,
} from "./remove";
import { IngestRepository } from "./repository";
import { runIngest } from "./runner";

export interface IngestHooks {
  /** Called with the ids of new relations a reviewer left out at commit (stored as reject decisions). */
  onRejected?: (edgeIds: string[], who: string, why: string | undefined) => Promise<void>;
  /** Called after every load (re-applies the stored review decisions). */
  afterLoad?: () => Promise<unknown>;
}

export interface IngestSettings {
  maxBytes: number;
  inline?: boolean;
}

type Ok = Extract<Outcome, { ok: true }>;

export class IngestService {
  readonly pending = new PendingPreviews();
  private readonly repo: IngestRepository;

  constructor(
    private readonly executor: Executor,
    private readonly settings: IngestSettings,
    private readonly hooks: IngestHooks = {},
  ) {
    this.repo = new IngestRepository(executor);
  }

  async preview(files: UploadFile[], meta: UploadMeta): Promise<PreviewResponse> {
    const outcomes = await runIngest(files, meta, {
      maxBytes: this.settings.maxBytes,
      inline: this.settings.inline,
    });
    const rejected: PreviewResponse["rejected"] = [];
    const fresh: Ok[] = [];
    for (const o of outcomes) {
      if (!o.ok) rejected.push({ file: o.file, reason: o.reason, message: o.message });
      else fresh.push(o);
    }
    const accepted = await this.dropDuplicates(fresh, rejected);
    const changeSets: ChangeSet[] = [];
    for (const o of accepted) {
      const existing = await this.repo.existingState(o.extraction.graph);
      changeSets.push(buildChangeSet(o.decoded, o.extraction, existing));
    }
    if (accepted.length === 0) return { previewId: null, expiresAt: null, changeSets, rejected };
    const p = this.pending.add(accepted.map((o) => o.extraction.graph));
    return { previewId: p.id, expiresAt: this.pending.expiresAt(p), changeSets, rejected };
  }

  /** Same content as a stored document, or twice in one upload: refused as a duplicate. */
  private async dropDuplicates(fresh: Ok[], rejected: PreviewResponse["rejected"]): Promise<Ok[]> {
    const ids = fresh.map((o) => o.extraction.graph.documents[0]?.id ?? "");
    const stored = await this.repo.duplicates(
      ids,
      fresh.map((o) => o.decoded.sha256),
    );
    const seen = new Map<string, string>();
    const out: Ok[] = [];
    for (const o of fresh) {
      const hit = stored.find(
        (d) => d.sha256 === o.decoded.sha256 || d.id === o.extraction.graph.documents[0]?.id,
      );
      const twin = seen.get(o.decoded.sha256);
      if (hit || twin) {
        const what = hit ? `stored document ${hit.id} (${hit.file})` : `${twin} in this upload`;
        rejected.push({
          file: o.decoded.file,
          reason: "duplicate",
          message: `${o.decoded.file}: duplicate: same content (SHA-256) as ${what}`,
        });
        continue;
      }
      seen.set(o.decoded.sha256, o.decoded.file);
      out.push(o);
    }
    return out;
  }

  progress(previewId: string) {
    const p = this.pending.get(previewId);
    if (!p)
      throw new NotFoundError(`No preview ${JSON.stringify(previewId)} (expired, committed or never made).`);
    return p.progress;
  }

  async commit(previewId: string, reject: string[], who: string, why?: string): Promise<CommitResponse> {
    const p = this.pending.get(previewId);
    if (!p || p.progress.state === "committing" || p.progress.state === "committed")
      throw new NotFoundError(
        `No preview ${JSON.stringify(previewId)} to commit (expired, committed or never made).`,
      );
    const started = performance.now();
    const drop = new Set(reject);
    p.progress = { ...p.progress, state: "committing", done: 0, total: p.graphs.length, what: "" };
    try {
      let relations = 0;
      let entities = 0;
      for (const [i, g] of p.graphs.entries()) {
        const graph = await this.prepare({ ...g, edges: g.edges.filter((e) => !drop.has(e.id)) });
        relations += graph.edges.length;
        entities += graph.nodes.length;
        await loadGraph(this.executor, graph, {
          onProgress: (done, total, what) => {
            p.progress = { ...p.progress, done: i * total + done, total: p.graphs.length * total, what };
          },
        });
      }
      if (drop.size > 0) await this.hooks.onRejected?.([...drop], who, why);
      await this.hooks.afterLoad?.();
      p.progress = { ...p.progress, state: "committed", done: p.progress.total, what: "done" };
      const documents = p.graphs.flatMap((g) => g.documents.map((d) => d.id));
      return {
        documents,
        relations,
        entities,
        rejected: drop.size,
        seconds: (performance.now() - started) / 1000,
      };
    } catch (error) {
      p.progress = { ...p.progress, state: "failed", error: (error as Error).message };
      throw error;
    }
  }

  /** Carries stored evidence and reviewed names into the rows the loader will SET. */
  private async prepare(graph: ExtractedGraph): Promise<ExtractedGraph> {
    const edges = await this.repo.existingEdges(graph.edges);
    const nodes = await this.repo.storedNodes(graph.nodes.map((n) => n.id));
    return mergeIntoStored(graph, edges, nodes);
  }

  async remove(id: string): Promise<DeleteDocumentResponse> {
    const touched = await this.executor.executeRead(touchedEntitiesQuery(id));
    const ids = (touched.records[0]?.get("ids") as string[] | undefined) ?? [];
    const rels = await this.executor.executeWrite(stripRelationsQuery(id, ids));
    const claims = await this.executor.executeWrite(stripClaimsQuery(id));
    const doc = await this.executor.executeWrite(deleteDocumentQuery(id));
    if (Number(doc.records[0]?.get("deleted") ?? 0) === 0)
      throw new NotFoundError(`No document with id ${JSON.stringify(id)}.`, { id });
    const pruned = ids.length ? await this.executor.executeWrite(pruneEntitiesQuery(ids)) : null;
    return {
      document: id,
      relationsDeleted: Number(rels.records[0]?.get("deleted") ?? 0),
      relationsKept: Number(rels.records[0]?.get("kept") ?? 0),
      claimsDeleted: Number(claims.records[0]?.get("deleted") ?? 0),
      entitiesDeleted: Number(pruned?.records[0]?.get("deleted") ?? 0),
    };
  }
}
