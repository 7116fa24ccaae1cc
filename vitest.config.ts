import { configDefaults, defineConfig } from "vitest/config";

// Three tiers (see tests/README.md): unit needs nothing; integration talks to a real Neo4j that
// tests/setup/neo4j.global.ts starts (or finds through NEO4J_URI); e2e adds the built client and Chromium.
// The integration and e2e tiers share ONE Neo4j, started in the background while the unit tier runs;
// tests/setup/neo4j.ready.ts holds each of their files until it is up.
/**
 * Test files of a Neo4j's or the app's own lifecycle: each starts its own Neo4j JVMs (or a whole `npm start`)
 * in a temporary home on free ports and uses neither the shared nor the scratch Neo4j, so they can run
 * beside the other tiers. `npm test` (scripts/test.mjs) runs them in a second vitest process meanwhile.
 * The killed-loads file (faults) starts a Neo4j of its own for the same reason (startOwnNeo4j): it is the
 * heaviest integration file, and the second process is the shorter one (tests/README.md, "Speed").
 */
export const LIFECYCLE_FILES = [
  "tests/integration/server/load/bulk.test.ts",
  "tests/integration/server/neo4j/supervisor.test.ts",
  "tests/integration/server/index.test.ts",
  "tests/integration/server/load/faults.test.ts",
];

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "unit",
          include: ["tests/unit/**/*.test.ts"],
          environment: "node",
          // One module graph for the whole tier, not a fresh one per file: the files are pure (no vi.mock,
          // no global or environment change left behind; module state they set is restored), so the
          // extractor's catalog, lexicons and jieba dictionary load once instead of once per file.
          isolate: false,
          // Only there to fail a hung test: a whole-corpus extraction takes 2 s on a quiet machine, 6-9 s
          // at load average 20 (vitest's default of 5 s then failed "is deterministic" in index.test.ts).
          testTimeout: 30_000,
          // Tiers run one after another (unit → integration → e2e): two cores, and the service tiers'
          // Neo4j starts meanwhile.
          sequence: { groupOrder: 0 },
        },
      },
      {
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          exclude: [...configDefaults.exclude, ...LIFECYCLE_FILES],
          sequence: { groupOrder: 1 },
          globalSetup: ["tests/setup/neo4j.global.ts", "tests/setup/scratchNeo4j.global.ts"],
          setupFiles: ["tests/setup/neo4j.ready.ts"],
          // One Neo4j, two cores: files run one after another, each isolating its own data.
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 180_000,
        },
      },
      {
        test: {
          // Same group as integration (in one `vitest run` they run after it, one file at a time);
          // `npm test` runs this project in its own process, beside the others.
          name: "lifecycle",
          include: LIFECYCLE_FILES,
          sequence: { groupOrder: 1 },
          // Each file runs its own JVMs: one file at a time, so two JVM starts never compete.
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 180_000,
        },
      },
      {
        test: {
          name: "e2e",
          include: ["tests/e2e/**/*.test.ts"],
          sequence: { groupOrder: 2 },
          globalSetup: ["tests/setup/neo4j.global.ts", "tests/setup/e2e.global.ts"],
          setupFiles: ["tests/setup/neo4j.ready.ts"],
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
});
