/** The ingest worker thread: decodes and extracts uploads off the request thread. */
import { parentPort, workerData } from "node:worker_threads";
import type { UploadMeta } from "../../contracts/ingest";
import { processFiles, type UploadFile } from "./process";

interface Job {
  files: UploadFile[];
  meta: UploadMeta;
  maxBytes: number;
}

const job = workerData as Job;
processFiles(job.files, job.meta, {
  maxBytes: job.maxBytes,
  onProgress: (file, done, total) => parentPort?.postMessage({ type: "progress", file, done, total }),
}).then(
  (outcomes) => parentPort?.postMessage({ type: "done", outcomes }),
  (error: Error) => parentPort?.postMessage({ type: "error", message: error.message }),
);
