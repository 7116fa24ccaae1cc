/**
 * Configuration: read once from the environment at startup and validated with zod.
 * A bad value becomes one line naming the variable (ConfigError), never a stack trace.
 */
import path from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import { DEFAULT_MAX_SCENES, SCENE_EVICTION } from "../contracts/scenes";

/** The project root (where package.json lives), independent of the working directory. */
export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

const bool = z
  .enum(["true", "false", "1", "0", "yes", "no"], { message: "expected true or false" })
  .transform((v) => v === "true" || v === "1" || v === "yes");
const port = z.coerce
  .number({ message: "expected a port number" })
  .int("expected a whole number")
  .min(1, "expected a port between 1 and 65535")
  .max(65535, "expected a port between 1 and 65535");
const positiveInt = z.coerce
  .number({ message: "expected a number" })
  .int("expected a whole number")
  .positive();
const emptyToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);

export const EnvSchema = z.object({
  NEO4J_URI: z.preprocess(
    emptyToUndefined,
    z
      .string()
      .regex(
        /^(bolt|neo4j)(\+s|\+ssc)?:\/\/[^\s/]+(:\d+)?\/?$/,
        "expected bolt://host:port or neo4j://host:port (optionally +s/+ssc)",
      )
      .optional(),
  ),
  NEO4J_USER: z.string().min(1).default("neo4j"),
  NEO4J_PASSWORD: z.preprocess(emptyToUndefined, z.string().optional()),
  NEO4J_DATABASE: z
    .string()
    .regex(/^[A-Za-z][A-Za-z0-9.-]{2,62}$/, "expected a Neo4j database name such as neo4j")
    .default("neo4j"),
  NEO4J_BOLT_PORT: port.default(7687),
  NEO4J_HEAP: z
    .string()
    .regex(/^\d+[mMgG]$/, "expected a JVM heap size such as 1g or 768m")
    .default("1g"),
  NEO4J_TX_TIMEOUT: z
    .string()
    .regex(/^\d+(ms|s|m)$/, "expected a duration such as 60s")
    .default("60s"),
  // Unset: derived from NEO4J_HEAP (server/neo4j/embedded.ts memorySettings); set: capped by it.
  NEO4J_TX_MEMORY_MAX: z.preprocess(
    emptyToUndefined,
    z
      .string()
      .regex(/^\d+[kmgKMG]?$/, "expected a size such as 256m")
      .optional(),
  ),
  // Absolute (a relative value is taken from the working directory), so the data, the state and the
  // credentials file are the same folder for the app, the CLI and the JVM, and the banner prints it.
  ZONEGRAPH_HOME: z
    .string()
    .min(1)
    .default(path.join(PROJECT_ROOT, ".zonegraph"))
    .transform((p) => path.resolve(p)),
  HOST: z.string().min(1).default("127.0.0.1"),
  PORT: port.default(3000),
  CORPUS_DIR: z
    .string()
    .min(1)
    .default(path.join(PROJECT_ROOT, "data", "corpus")),
  LOAD_CORPUS_ON_START: bool.default(true),
  CYPHER_TIMEOUT_MS: positiveInt.max(600_000).default(5000),
  CYPHER_ROW_LIMIT: positiveInt.max(100_000).default(1000),
  /** Response budget of analysts' Cypher, in bytes of JSON (default 5 MB). */
  CYPHER_BYTE_LIMIT: positiveInt
    .min(1024, "expected at least 1024 bytes")
    .max(512 * 1024 * 1024)
    .default(5 * 1024 * 1024),
  CYPHER_RATE_LIMIT_PER_MINUTE: positiveInt.default(60),
  API_KEY: z.preprocess(emptyToUndefined, z.string().min(16, "expected at least 16 characters").optional()),
  CORS_ORIGINS: z.preprocess(
    emptyToUndefined,
    z
      .string()
      .transform((s) =>
        s
          .split(",")
          .map((x) => x.trim())
          .filter(Boolean),
      )
      .optional(),
  ),
  BODY_LIMIT: z
    .string()
    .regex(/^\d+(b|kb|mb)$/, "expected a size such as 100kb")
    .default("100kb"),
  /** Largest accepted upload (bytes) for POST /api/documents and `zonegraph add`. */
  UPLOAD_MAX_BYTES: positiveInt.max(1024 * 1024 * 1024).default(32 * 1024 * 1024),
  /** Most share scenes stored (each <= 96 KiB; 10,000 ≈ 1 GiB at worst); a new one beyond gets 507. */
  SCENES_MAX: positiveInt.max(10_000_000).default(DEFAULT_MAX_SCENES),
  /** A full scene store: "none" refuses a new scene (507), "oldest-unused" deletes the least recently used. */
  SCENES_EVICT: z.enum(SCENE_EVICTION).default("none"),
  /** Who a review decision made with API_KEY is recorded as ("local" without a key). */
  API_KEY_NAME: z
    .string()
    .regex(/^[\w.@-]{1,64}$/, "expected a short name such as alice")
    .default("api-key"),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  /** When set, every log line from debug up (request logs included) is appended to this file as JSON. */
  LOG_FILE: z.string().min(1).optional(),
});
export type Config = z.infer<typeof EnvSchema>;

export class ConfigError extends Error {
  override name = "ConfigError";
}

/** Parse the environment; throws ConfigError with a one-line message naming the variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const result = EnvSchema.safeParse(env);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const name = issue?.path.join(".") ?? "environment";
  const value = env[name];
  const shown =
    value === undefined
      ? ""
      : ` (got ${JSON.stringify(value.length > 60 ? `${value.slice(0, 60)}…` : value)})`;
  throw new ConfigError(`Invalid ${name}${shown}: ${issue?.message ?? "invalid value"}`);
}
