import type { Health, ReadyResponse } from "../../contracts/api";
import type { HealthRepository } from "../repositories/health";

export class HealthService {
  constructor(
    private readonly repo: HealthRepository,
    private readonly database: string,
    /** Readiness also needs the corpus load (if any) to have finished. */
    private readonly isLoaded: () => boolean = () => true,
  ) {}

  async health(): Promise<Health> {
    try {
      const [{ version, edition }, counts] = await Promise.all([this.repo.components(), this.repo.counts()]);
      return { neo4j: "up", version, edition, database: this.database, counts };
    } catch (error) {
      return {
        neo4j: "down",
        version: null,
        database: this.database,
        counts: {},
        message: (error as Error).message,
      };
    }
  }

  /** Ready: Neo4j up, the app's own start-up load done, and no load running or left incomplete. */
  async ready(): Promise<ReadyResponse> {
    const h = await this.health();
    const loaded = this.isLoaded();
    const state = h.neo4j === "up" ? await this.repo.loadState().catch(() => "unknown" as const) : "unknown";
    const graphReady = state === "ready" || state === "empty";
    return { ready: h.neo4j === "up" && loaded && graphReady, neo4j: h.neo4j, loaded, state };
  }
}
