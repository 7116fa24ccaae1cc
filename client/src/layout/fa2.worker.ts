/** The layout worker: runs one job (ForceAtlas2, shelf, label room) off the main thread. */
import { computeLayout } from "./forceLayout";
import type { LayoutJob } from "./job";

interface WorkerScope {
  onmessage: ((e: MessageEvent<{ seq: number; job: LayoutJob }>) => void) | null;
  postMessage(message: unknown): void;
}

const scope = self as unknown as WorkerScope;
scope.onmessage = (e) => {
  scope.postMessage({ seq: e.data.seq, positions: computeLayout(e.data.job) });
};
