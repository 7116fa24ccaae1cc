/**
 * Causal consistency across sessions, for clusters: an Executor whose sessions all share one
 * bookmark manager, so every read (routed to any reader by executeRead) waits for the writes this
 * executor made before it — a load's batches included. On a single instance it changes nothing.
 * Kept apart from executor.ts: it wraps the driver instead of changing how sessions are opened.
 */
import neo4j, { type Driver, type SessionConfig } from "neo4j-driver";
import { Executor } from "./executor";

export function withSharedBookmarks(driver: Driver): Driver {
  const bookmarkManager = neo4j.bookmarkManager();
  return new Proxy(driver, {
    get(target, prop, receiver) {
      if (prop === "session")
        return (config: SessionConfig = {}) => target.session({ bookmarkManager, ...config });
      const value = Reflect.get(target, prop, receiver);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}

export function causalExecutor(driver: Driver, database: string): Executor {
  return new Executor(withSharedBookmarks(driver), database);
}
