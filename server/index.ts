/**
 * `npm start`: configuration → Neo4j (NEO4J_URI, or the embedded default) → corpus loaded when the
 * graph is empty → HTTP on PORT. SIGINT/SIGTERM drain HTTP, close the driver and stop the embedded
 * Neo4j this process started.
 */
import type { Server } from "node:http";
import type { Logger } from "pino";
import { createApp } from "./app";
import { type Config, ConfigError, loadConfig } from "./config";
import { ensureLoaded } from "./load/startup";
import { createLogger, startBanner } from "./log";
import { connectNeo4j, type Neo4jHandle } from "./neo4j/connect";
import { credentialsFile } from "./neo4j/embedded";
import { driverProbe, Neo4jMonitor } from "./neo4j/monitor";
import { HealthRepository } from "./repositories/health";
import { applyAllDecisions } from "./review/apply";

async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger({ level: config.LOG_LEVEL, file: config.LOG_FILE });
  const say = (line: string) => process.stderr.write(`[zonegraph] ${line}\n`);

  let neo4j: Neo4jHandle | null = null;
  let server: Server | null = null;
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) {
      say(`${signal} again: exiting now.`);
      process.exit(1);
    }
    stopping = true;
    say(`${signal}: shutting down…`);
    const force = setTimeout(() => process.exit(1), 30_000);
    force.unref();
    if (server) {
      await new Promise<void>((resolve) => {
        server?.close(() => resolve());
        server?.closeIdleConnections();
        setTimeout(() => server?.closeAllConnections(), 5000).unref();
      });
    }
    await neo4j?.close();
    say("stopped.");
    process.exit(0);
  };
  process.on("SIGINT", () => void shutdown("SIGINT"));
  process.on("SIGTERM", () => void shutdown("SIGTERM"));

  neo4j = await connectNeo4j(config, { log: say, supervise: true });
  try {
    await serve(
      config,
      neo4j,
      logger,
      say,
      () => stopping,
      (s) => {
        server = s;
      },
    );
  } catch (error) {
    await neo4j.close();
    throw error;
  }
}

async function serve(
  config: Config,
  neo4j: Neo4jHandle,
  logger: Logger,
  say: (line: string) => void,
  isStopping: () => boolean,
  setServer: (server: Server) => void,
): Promise<void> {
  if (isStopping()) return;
  const executor = neo4j.executor;

  if (config.LOAD_CORPUS_ON_START) {
    const { summary: result } = await ensureLoaded(executor, config.CORPUS_DIR, say);
    if (result) {
      for (const p of result.problems) say(`${p.severity}: ${p.file}: ${p.message}`);
      const rels = Object.values(result.relationships).reduce((a, b) => a + b, 0);
      say(
        `Loaded ${result.nodes.Document ?? 0} documents: ${result.nodes.Entity ?? 0} entities, ${result.nodes.Passage ?? 0} sentences, ${result.nodes.Claim ?? 0} claims, ${rels} relationships in ${result.seconds.toFixed(1)} s.`,
      );
      // Review decisions survive re-extraction and --reset: re-applied after every load.
      const decisions = await applyAllDecisions(executor);
      if (decisions.decisions > 0)
        say(`Review decisions: ${decisions.applied} of ${decisions.decisions} applied.`);
    }
  }
  if (isStopping()) return;

  const monitor = new Neo4jMonitor(driverProbe(executor.driver, neo4j.connection.database, 15_000), {
    log: say,
  });
  monitor.start();
  neo4j.onClose(() => monitor.stop());
  const supervisor = neo4j.supervisor;
  const app = createApp({
    executor,
    logger,
    // 503 at once while the supervisor restarts the JVM or while Neo4j does not answer its probe.
    neo4jUp: () => monitor.up && (supervisor === null || supervisor.state === "up"),
    settings: {
      database: neo4j.connection.database,
      cypherTimeoutMs: config.CYPHER_TIMEOUT_MS,
      cypherRowLimit: config.CYPHER_ROW_LIMIT,
      cypherByteLimit: config.CYPHER_BYTE_LIMIT,
      cypherRateLimitPerMinute: config.CYPHER_RATE_LIMIT_PER_MINUTE,
      apiKey: config.API_KEY,
      corsOrigins: config.CORS_ORIGINS,
      bodyLimit: config.BODY_LIMIT,
      uploadMaxBytes: config.UPLOAD_MAX_BYTES,
      listenHost: config.HOST,
      apiKeyName: config.API_KEY_NAME,
      scenesMax: config.SCENES_MAX,
      scenesEvict: config.SCENES_EVICT,
    },
  });
  const server = app.listen(config.PORT, config.HOST);
  setServer(server);
  await new Promise<void>((resolve, reject) => {
    server.once("listening", resolve);
    server.once("error", (error: NodeJS.ErrnoException) =>
      reject(
        error.code === "EADDRINUSE"
          ? new Error(`Port ${config.PORT} is already in use: set PORT to a free port.`)
          : error,
      ),
    );
  });
  const counts = await new HealthRepository(executor).counts().catch(() => null);
  const banner = startBanner({
    url: `http://${config.HOST === "0.0.0.0" ? "localhost" : config.HOST}:${config.PORT}`,
    neo4j: {
      uri: neo4j.connection.uri,
      database: neo4j.connection.database,
      embedded: neo4j.embedded !== null,
      home: config.ZONEGRAPH_HOME,
      credentialsFile: credentialsFile(config.ZONEGRAPH_HOME),
    },
    counts,
    logLevel: config.LOG_LEVEL,
    logFile: config.LOG_FILE,
  });
  for (const line of banner) say(line);
}

main().catch(async (error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  const known =
    error instanceof ConfigError ||
    (error instanceof Error && /Neo4j|Java|Maven|Port|corpus|document/i.test(error.name + message));
  process.stderr.write(`zonegraph: ${known ? message : ((error as Error)?.stack ?? message)}\n`);
  process.exit(1);
});
