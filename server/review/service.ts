/** Review decisions: record (with who/when/why), apply now, list, export/import, and the queue. */
import type { Decision, DecisionInput, DecisionsFile, ReviewItem } from "../../contracts/ingest";
import { BadRequestError } from "../errors";
import type { Executor } from "../neo4j/executor";
import { applyAllDecisions, applyDecision } from "./apply";
import { nodeTypeOf, relTypeOf } from "./ids";
import { reviewQueueQuery } from "./queue";
import { DecisionStore, newDecision } from "./store";

/** Ids are checked before anything is stored, so a typo is a 400, not a stored no-op. */
function checkSubject(input: DecisionInput): void {
  if ("edge" in input) relTypeOf(input.edge);
  if ("entity" in input) nodeTypeOf(input.entity);
  if (input.action === "merge") {
    if (nodeTypeOf(input.from) !== nodeTypeOf(input.into))
      throw new BadRequestError(
        `merge needs two entities of one type (got ${input.from} and ${input.into}).`,
      );
    if (input.from === input.into) throw new BadRequestError("merge needs two different entities.");
  }
}

export class ReviewService {
  readonly store: DecisionStore;

  constructor(private readonly executor: Executor) {
    this.store = new DecisionStore(executor);
  }

  async decide(input: DecisionInput, who: string): Promise<{ decision: Decision; applied: boolean }> {
    checkSubject(input);
    const decision = newDecision(input, who);
    await this.store.save([decision]);
    return { decision, applied: await applyDecision(this.executor, decision) };
  }

  /** Reject decisions for relations a reviewer left out of an upload commit. */
  async rejectEdges(edges: string[], who: string, why?: string): Promise<void> {
    await this.store.save(edges.map((edge) => newDecision({ action: "reject", edge, why }, who)));
  }

  list(): Promise<Decision[]> {
    return this.store.list();
  }

  async exportFile(): Promise<DecisionsFile> {
    return { format: "zonegraph-decisions", version: 1, decisions: await this.store.list() };
  }

  /** Stores the decisions not known yet (by id), then re-applies all in order. */
  async importFile(file: DecisionsFile): Promise<{ imported: number; known: number; applied: number }> {
    for (const d of file.decisions) checkSubject(d);
    const known = await this.store.known(file.decisions.map((d) => d.id));
    const fresh = file.decisions.filter((d) => !known.has(d.id));
    await this.store.save(fresh);
    const { applied } = await applyAllDecisions(this.executor);
    return { imported: fresh.length, known: known.size, applied };
  }

  applyAll() {
    return applyAllDecisions(this.executor);
  }

  async queue(limit: number): Promise<ReviewItem[]> {
    const r = await this.executor.executeRead(reviewQueueQuery(limit));
    return r.records.map((x) => x.toObject() as ReviewItem);
  }
}
