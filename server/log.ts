/**
 * What `npm start` writes: the terminal keeps what a person needs — a readable start banner, warnings and
 * errors as one plain line each — and request logs are debug lines (`LOG_LEVEL=debug` shows them on the
 * terminal) or go to `LOG_FILE` (JSON lines, every level from debug up) when that is set.
 */
import fs from "node:fs";
import type { IncomingMessage, ServerResponse } from "node:http";
import path from "node:path";
import { type Level, type LevelWithSilent, type Logger, multistream, pino, type StreamEntry } from "pino";

/** Request log level: server errors are errors, everything else (2xx–4xx) a debug line. */
export function requestLogLevel(_req: IncomingMessage, res: ServerResponse, err?: Error): Level {
  if (err || res.statusCode >= 500) return "error";
  return "debug";
}

const LEVEL_NAMES: Record<number, string> = {
  10: "TRACE",
  20: "DEBUG",
  30: "INFO",
  40: "WARN",
  50: "ERROR",
  60: "FATAL",
};

/** One pino JSON line → `HH:MM:SS LEVEL message [method url status ms]` for a person to read. */
export function readableLine(json: string): string {
  let o: Record<string, unknown>;
  try {
    o = JSON.parse(json) as Record<string, unknown>;
  } catch {
    return json.endsWith("\n") ? json : `${json}\n`;
  }
  const time = new Date(typeof o.time === "number" ? o.time : Date.now()).toISOString().slice(11, 19);
  const level = LEVEL_NAMES[Number(o.level)] ?? String(o.level);
  const req = o.req as { method?: string; url?: string } | undefined;
  const res = o.res as { statusCode?: number } | undefined;
  const request = req
    ? ` ${req.method ?? ""} ${req.url ?? ""} ${res?.statusCode ?? ""} ${o.responseTime ?? "?"} ms`
    : "";
  const err = o.err as { message?: string } | undefined;
  const msg = String(o.msg ?? "");
  return `${time} ${level}${request}${msg && !req ? ` ${msg}` : ""}${err?.message ? ` — ${err.message}` : ""}\n`;
}

/** A writable for pino that prints readable lines to `out` (stderr by default). */
export function readableStream(out: { write(s: string): unknown } = process.stderr) {
  return { write: (line: string) => out.write(readableLine(line)) };
}

export interface LoggerOptions {
  level: LevelWithSilent;
  /** When set, every log line from debug up is also appended there as JSON. */
  file?: string | undefined;
  /** The terminal (tests pass their own). */
  terminal?: { write(s: string): unknown };
}

export function createLogger(opts: LoggerOptions): Logger {
  const streams: StreamEntry[] = [];
  if (opts.level !== "silent")
    streams.push({ level: opts.level as Level, stream: readableStream(opts.terminal) });
  if (opts.file) {
    fs.mkdirSync(path.dirname(opts.file), { recursive: true });
    streams.push({ level: "debug", stream: pino.destination({ dest: opts.file, sync: true, append: true }) });
  }
  if (streams.length === 0) return pino({ level: "silent" });
  const min = opts.file ? "debug" : opts.level;
  return pino({ level: min }, multistream(streams));
}

export interface BannerInfo {
  url: string;
  neo4j: { uri: string; database: string; embedded: boolean; home?: string; credentialsFile?: string };
  counts: Record<string, number> | null;
  logLevel: string;
  logFile?: string | undefined;
}

/** The lines printed once the app listens: where to open it, which Neo4j, what the graph holds. */
export function startBanner(b: BannerInfo): string[] {
  const lines = [`zonegraph explorer: ${b.url}`];
  if (b.neo4j.embedded) {
    lines.push(
      `Neo4j: embedded, ${b.neo4j.uri} (database ${b.neo4j.database}), data in ${b.neo4j.home ?? "?"}`,
    );
    if (b.neo4j.credentialsFile) lines.push(`Neo4j user neo4j, password in ${b.neo4j.credentialsFile}`);
  } else lines.push(`Neo4j: ${b.neo4j.uri} (NEO4J_URI, database ${b.neo4j.database})`);
  if (b.counts) {
    const n = (k: string) => (b.counts?.[k] ?? 0).toLocaleString("en");
    lines.push(
      `Graph: ${n("Document")} documents, ${n("Entity")} entities, ${n("relationships")} relationships, ${n("Claim")} claims`,
    );
  } else lines.push("Graph: counts not available");
  lines.push(
    b.logFile
      ? `Logs: ${b.logLevel} and up here; request logs in ${b.logFile}`
      : `Logs: ${b.logLevel} and up here${b.logLevel === "debug" || b.logLevel === "trace" ? " (request logs included)" : "; LOG_LEVEL=debug shows every request, LOG_FILE=path keeps them in a file"}`,
  );
  return lines;
}
