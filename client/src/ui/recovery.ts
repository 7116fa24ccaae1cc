/**
 * Recovery of a first screen that could not load (Neo4j stopped or restarting when the page opened):
 * ask again every few seconds until the database answers, then run the start again once.
 */

export interface Timer {
  set(fn: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

const browserTimer: Timer = {
  set: (fn, ms) => setTimeout(fn, ms),
  clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/**
 * Calls `probe` every `everyMs` until it resolves true (a rejection counts as false), then `then` once.
 * Returns the function that stops waiting.
 */
export function pollUntil(
  probe: () => Promise<boolean>,
  then: () => void,
  everyMs = 5000,
  timer: Timer = browserTimer,
): () => void {
  let stopped = false;
  let handle: unknown = null;
  const tick = async () => {
    const up = await probe().catch(() => false);
    if (stopped) return;
    if (up) {
      stopped = true;
      then();
    } else handle = timer.set(() => void tick(), everyMs);
  };
  handle = timer.set(() => void tick(), everyMs);
  return () => {
    stopped = true;
    timer.clear(handle);
  };
}
