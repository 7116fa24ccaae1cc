/**
 * The set-up the HTTP route tests over the corpus graph share: before the file's tests, an Executor on the
 * test Neo4j and the app (createApp, no listen) with the integration settings; after them, the driver is
 * closed. Call it at the top of the file; read `app`, `executor` and `settings` inside tests and hooks.
 */
import type { Express } from "express";
import { afterAll, beforeAll } from "vitest";
import { type AppSettings, createApp } from "../../server/app";
import type { Executor } from "../../server/neo4j/executor";
import { TEST_APP_SETTINGS, testExecutor } from "./neo4j";

export interface ApiSuite {
  readonly app: Express;
  readonly executor: Executor;
  readonly settings: AppSettings;
}

/** `overrides` change the integration settings (TEST_APP_SETTINGS) for the whole file. */
export function startApiSuite(overrides: Partial<AppSettings> = {}): ApiSuite {
  const settings: AppSettings = { ...TEST_APP_SETTINGS, ...overrides };
  let app: Express | undefined;
  let executor: Executor | undefined;
  const ready = <T>(v: T | undefined, what: string): T => {
    if (v === undefined) throw new Error(`startApiSuite: ${what} is read before the suite's beforeAll ran`);
    return v;
  };
  beforeAll(() => {
    executor = testExecutor();
    app = createApp({ executor, settings });
  });
  afterAll(async () => {
    await executor?.close();
  });
  return {
    get app() {
      return ready(app, "app");
    },
    get executor() {
      return ready(executor, "executor");
    },
    settings,
  };
}
