/**
 * Runs processFiles in a worker thread, so a 20 MB PDF does not block the HTTP event loop.
 * The worker is started per batch and ended when it answers (or after the deadline).
 */
import { Worker } from "node:worker_threads";
import type { UploadMeta } from "../../contracts/ingest";
import { type Outcome, processFiles, type UploadFile } from "./process";

export interface RunOptions {
  maxBytes: number;
  /** Milliseconds before the worker is ended (default 5 minutes). */
  deadlineMs?: number;
  /** Run in this thread (the CLI, which has no event loop to keep free). */
  inline?: boolean;
  onProgress?: (file: string, done: number, total: number) => void;
}

const ENTRY = new URL("./worker-entry.mjs", import.meta.url);

export function runIngest(files: UploadFile[], meta: UploadMeta, options: RunOptions): Promise<Outcome[]> {
  if (options.inline) return processFiles(files, meta, options);
  return new Promise((resolve, reject) => {
    const worker = new Worker(ENTRY, {
      workerData: { files, meta, maxBytes: options.maxBytes },
      resourceLimits: { maxOldGenerationSizeMb: 1024 },
    });
    const timer = setTimeout(() => {
      void worker.terminate();
      reject(
        new Error(
          `Processing the upload took longer than ${(options.deadlineMs ?? 300_000) / 1000} s; stopped.`,
        ),
      );
    }, options.deadlineMs ?? 300_000);
    const finish = () => {
      clearTimeout(timer);
      void worker.terminate();
    };
    worker.on(
      "message",
      (m: {
        type: string;
        outcomes?: Outcome[];
        message?: string;
        file?: string;
        done?: number;
        total?: number;
      }) => {
        if (m.type === "progress") options.onProgress?.(m.file ?? "", m.done ?? 0, m.total ?? 0);
        else if (m.type === "done") {
          finish();
          resolve(m.outcomes ?? []);
        } else if (m.type === "error") {
          finish();
          reject(new Error(`The ingest worker failed: ${m.message}`));
        }
      },
    );
    worker.on("error", (error) => {
      finish();
      reject(new Error(`The ingest worker failed: ${error.message}`));
    });
  });
}
