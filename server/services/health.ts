import type { Health } from "../../contracts/api";
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

  async ready(): Promise<{ ready: boolean; neo4j: "up" | "down"; loaded: boolean }> {
    const h = await this.health();
    const loaded = this.isLoaded();
    return { ready: h.neo4j === "up" && loaded, neo4j: h.neo4j, loaded };
  }
}
