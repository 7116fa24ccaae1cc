// Entry of the ingest worker thread: registers the TypeScript loader (tsx), then runs worker.ts.
// The worker works the same under `npm start` (node --import tsx), the CLI and vitest.
import { register } from "tsx/esm/api";

register();
await import("./worker.ts");
