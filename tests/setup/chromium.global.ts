/**
 * Global setup of the e2e tier: ONE Chromium for the whole tier (a playwright browser server), instead of
 * a launch per test file. Each file connects to it (tests/e2e/browser.ts, launchChromium()) and works in
 * contexts of its own; its `browser.close()` closes those contexts and disconnects, the server stays.
 * Provides `inject("chromiumEndpoint")`.
 */
import { chromium } from "playwright-core";
import type { TestProject } from "vitest/node";
import { CHROMIUM_ARGS, CHROMIUM_EXECUTABLE } from "../support/chromium";

declare module "vitest" {
  export interface ProvidedContext {
    chromiumEndpoint: string;
  }
}

export default async function setup(project: TestProject) {
  const server = await chromium.launchServer({
    executablePath: CHROMIUM_EXECUTABLE,
    headless: true,
    args: CHROMIUM_ARGS,
  });
  project.provide("chromiumEndpoint", server.wsEndpoint());
  return () => server.close();
}
