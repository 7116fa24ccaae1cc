/**
 * A cache of computed responses that lives as long as the data behind them: every lookup first reads a
 * cheap version of the graph (see `graphVersionQuery`), and a changed version drops every entry. A
 * maximum age bounds what a change the version cannot see (a property rewritten in place) may serve, and
 * a size cap bounds memory (the oldest entry goes first).
 */
export interface VersionedCacheOptions {
  /** Reads the current version of the data (cheap: counts and a max id). */
  version: () => Promise<string>;
  maxEntries?: number;
  maxAgeMs?: number;
  now?: () => number;
}

interface Entry<T> {
  value: Promise<T>;
  at: number;
}

export class VersionedCache {
  private readonly entries = new Map<string, Entry<unknown>>();
  private current: string | null = null;
  private readonly maxEntries: number;
  private readonly maxAgeMs: number;
  private readonly now: () => number;
  /** Lookups answered from the cache and lookups that computed, for tests and logs. */
  readonly stats = { hits: 0, misses: 0 };

  constructor(private readonly opts: VersionedCacheOptions) {
    this.maxEntries = opts.maxEntries ?? 200;
    this.maxAgeMs = opts.maxAgeMs ?? 5 * 60_000;
    this.now = opts.now ?? Date.now;
  }

  async get<T>(key: string, compute: () => Promise<T>): Promise<T> {
    const version = await this.opts.version();
    if (version !== this.current) {
      this.entries.clear();
      this.current = version;
    }
    const hit = this.entries.get(key);
    if (hit && this.now() - hit.at <= this.maxAgeMs) {
      this.stats.hits++;
      return hit.value as Promise<T>;
    }
    this.stats.misses++;
    const value = compute();
    this.entries.set(key, { value, at: this.now() });
    // A failed computation is not kept: the next request tries again.
    value.catch(() => {
      if (this.entries.get(key)?.value === value) this.entries.delete(key);
    });
    while (this.entries.size > this.maxEntries) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) break;
      this.entries.delete(oldest);
    }
    return value;
  }

  get size(): number {
    return this.entries.size;
  }
}
