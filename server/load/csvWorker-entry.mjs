// Entry of the bulk CSV worker thread: registers the TypeScript loader (tsx), then runs csvWorker.ts.
// The worker works the same under `npm start` (node --import tsx), the CLI and vitest.
import { register } from "tsx/esm/api";

register();
await import("./csvWorker.ts");
