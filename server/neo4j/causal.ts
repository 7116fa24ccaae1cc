/**
 * Causal consistency across sessions, for clusters: an Executor whose sessions all share one
 * bookmark manager, so every read (routed to any reader by executeRead) waits for the writes this
 * executor made before it — a load's batches included. On a single instance it changes nothing.
 * Kept apart from executor.ts: it wraps the driver instead of changing how sessions are opened.
 */
import neo4j, { type BookmarkManager, type Driver, type SessionConfig } from "neo4j-driver";
import { Executor } from "./executor";

const managers = new WeakMap<Driver, BookmarkManager>();

export function withSharedBookmarks(driver: Driver): Driver {
  const bookmarkManager = neo4j.bookmarkManager();
  const proxy = new Proxy(driver, {
    get(target, prop, receiver) {
      if (prop === "session")
        return (config: SessionConfig = {}) => target.session({ bookmarkManager, ...config });
      const value = Reflect.get(target, prop, receiver);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
  managers.set(proxy, bookmarkManager);
  return proxy;
}

/**
 * Drops the shared bookmarks: after a bulk import replaced the database's store (server/load/bulk.ts),
 * its transaction ids start again, and a bookmark of the old store would be waited for in vain.
 */
export async function forgetBookmarks(driver: Driver): Promise<void> {
  const manager = managers.get(driver);
  if (manager) await manager.updateBookmarks([...(await manager.getBookmarks())], []);
}

export function causalExecutor(driver: Driver, database: string): Executor {
  return new Executor(withSharedBookmarks(driver), database);
}
