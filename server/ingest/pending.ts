/** Previews waiting for a commit: in memory, bounded in number and age (a restart forgets them). */
import { randomUUID } from "node:crypto";
import type { ExtractedGraph } from "../../contracts/graph";
import type { CommitProgress } from "../../contracts/ingest";

export interface Pending {
  id: string;
  graphs: ExtractedGraph[];
  createdAt: number;
  progress: CommitProgress;
}

export class PendingPreviews {
  private readonly items = new Map<string, Pending>();

  constructor(
    private readonly ttlMs = 30 * 60_000,
    private readonly max = 50,
  ) {}

  add(graphs: ExtractedGraph[], now = Date.now()): Pending {
    this.expire(now);
    while (this.items.size >= this.max) {
      const oldest = this.items.keys().next().value;
      if (oldest === undefined) break;
      this.items.delete(oldest);
    }
    const id = randomUUID();
    const p: Pending = {
      id,
      graphs,
      createdAt: now,
      progress: { previewId: id, state: "previewed", done: 0, total: 0, what: "" },
    };
    this.items.set(id, p);
    return p;
  }

  get(id: string, now = Date.now()): Pending | undefined {
    this.expire(now);
    return this.items.get(id);
  }

  expiresAt(p: Pending): string {
    return new Date(p.createdAt + this.ttlMs).toISOString();
  }

  private expire(now: number) {
    for (const [id, p] of this.items)
      if (now - p.createdAt > this.ttlMs && p.progress.state !== "committing") this.items.delete(id);
  }
}
